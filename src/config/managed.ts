// Managed defaults: a machine-wide file of okta.yaml's shape that MDM or Group Policy deploys
// (Linux /etc/okta-aws/config.yaml, macOS /Library/Application Support/okta-aws/config.yaml,
// Windows %ProgramData%\okta-aws\config.yaml; OKTA_AWS_MANAGED_CONFIG names another). Its
// profile values sit below the user's okta.yaml; the flags it lists under `enforced:` win over
// every source, honoured only here (a file the user cannot edit).
import { parse } from "yaml";
import { UsageError } from "../errors.ts";
import { EMPTY_OKTA_YAML, type OktaYaml, parseOktaYaml } from "./okta_yaml.ts";
import { closest } from "./suggest.ts";

export interface ManagedConfig extends OktaYaml {
  path: string;
  /** Flag names whose value here wins over every other source. */
  enforced: string[];
}

/**
 * The managed file: okta.yaml's `awscli:` block and `enforced:` (known flag names only; an
 * unknown one is a warning with a did-you-mean, as okta.yaml's keys are).
 */
export function parseManaged(
  text: string,
  path: string,
  keys: readonly string[],
  aliases: Readonly<Record<string, string>> = {},
): ManagedConfig {
  const yaml = parseOktaYaml(text, path, keys, aliases);
  const doc: unknown = parse(text);
  const listed = typeof doc === "object" && doc !== null && "enforced" in doc
    ? Reflect.get(doc, "enforced")
    : undefined;
  if (listed !== undefined && !Array.isArray(listed)) {
    throw new UsageError("yaml_invalid", { path, reason: "enforced: is not a list of flag names" });
  }
  const enforced: string[] = [];
  for (const item of listed ?? []) {
    const name = aliases[String(item)] ?? String(item);
    if (keys.includes(name)) enforced.push(name);
    else yaml.unknown.push({ key: name, where: "enforced", suggestion: closest(name, keys) });
  }
  return { ...yaml, path, enforced };
}

export const NO_MANAGED: ManagedConfig = { ...EMPTY_OKTA_YAML, path: "", enforced: [] };
