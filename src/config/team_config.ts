// A team config, as `okta-aws setup` reads it: okta.yaml's own shape (the `awscli:` block of
// `idps`, `roles` and `profiles` of flag values) plus `version: 1`, `sso-sessions:` (name ->
// `start-url`, `region`, `registration-scopes`) and `sync-profiles:`. Strict where okta.yaml is
// lenient: a platform team's file with an unknown key, a secret or a bad value is refused whole
// (with the key's path and a did-you-mean), so that nothing half-understood reaches a laptop.
// Values are checked by the caller's `check` (the flags' own checks live in src/cli/).
import { parse } from "yaml";
import { FlowError, UsageError } from "../errors.ts";
import { type Phrase, phrase } from "../i18n/phrase.ts";
import { closest } from "./suggest.ts";

/** One value the team sets in okta.yaml, at its path (`["awscli", "profiles", "default", k]`). */
export interface TeamSetting {
  path: readonly string[];
  value: string | boolean | number;
}

/** An `[sso-session NAME]` the team wants in the AWS config file. */
export interface TeamSession {
  name: string;
  startUrl: string;
  region: string;
  /** `sso_registration_scopes`, comma-separated as the AWS CLI reads them. */
  scopes?: string;
}

export interface TeamConfig {
  settings: TeamSetting[];
  sessions: TeamSession[];
  syncProfiles: boolean;
}

/** What setup needs to know of the flags: their names, deprecated names and secret ones. */
export interface TeamKeys {
  keys: readonly string[];
  aliases: Readonly<Record<string, string>>;
  secrets: readonly string[];
  /** Throws a UsageError (the flag's own check) for a value the flag refuses. */
  check: (key: string, value: string | boolean) => void;
  /** Throws a UsageError for a region the AWS CLI would not take. */
  checkRegion: (region: string, where: string) => void;
}

const TOP = ["version", "awscli", "sso-sessions", "sync-profiles"];
const AWSCLI = ["idps", "roles", "profiles"];
const SESSION = ["start-url", "region", "registration-scopes"];
/** The name in `[sso-session NAME]`: what `aws configure sso` accepts, no space or bracket. */
const SESSION_NAME = /^[A-Za-z0-9_.@+=,-]{1,64}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isScalar(value: unknown): value is string | boolean | number {
  return typeof value === "string" || typeof value === "boolean" ||
    (typeof value === "number" && Number.isFinite(value));
}

/** Thrown for the first thing a team config gets wrong: its key's path and the reason. */
function refused(source: string, where: string, reason: Phrase): FlowError {
  return new FlowError("team_config_invalid", { source, where, reason });
}

function unknownKey(source: string, where: string, key: string, keys: readonly string[]) {
  const near = closest(key, keys);
  return refused(
    source,
    where,
    phrase("reason_unknown_key", {
      key,
      suggestion: near ? phrase("suggest_command", { name: near }) : "",
    }),
  );
}

/** A map at `where` (an absent one is empty), its keys among `keys` when given. */
function mapAt(
  source: string,
  where: string,
  value: unknown,
  keys?: readonly string[],
): Record<string, unknown> {
  const map = value ?? {};
  if (!isRecord(map)) throw refused(source, where, phrase("reason_team_map"));
  for (const key of Object.keys(map)) {
    if (keys && !keys.includes(key)) throw unknownKey(source, where, key, keys);
  }
  return map;
}

/** Runs a flag's own check; its UsageError becomes the team config's, at this key's path. */
function checkedAt(source: string, where: string, check: () => void): void {
  try {
    check();
  } catch (err) {
    if (err instanceof UsageError) throw refused(source, where, phrase(err.key, err.params));
    throw err;
  }
}

/** `registration-scopes`: a scope, a comma-separated list or a YAML list; undefined when none. */
function scopesAt(source: string, where: string, value: unknown): string | undefined {
  const given: unknown[] = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const list: string[] = [];
  for (const item of given) {
    if (typeof item !== "string" || !/^[\w:./,\s-]+$/.test(item)) {
      throw refused(source, where, phrase("reason_team_scopes"));
    }
    list.push(...item.split(",").map((s) => s.trim()).filter((s) => s !== ""));
  }
  return list.length > 0 ? list.join(",") : undefined;
}

/**
 * Parses and checks a team config's text; `source` names it in every error (a URL without its
 * query, or a file's path). Throws FlowError("team_config_invalid") naming the key's path.
 */
export function parseTeamConfig(text: string, source: string, known: TeamKeys): TeamConfig {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (err) {
    const reason = err instanceof Error ? err.message.split("\n")[0]! : String(err);
    throw refused(source, "YAML", phrase("reason_text", { text: reason }));
  }
  if (!isRecord(doc)) throw refused(source, "/", phrase("reason_team_not_map"));
  const top = mapAt(source, "/", doc, TOP);
  if (top.version !== 1) throw refused(source, "version", phrase("reason_team_version"));

  const settings: TeamSetting[] = [];
  const awscli = mapAt(source, "awscli", top.awscli, AWSCLI);
  for (const labels of ["idps", "roles"]) {
    for (const [key, label] of Object.entries(mapAt(source, `awscli.${labels}`, awscli[labels]))) {
      if (typeof label !== "string" || label === "") {
        throw refused(source, `awscli.${labels}.${key}`, phrase("reason_team_label"));
      }
      settings.push({ path: ["awscli", labels, key], value: label });
    }
  }
  for (const [name, block] of Object.entries(mapAt(source, "awscli.profiles", awscli.profiles))) {
    const where = `awscli.profiles.${name}`;
    for (const [given, value] of Object.entries(mapAt(source, where, block))) {
      const key = known.aliases[given] ?? given;
      if (!known.keys.includes(key)) throw unknownKey(source, where, given, known.keys);
      const at = `${where}.${key}`;
      if (known.secrets.includes(key)) throw refused(source, at, phrase("reason_team_secret"));
      if (!isScalar(value)) throw refused(source, at, phrase("reason_team_scalar"));
      checkedAt(
        source,
        at,
        () => known.check(key, typeof value === "number" ? String(value) : value),
      );
      settings.push({ path: ["awscli", "profiles", name, key], value });
    }
  }

  const sessions: TeamSession[] = [];
  for (const [name, block] of Object.entries(mapAt(source, "sso-sessions", top["sso-sessions"]))) {
    const where = `sso-sessions.${name}`;
    if (!SESSION_NAME.test(name)) throw refused(source, where, phrase("reason_team_session_name"));
    const session = mapAt(source, where, block, SESSION);
    const startUrl = session["start-url"];
    if (typeof startUrl !== "string" || !/^https:\/\/[^\s/]+/.test(startUrl)) {
      throw refused(source, `${where}.start-url`, phrase("reason_team_start_url"));
    }
    const region = session.region;
    if (typeof region !== "string") {
      throw refused(source, `${where}.region`, phrase("reason_team_required"));
    }
    checkedAt(source, `${where}.region`, () => known.checkRegion(region, `${where}.region`));
    const scopes = scopesAt(source, `${where}.registration-scopes`, session["registration-scopes"]);
    sessions.push({ name, startUrl, region, ...(scopes ? { scopes } : {}) });
  }

  const sync = top["sync-profiles"] ?? false;
  if (typeof sync !== "boolean") {
    throw refused(source, "sync-profiles", phrase("reason_true_false"));
  }
  return { settings, sessions, syncProfiles: sync };
}
