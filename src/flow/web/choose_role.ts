// Which role of the assertion to assume: presets (ARN or okta.yaml label) checked against the
// assertion, then the IdP and role pickers; and collision-free names for --all-profiles.
import { FlowError } from "../../errors.ts";
import { resourceOf } from "../../aws/arn.ts";
import { labelFor } from "../../config/okta_yaml.ts";
import { closest } from "../../config/suggest.ts";
import type { SamlRole } from "../../aws/saml_roles.ts";
import type { Picker } from "../../ui/picker.ts";
import { phrase } from "../../i18n/phrase.ts";
import { withoutControls } from "../../text/printable.ts";

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
      resourceOf(arnOf(r)) === preset || resourceOf(arnOf(r)).split("/").pop() === preset
    );
  if (matched.length > 0) return matched;
  const available = roles.flatMap((r) => {
    const label = labelFor(arnOf(r), labels);
    return label ? [arnOf(r), label] : [arnOf(r)];
  });
  // A typo of a name, a label or an ARN: the closest of them, as flags get.
  const names = roles.flatMap((r) => [
    arnOf(r),
    resourceOf(arnOf(r)).split("/").pop() ?? "",
    ...(labelFor(arnOf(r), labels) ? [labelFor(arnOf(r), labels)!] : []),
  ]);
  const near = closest(preset, names);
  throw new FlowError(code, {
    preset,
    available: listed(available),
    suggestion: near ? phrase("suggest_command", { name: near }) : "",
  });
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
/**
 * A profile name from a template: no control, bidi or invisible character, no INI delimiter, and
 * no leading `-` (`aws --profile -x` reads it as a flag).
 */
function safeName(text: string): string {
  const name = withoutControls(text.trim(), "-").replace(/[\s[\]=#;]+/g, "-").replace(/^-+/, "");
  return name === "" ? "profile" : name;
}

/** Named --profile-name-template presets. */
export const NAME_TEMPLATES: Readonly<Record<string, string>> = {
  /** okta-aws-cli's scheme, the default: scripts that say `myalias-okta-Admin` keep working. */
  "okta-aws-cli": "{alias}-{idp}-{role}",
  /** okta.yaml IdP label (else account id) and role name, okta-aws's earlier scheme. */
  label: "{label}-{role-name}",
};
export const DEFAULT_NAME_TEMPLATE = "okta-aws-cli";
const PLACEHOLDERS = ["alias", "account", "idp", "role", "role-name", "label"];

/** The template a --profile-name-template value names (a preset or a template itself). */
export function nameTemplate(value: string | undefined): string {
  return NAME_TEMPLATES[value ?? DEFAULT_NAME_TEMPLATE] ?? value!;
}

/** The placeholders of a template that are not known ({alias}, {account}, ...), for a usage error. */
export function unknownPlaceholders(template: string): string[] {
  return [...template.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]!)
    .filter((name) => !PLACEHOLDERS.includes(name));
}

/** Whether names from this template need the IAM account alias (one IAM call per account). */
export function needsAlias(template: string): boolean {
  return template.includes("{alias}");
}

/**
 * Profile names for --all-profiles from a template: {alias} (the IAM account alias, else the
 * account id), {account}, {idp} (the SAML provider's name), {role} (role name with its path,
 * as okta-aws-cli), {role-name} (without the path), {label} (the okta.yaml IdP label, else the
 * account id). Names that would collide fall back to the account id for {alias} and {label},
 * then to a numeric suffix: never a shared name.
 */
export function profileNames(
  roles: SamlRole[],
  labels: Labels,
  template: string = NAME_TEMPLATES.label!,
  aliases: ReadonlyMap<string, string> = new Map(),
): string[] {
  const render = (r: SamlRole, plain: boolean) =>
    safeName(template.replace(/\{([a-z-]+)\}/g, (all, name: string) => {
      switch (name) {
        case "alias":
          return plain ? r.accountId : aliases.get(r.accountId) ?? r.accountId;
        case "account":
          return r.accountId;
        case "idp":
          return resourceOf(r.principalArn);
        case "role":
          return resourceOf(r.roleArn);
        case "role-name":
          return r.roleName;
        case "label":
          return plain ? r.accountId : labelFor(r.principalArn, labels.idps) ?? r.accountId;
        default:
          return all;
      }
    }));
  const first = roles.map((r) => render(r, false));
  const count = new Map<string, number>();
  for (const n of first) count.set(n, (count.get(n) ?? 0) + 1);
  const names = roles.map((r, i) => count.get(first[i]!)! > 1 ? render(r, true) : first[i]!);
  const used = new Set<string>();
  return names.map((n) => {
    let name = n;
    for (let k = 2; used.has(name); k++) name = `${n}-${k}`;
    used.add(name);
    return name;
  });
}
