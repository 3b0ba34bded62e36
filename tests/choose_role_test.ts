// Role choice: presets by ARN and by okta.yaml label, pickers only where needed, and
// profile names for --all-profiles that never collide.
import assert from "node:assert/strict";
import { applyPresets, chooseRole, profileNames } from "../src/flow/web/choose_role.ts";
import { parseRolePair } from "../src/aws/saml_roles.ts";
import type { PickRequest } from "../src/ui/picker.ts";
import { noTerminalPicker } from "../src/ui/picker.ts";
import { FlowError } from "../src/errors.ts";

const P1 = "arn:aws:iam::111111111111:saml-provider/okta";
const P2 = "arn:aws:iam::222222222222:saml-provider/okta";
const roles = [
  parseRolePair(`${P1},arn:aws:iam::111111111111:role/Admin`),
  parseRolePair(`${P1},arn:aws:iam::111111111111:role/Dev`),
  parseRolePair(`${P2},arn:aws:iam::222222222222:role/Admin`),
];
const labels = {
  idps: [[P1, "Sandbox"], [P2, "Production"]] as [string, string][],
  roles: [["arn:aws:iam::.*:role/Admin", "Administrator"]] as [string, string][],
};
const messages = { idp: "idp?", role: "role?" };

function scriptedPicker(answers: number[], seen: string[][]) {
  return <T>(request: PickRequest<T>): Promise<T> => {
    seen.push(request.choices.map((c) => c.name));
    return Promise.resolve(request.choices[answers.shift()!]!.value);
  };
}

Deno.test("chooseRole() asks for the IdP, then the role, showing okta.yaml labels", async () => {
  const seen: string[][] = [];
  const role = await chooseRole(roles, { labels, pick: scriptedPicker([1, 0], seen), messages });
  assert.equal(role.roleArn, "arn:aws:iam::222222222222:role/Admin");
  assert.deepEqual(seen, [["Sandbox", "Production"]]);
});

Deno.test("chooseRole() takes an IdP label preset and a role label preset", async () => {
  const role = await chooseRole(roles, {
    idpPreset: "Sandbox",
    rolePreset: "Administrator",
    labels,
    pick: noTerminalPicker,
    messages,
  });
  assert.equal(role.roleArn, "arn:aws:iam::111111111111:role/Admin");
});

Deno.test("chooseRole() takes a single role without asking", async () => {
  const role = await chooseRole([roles[1]!], { labels, pick: noTerminalPicker, messages });
  assert.equal(role.roleName, "Dev");
});

Deno.test("chooseRole() without a terminal names the choices and the flag", async () => {
  await assert.rejects(
    chooseRole(roles, { labels, pick: noTerminalPicker, messages }),
    (err: unknown) =>
      err instanceof FlowError && err.code === "choice_needed" &&
      err.params.flag === "--aws-iam-idp" &&
      String(err.params.choices).includes(P2),
  );
});

Deno.test("applyPresets() lists ARNs and labels when a preset matches nothing", () => {
  assert.throws(
    () => applyPresets(roles, { idpPreset: "Staging", labels }),
    (err: unknown) =>
      err instanceof FlowError && err.code === "preset_idp_not_found" &&
      String(err.params.available).includes('"Production"') &&
      String(err.params.available).includes(P1),
  );
  assert.throws(
    () =>
      applyPresets(roles, {
        idpPreset: P1,
        rolePreset: "arn:aws:iam::222222222222:role/Admin",
        labels,
      }),
    (err: unknown) => err instanceof FlowError && err.code === "preset_role_not_found",
  );
});

Deno.test("profileNames() uses labels, falls back to account ids, never repeats a name", () => {
  assert.deepEqual(profileNames(roles, labels), [
    "Sandbox-Admin",
    "Sandbox-Dev",
    "Production-Admin",
  ]);
  assert.deepEqual(profileNames(roles, { idps: [], roles: [] }), [
    "111111111111-Admin",
    "111111111111-Dev",
    "222222222222-Admin",
  ]);
  const same = { idps: [[".*", "Team"]] as [string, string][], roles: [] };
  assert.deepEqual(profileNames(roles, same), [
    "111111111111-Admin",
    "Team-Dev",
    "222222222222-Admin",
  ]);
  const pathed = [
    parseRolePair(`${P1},arn:aws:iam::111111111111:role/a/Ops`),
    parseRolePair(`${P1},arn:aws:iam::111111111111:role/b/Ops`),
  ];
  assert.deepEqual(profileNames(pathed, { idps: [], roles: [] }), [
    "111111111111-Ops",
    "111111111111-Ops-2",
  ]);
});
