// SAML: the HTML form (entities decoded) and the roles in every shape Okta and others send.
// Assertions come from tests/fakes/saml.ts, a template written from the SAML spec.
// Errors word their message with the catalogue, as the entry points have them do.
import "../src/i18n/register.ts";
import assert from "node:assert/strict";
import { parseRolePair, parseSamlAssertion } from "../src/aws/saml_roles.ts";
import { extractSamlResponse } from "../src/okta/saml.ts";
import { FlowError } from "../src/errors.ts";
import { samlPage, samlResponse } from "./fakes/saml.ts";

const PROVIDER = "arn:aws:iam::123456789012:saml-provider/okta";
const ROLE = "arn:aws:iam::123456789012:role/Developer";

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof FlowError) return err.code;
    throw err;
  }
  return "none";
}

Deno.test("extractSamlResponse() decodes the entities Okta writes (&#x2b; &#x3d;)", async () => {
  const assertion = samlResponse({ roles: [{ provider: PROVIDER, role: ROLE }] });
  assert.ok(assertion.includes("+") || assertion.includes("="), "the fixture exercises entities");
  assert.equal(await extractSamlResponse(samlPage(assertion)), assertion);
});

Deno.test("extractSamlResponse() names the page title when there is no SAMLResponse", async () => {
  await assert.rejects(
    () =>
      extractSamlResponse("<html><head><title>Sign In - Okta</title></head><body></body></html>"),
    (err: unknown) =>
      err instanceof FlowError && err.code === "saml_form_missing" &&
      /Sign In - Okta/.test(err.message),
  );
});

for (const prefix of ["saml2", "saml", ""]) {
  for (const order of ["provider-first", "role-first"] as const) {
    Deno.test(`parseSamlAssertion() reads prefix "${prefix}" with ${order} pairs`, () => {
      const info = parseSamlAssertion(
        samlResponse({
          roles: [{ provider: PROVIDER, role: ROLE }],
          prefix,
          order,
          sessionDuration: 7200,
        }),
      );
      assert.deepEqual(info.roles, [{
        roleArn: ROLE,
        principalArn: PROVIDER,
        accountId: "123456789012",
        partition: "aws",
        roleName: "Developer",
      }]);
      assert.equal(info.sessionDuration, 7200);
      assert.equal(info.roleSessionName, "jane@example.com");
    });
  }
}

Deno.test("parseSamlAssertion() reads spaces, role paths and the aws-cn and aws-us-gov partitions", () => {
  const info = parseSamlAssertion(samlResponse({
    spaces: true,
    roles: [
      {
        provider: "arn:aws-cn:iam::111122223333:saml-provider/okta",
        role: "arn:aws-cn:iam::111122223333:role/team/ops/Deploy",
      },
      {
        provider: "arn:aws-us-gov:iam::444455556666:saml-provider/okta",
        role: "arn:aws-us-gov:iam::444455556666:role/Read",
      },
    ],
  }));
  assert.deepEqual(info.roles.map((r) => [r.partition, r.accountId, r.roleName]), [
    ["aws-cn", "111122223333", "Deploy"],
    ["aws-us-gov", "444455556666", "Read"],
  ]);
  assert.equal(info.roles[0]!.roleArn, "arn:aws-cn:iam::111122223333:role/team/ops/Deploy");
});

Deno.test("parseSamlAssertion() returns no roles when the Role attribute is missing", () => {
  assert.deepEqual(
    parseSamlAssertion(samlResponse({ roles: [], noRoleAttribute: true })).roles,
    [],
  );
});

Deno.test("parseSamlAssertion() refuses a DTD without expanding it", () => {
  assert.equal(
    code(() =>
      parseSamlAssertion(samlResponse({ roles: [{ provider: PROVIDER, role: ROLE }], dtd: true }))
    ),
    "saml_dtd",
  );
});

Deno.test("parseSamlAssertion() refuses an assertion over STS's 100,000 characters", () => {
  const big = samlResponse({ roles: [{ provider: PROVIDER, role: ROLE }], padTo: 80_000 });
  assert.ok(big.length > 100_000);
  assert.equal(code(() => parseSamlAssertion(big)), "saml_too_large");
});

Deno.test("parseSamlAssertion() names bad base64 and bad XML", () => {
  assert.equal(code(() => parseSamlAssertion("not base64!")), "saml_invalid");
  assert.equal(code(() => parseSamlAssertion(btoa("<a><b></a>"))), "saml_invalid");
});

Deno.test("parseRolePair() needs one role and one provider ARN", () => {
  assert.equal(code(() => parseRolePair(`${ROLE},${ROLE}`)), "saml_invalid");
  assert.equal(code(() => parseRolePair(ROLE)), "saml_invalid");
  assert.equal(parseRolePair(` ${ROLE} , ${PROVIDER} `).principalArn, PROVIDER);
});
