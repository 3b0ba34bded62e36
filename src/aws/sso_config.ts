// IAM Identity Center settings in the shared config file, read with our own INI scanner
// (shared_ini.ts, botocore's rules) after the capped regular-file check: profiles with
// `sso_session` (or the legacy `sso_start_url`/`sso_region` in the profile) and their
// `[sso-session NAME]` sections. The scanner keeps names the SDK's loader drops (`team.prod`:
// it keys sessions `sso-session.NAME`). Writing goes through shared_ini.ts (lossless).
import { FlowError } from "../errors.ts";
import { readAwsFileSettled } from "../fs/settled_read.ts";
import { configFilePath } from "./paths.ts";
import { DEFAULT_SSO_SCOPES } from "./identity_center.ts";
import { bytesToBinary, iniFileError, sectionsOf } from "./shared_ini.ts";

/** The section a profile lives in: `default` or `profile NAME`. */
export function profileSection(name: string): string {
  return name === "default" ? "default" : `profile ${name}`;
}

export function sessionSection(name: string): string {
  return `sso-session ${name}`;
}

export type IniSections = Record<string, Record<string, string | undefined>>;

/** The config file's sections as the JS SDK sees them (profiles by name, `sso-session.x`). */
export interface SsoConfigFile {
  path: string;
  /** The bytes read (absent: no file), for a later write to compare with (fs/settled_read.ts). */
  bytes?: Uint8Array;
  profiles: IniSections;
  sessions: IniSections;
}

/**
 * The profile or session a section header names, as botocore reads it: `default`, `profile
 * NAME`, `sso-session NAME` (one word after the kind; anything else is neither).
 */
export function sectionKind(
  header: string,
): { kind: "profile" | "session"; name: string } | undefined {
  if (header === "default") return { kind: "profile", name: "default" };
  const m = /^(profile|sso-session)\s+(\S+)\s*$/.exec(header);
  if (!m) return undefined;
  return { kind: m[1] === "profile" ? "profile" : "session", name: m[2]! };
}

/**
 * Reads the config file with our scanner, settled (a file another program is rewriting in
 * place is read again: fs/settled_read.ts). A missing file is empty; a FIFO, a device or a file
 * over the AWS file cap is file_unusable; a line botocore rejects is file_invalid.
 */
export async function readSsoConfig(env: Readonly<Record<string, string>>): Promise<SsoConfigFile> {
  const path = configFilePath(env);
  const profiles: IniSections = {};
  const sessions: IniSections = {};
  const bytes = await readAwsFileSettled(path);
  if (bytes === undefined) return { path, profiles, sessions };
  let sections;
  try {
    sections = sectionsOf(bytesToBinary(bytes));
  } catch (err) {
    throw iniFileError(err, path);
  }
  for (const [header, values] of sections) {
    const section = sectionKind(header);
    if (section?.kind === "profile") profiles[section.name] = values;
    else if (section?.kind === "session") sessions[section.name] = values;
  }
  return { path, bytes, profiles, sessions };
}

/** One Identity Center sign-in: an sso-session, or a legacy profile's own start URL. */
export interface SsoSession {
  /** The sso-session name; undefined for a legacy profile. */
  name?: string;
  startUrl: string;
  region: string;
  scopes: string[];
}

/** A profile's Identity Center settings. */
export interface SsoProfile {
  profile: string;
  session: SsoSession;
  accountId?: string;
  roleName?: string;
  /** The profile's `region`: the default client region. */
  region?: string;
}

function scopesOf(raw: string | undefined): string[] {
  const scopes = (raw ?? "").split(",").map((s) => s.trim()).filter((s) => s !== "");
  return scopes.length > 0 ? scopes : DEFAULT_SSO_SCOPES;
}

/** An `[sso-session NAME]` section as a session; throws when it is missing or incomplete. */
export function resolveSession(config: SsoConfigFile, name: string): SsoSession {
  const s = config.sessions[name];
  if (!s) throw new FlowError("sso_session_missing", { session: name, path: config.path });
  const startUrl = s.sso_start_url;
  const region = s.sso_region;
  if (!startUrl || !region) {
    throw new FlowError("sso_config_incomplete", {
      section: sessionSection(name),
      path: config.path,
      keys: [!startUrl && "sso_start_url", !region && "sso_region"].filter(Boolean).join(", "),
    });
  }
  return { name, startUrl, region, scopes: scopesOf(s.sso_registration_scopes) };
}

/**
 * A profile's Identity Center settings, as the AWS CLI resolves them: `sso_session` names a
 * session section, else the profile holds `sso_start_url` and `sso_region` (legacy).
 * `needRole`: `sso_account_id` and `sso_role_name` must be there too (credentials, not login).
 */
export function resolveProfile(config: SsoConfigFile, profile: string): SsoProfile {
  const p = config.profiles[profile];
  if (!p) {
    const others = Object.keys(config.profiles).sort();
    if (others.length === 0) {
      throw new FlowError("sso_profile_missing", { profile, path: config.path });
    }
    throw new FlowError("sso_profile_missing_others", {
      profile,
      path: config.path,
      profiles: others.join(", "),
    });
  }
  let session: SsoSession;
  if (p.sso_session) session = resolveSession(config, p.sso_session);
  else if (p.sso_start_url && p.sso_region) {
    session = { startUrl: p.sso_start_url, region: p.sso_region, scopes: DEFAULT_SSO_SCOPES };
  } else {
    throw new FlowError("sso_profile_not_sso", { profile, path: config.path });
  }
  return {
    profile,
    session,
    accountId: p.sso_account_id,
    roleName: p.sso_role_name,
    region: p.region,
  };
}

/** A profile that names its role: what `okta-aws sso` needs to fetch credentials. */
export interface SsoRoleProfile extends SsoProfile {
  accountId: string;
  roleName: string;
}

/** The profile, with its account and role checked present (else one error naming both). */
export function resolveRoleProfile(config: SsoConfigFile, profile: string): SsoRoleProfile {
  const resolved = resolveProfile(config, profile);
  const { accountId, roleName } = resolved;
  if (!accountId || !roleName) {
    throw new FlowError("sso_config_incomplete", {
      section: profileSection(profile),
      path: config.path,
      keys: [!accountId && "sso_account_id", !roleName && "sso_role_name"].filter(Boolean)
        .join(", "),
    });
  }
  return { ...resolved, accountId, roleName };
}

/** The profiles that use a session (by name) or, legacy, a start URL. */
export function profilesOf(config: SsoConfigFile, session: SsoSession): string[] {
  return Object.entries(config.profiles).filter(([, p]) =>
    session.name !== undefined
      ? p.sso_session === session.name
      : !p.sso_session && p.sso_start_url === session.startUrl
  ).map(([name]) => name);
}
