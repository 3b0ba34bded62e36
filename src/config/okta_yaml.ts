// ~/.okta/okta.yaml as okta-aws-cli reads it: `awscli.idps` and `awscli.roles` (ARN or
// regular expression -> friendly label) and `awscli.profiles` (name -> long flag -> value).
import { parse } from "yaml";
import { UsageError } from "../errors.ts";
import { closest } from "./suggest.ts";

export interface OktaYaml {
  idps: [string, string][];
  roles: [string, string][];
  profiles: Record<string, Record<string, string | boolean>>;
  /** Unknown keys, each with where it was and the closest known key. */
  unknown: { key: string; where: string; suggestion?: string }[];
}

export const EMPTY_OKTA_YAML: OktaYaml = { idps: [], roles: [], profiles: {}, unknown: [] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function labelMap(value: unknown): [string, string][] {
  if (!isRecord(value)) return [];
  return Object.entries(value).map(([k, v]) => [k, String(v)]);
}

/**
 * Parses okta.yaml text; `keys` are the flag names a profile block may hold, `aliases` the
 * deprecated names of some of them. Throws UsageError naming `path` when it is not YAML.
 */
export function parseOktaYaml(
  text: string,
  path: string,
  keys: readonly string[],
  aliases: Readonly<Record<string, string>> = {},
): OktaYaml {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (err) {
    const reason = err instanceof Error ? err.message.split("\n")[0]! : String(err);
    throw new UsageError("yaml_invalid", { path, reason });
  }
  const result: OktaYaml = { idps: [], roles: [], profiles: {}, unknown: [] };
  if (!isRecord(doc) || !isRecord(doc.awscli)) return result;
  const awscli = doc.awscli;
  const sections = ["idps", "roles", "profiles"];
  for (const key of Object.keys(awscli)) {
    if (!sections.includes(key)) {
      result.unknown.push({ key, where: "awscli", suggestion: closest(key, sections) });
    }
  }
  result.idps = labelMap(awscli.idps);
  result.roles = labelMap(awscli.roles);
  if (isRecord(awscli.profiles)) {
    for (const [name, block] of Object.entries(awscli.profiles)) {
      if (!isRecord(block)) continue;
      const values: Record<string, string | boolean> = {};
      for (const [given, value] of Object.entries(block)) {
        const key = aliases[given] ?? given;
        if (!keys.includes(key)) {
          result.unknown.push({
            key,
            where: `awscli.profiles.${name}`,
            suggestion: closest(key, keys),
          });
          continue;
        }
        // The current name wins over its deprecated alias, in whichever order they come.
        if (given !== key && values[key] !== undefined) continue;
        values[key] = typeof value === "boolean" ? value : String(value);
      }
      result.profiles[name] = values;
    }
  }
  return result;
}

/**
 * The friendly label of an ARN: an exact key first, then keys as regular expressions matched
 * anywhere in the ARN (okta-aws-cli's Go `regexp.MatchString`, so a key like "210987654321"
 * or "ReadOnly" labels what it labelled there), in file order.
 */
export function labelFor(arn: string, labels: [string, string][]): string | undefined {
  const exact = labels.find(([key]) => key === arn);
  if (exact) return exact[1];
  for (const [key, label] of labels) {
    try {
      if (new RegExp(key).test(arn)) return label;
    } catch {
      // Not a valid expression: it only matches exactly, which was tried above.
    }
  }
  return undefined;
}
