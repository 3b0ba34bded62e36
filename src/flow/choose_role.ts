// Which role of the assertion to assume: presets (ARN or okta.yaml label) checked against the
// assertion, then the IdP and role pickers; and collision-free names for --all-profiles.
import { FlowError } from "../errors.ts";
import { labelFor } from "../config/okta_yaml.ts";
import type { SamlRole } from "../aws/saml_roles.ts";
import type { Picker } from "../ui/picker.ts";
import { phrase } from "../i18n/messages.ts";
import { withoutControls } from "../text/printable.ts";

export interface Labels {
  idps: [string, string][];
  roles: [string, string][];
}

export interface ChooseOptions {
  idpPreset?: string;
  rolePreset?: string;
  labels: Labels;
  pick: Picker;
  messages: { idp: string; role: string };
}

function idpName(arn: string, labels: Labels): string {
  return labelFor(arn, labels.idps) ?? arn;
}

function roleName(arn: string, labels: Labels): string {
  return labelFor(arn, labels.roles) ?? arn;
}

function listed(values: string[]): string {
  return [...new Set(values)].map((v) => `"${v}"`).join(", ");
}

/** The part of an ARN after its type: `Admin`, `team/Admin` (role path and name), `okta`. */
function nameOf(arn: string): string {
  return arn.slice(arn.indexOf("/") + 1);
}

/**
 * Keeps the roles whose ARN (picked by `arnOf`) or its label equals `preset`; failing that,
 * those whose name (with or without its path) does: `-r Admin` as the README shows it.
 */
function narrow(
  roles: SamlRole[],
  preset: string,
  arnOf: (role: SamlRole) => string,
  labels: [string, string][],
  code: "preset_idp_not_found" | "preset_role_not_found",
): SamlRole[] {
  const exact = roles.filter((r) => arnOf(r) === preset || labelFor(arnOf(r), labels) === preset);
  const matched = exact.length > 0
    ? exact
    : roles.filter((r) =>
      nameOf(arnOf(r)) === preset || nameOf(arnOf(r)).split("/").pop() === preset
    );
  if (matched.length > 0) return matched;
  const available = roles.flatMap((r) => {
    const label = labelFor(arnOf(r), labels);
    return label ? [arnOf(r), label] : [arnOf(r)];
  });
  throw new FlowError(code, { preset, available: listed(available) });
}

/** Narrows the roles to the presets; throws when a preset matches nothing. */
export function applyPresets(
  roles: SamlRole[],
  options: Omit<ChooseOptions, "pick" | "messages">,
): SamlRole[] {
  const { idpPreset, rolePreset, labels } = options;
  let candidates = roles;
  if (idpPreset) {
    candidates = narrow(
      candidates,
      idpPreset,
      (r) => r.principalArn,
      labels.idps,
      "preset_idp_not_found",
    );
  }
  if (rolePreset) {
    candidates = narrow(
      candidates,
      rolePreset,
      (r) => r.roleArn,
      labels.roles,
      "preset_role_not_found",
    );
  }
  return candidates;
}

/** Picks one role: presets first, then the IdP picker and the role picker where needed. */
export async function chooseRole(roles: SamlRole[], options: ChooseOptions): Promise<SamlRole> {
  const candidates = applyPresets(roles, options);
  if (candidates.length === 1) return candidates[0]!;
  const { labels } = options;
  const providers = [...new Set(candidates.map((r) => r.principalArn))];
  let provider = providers[0]!;
  if (providers.length > 1) {
    provider = await options.pick({
      message: options.messages.idp,
      what: phrase("what_idp"),
      flag: "--aws-iam-idp",
      choices: providers.map((arn) => ({
        name: idpName(arn, labels),
        value: arn,
        description: arn,
      })),
    });
  }
  const inProvider = candidates.filter((r) => r.principalArn === provider);
  if (inProvider.length === 1) return inProvider[0]!;
  return await options.pick({
    message: options.messages.role,
    what: phrase("what_role"),
    flag: "--aws-iam-role",
    choices: inProvider.map((r) => ({
      name: roleName(r.roleArn, labels),
      value: r,
      description: r.roleArn,
    })),
  });
}

/** A section name from server text: no spaces, INI syntax or control characters. */
function safeName(text: string): string {
  return withoutControls(text.trim(), "-").replace(/[\s[\]=#;]+/g, "-");
}

/**
 * Profile names for --all-profiles: `{account}-{role}`, where account is the okta.yaml IdP
 * label or else the account id. Names that would collide fall back to the account id, and
 * then to a numeric suffix: never a shared name.
 */
export function profileNames(roles: SamlRole[], labels: Labels): string[] {
  const first = roles.map((r) =>
    safeName(`${labelFor(r.principalArn, labels.idps) ?? r.accountId}-${r.roleName}`)
  );
  const count = new Map<string, number>();
  for (const n of first) count.set(n, (count.get(n) ?? 0) + 1);
  const names = roles.map((r, i) =>
    count.get(first[i]!)! > 1 ? safeName(`${r.accountId}-${r.roleName}`) : first[i]!
  );
  const used = new Set<string>();
  return names.map((n) => {
    let name = n;
    for (let k = 2; used.has(name); k++) name = `${n}-${k}`;
    used.add(name);
    return name;
  });
}
