// Settings from every source in okta-aws-cli's documented order, which okta-aws-cli itself
// does not keep: command-line flag, environment variable, `.env`, okta.yaml profile, default.
import { UsageError } from "../errors.ts";
import { phrase } from "../i18n/messages.ts";
import { FLAGS, type FlagSpec } from "./flags.ts";

export type Source = "flag" | "env" | "dotenv" | "okta.yaml" | "default";

export interface SettingSources {
  /** Flag values given on the command line, by long name. */
  flags: Record<string, string | boolean | undefined>;
  env: Record<string, string>;
  dotenv: Record<string, string>;
  /** The active okta.yaml profile block. */
  profile: Record<string, string | boolean>;
}

export type Settings = Record<string, { value: string | boolean; source: Source } | undefined>;

const TRUE = new Set(["1", "true", "t", "yes", "y", "on"]);
const FALSE = new Set(["0", "false", "f", "no", "n", "off", ""]);

function toBoolean(raw: string, where: string): boolean {
  const v = raw.trim().toLowerCase();
  if (TRUE.has(v)) return true;
  if (FALSE.has(v)) return false;
  throw new UsageError("usage_invalid", {
    flag: where,
    value: raw,
    reason: phrase("reason_true_false"),
  });
}

function coerce(spec: FlagSpec, value: string | boolean, where: string): string | boolean {
  if (spec.type === "boolean") {
    return typeof value === "boolean" ? value : toBoolean(value, where);
  }
  return String(value);
}

/** Resolves one setting per flag; absent settings have no entry. */
export function resolveSettings(sources: SettingSources): Settings {
  const settings: Settings = {};
  for (const spec of FLAGS) {
    const flag = sources.flags[spec.name];
    if (flag !== undefined) {
      settings[spec.name] = { value: coerce(spec, flag, `--${spec.name}`), source: "flag" };
      continue;
    }
    const envName = spec.env.find((n) => sources.env[n] !== undefined);
    if (envName) {
      settings[spec.name] = { value: coerce(spec, sources.env[envName]!, envName), source: "env" };
      continue;
    }
    const dotenvName = spec.env.find((n) => sources.dotenv[n] !== undefined);
    if (dotenvName) {
      settings[spec.name] = {
        value: coerce(spec, sources.dotenv[dotenvName]!, `${dotenvName} in .env`),
        source: "dotenv",
      };
      continue;
    }
    const fromYaml = sources.profile[spec.name];
    if (fromYaml !== undefined) {
      settings[spec.name] = {
        value: coerce(spec, fromYaml, `${spec.name} in okta.yaml`),
        source: "okta.yaml",
      };
    }
  }
  return settings;
}

export function stringSetting(settings: Settings, name: string): string | undefined {
  const v = settings[name]?.value;
  return typeof v === "string" && v !== "" ? v : undefined;
}

export function booleanSetting(settings: Settings, name: string): boolean {
  return settings[name]?.value === true;
}
