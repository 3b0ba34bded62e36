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

type Scalar = string | boolean | number;

function isScalar(value: unknown): value is Scalar {
  return typeof value === "string" || typeof value === "boolean" ||
    (typeof value === "number" && Number.isFinite(value));
}

/**
 * Parses and checks a team config's text; `source` names it in every error (a URL without its
 * query, or a file's path). Throws FlowError("team_config_invalid") naming the key's path.
 */
export function parseTeamConfig(text: string, source: string, known: TeamKeys): TeamConfig {
  const refuse = (where: string, reason: Phrase): never => {
    throw new FlowError("team_config_invalid", { source, where, reason });
  };
  const unknownKey = (where: string, key: string, keys: readonly string[]): never => {
    const near = closest(key, keys);
    return refuse(
      where,
      phrase("reason_unknown_key", {
        key,
        suggestion: near ? phrase("suggest_command", { name: near }) : "",
      }),
    );
  };
  const checked = (where: string, run: () => void) => {
    try {
      run();
    } catch (err) {
      // The flag's own check refused it: its words, at this key's path.
      if (err instanceof UsageError) refuse(where, phrase(err.key, err.params));
      throw err;
    }
  };
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (err) {
    const reason = err instanceof Error ? err.message.split("\n")[0]! : String(err);
    refuse("YAML", phrase("reason_text", { text: reason }));
  }
  if (!isRecord(doc)) return refuse("/", phrase("reason_team_not_map"));
  for (const key of Object.keys(doc)) if (!TOP.includes(key)) unknownKey("/", key, TOP);
  if (doc.version !== 1) refuse("version", phrase("reason_team_version"));

  const settings: TeamSetting[] = [];
  const awscli = doc.awscli ?? {};
  if (!isRecord(awscli)) refuse("awscli", phrase("reason_team_map"));
  const block = awscli as Record<string, unknown>;
  for (const key of Object.keys(block)) {
    if (!AWSCLI.includes(key)) unknownKey("awscli", key, AWSCLI);
  }
  for (const labels of ["idps", "roles"]) {
    const map = block[labels] ?? {};
    if (!isRecord(map)) refuse(`awscli.${labels}`, phrase("reason_team_map"));
    for (const [key, label] of Object.entries(map as Record<string, unknown>)) {
      if (typeof label !== "string" || label === "") {
        refuse(`awscli.${labels}.${key}`, phrase("reason_team_label"));
      }
      settings.push({ path: ["awscli", labels, key], value: label as string });
    }
  }
  const profiles = block.profiles ?? {};
  if (!isRecord(profiles)) refuse("awscli.profiles", phrase("reason_team_map"));
  for (const [name, values] of Object.entries(profiles as Record<string, unknown>)) {
    const where = `awscli.profiles.${name}`;
    if (!isRecord(values)) refuse(where, phrase("reason_team_map"));
    for (const [given, value] of Object.entries(values as Record<string, unknown>)) {
      const key = known.aliases[given] ?? given;
      if (!known.keys.includes(key)) unknownKey(where, given, known.keys);
      if (known.secrets.includes(key)) refuse(`${where}.${key}`, phrase("reason_team_secret"));
      if (!isScalar(value)) refuse(`${where}.${key}`, phrase("reason_team_scalar"));
      const scalar = value as Scalar;
      checked(
        `${where}.${key}`,
        () => known.check(key, typeof scalar === "number" ? String(scalar) : scalar),
      );
      settings.push({ path: ["awscli", "profiles", name, key], value: scalar });
    }
  }

  const sessions: TeamSession[] = [];
  const given = doc["sso-sessions"] ?? {};
  if (!isRecord(given)) refuse("sso-sessions", phrase("reason_team_map"));
  for (const [name, values] of Object.entries(given as Record<string, unknown>)) {
    const where = `sso-sessions.${name}`;
    if (!SESSION_NAME.test(name)) refuse(where, phrase("reason_team_session_name"));
    if (!isRecord(values)) refuse(where, phrase("reason_team_map"));
    const session = values as Record<string, unknown>;
    for (const key of Object.keys(session)) {
      if (!SESSION.includes(key)) unknownKey(where, key, SESSION);
    }
    const startUrl = session["start-url"];
    if (typeof startUrl !== "string" || !/^https:\/\/[^\s/]+/.test(startUrl)) {
      refuse(`${where}.start-url`, phrase("reason_team_start_url"));
    }
    const region = session.region;
    if (typeof region !== "string") refuse(`${where}.region`, phrase("reason_team_required"));
    checked(`${where}.region`, () => known.checkRegion(region as string, `${where}.region`));
    const rawScopes = session["registration-scopes"];
    const scopes = Array.isArray(rawScopes)
      ? rawScopes
      : rawScopes === undefined
      ? []
      : [rawScopes];
    if (!scopes.every((s) => typeof s === "string" && /^[\w:./,\s-]+$/.test(s))) {
      refuse(`${where}.registration-scopes`, phrase("reason_team_scopes"));
    }
    const list = (scopes as string[]).flatMap((s) => s.split(",")).map((s) => s.trim())
      .filter((s) => s !== "");
    sessions.push({
      name,
      startUrl: startUrl as string,
      region: region as string,
      ...(list.length > 0 ? { scopes: list.join(",") } : {}),
    });
  }

  const sync = doc["sync-profiles"] ?? false;
  if (typeof sync !== "boolean") refuse("sync-profiles", phrase("reason_true_false"));
  return { settings, sessions, syncProfiles: sync as boolean };
}
