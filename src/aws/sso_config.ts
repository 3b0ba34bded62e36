// IAM Identity Center settings in the shared config file, read with the AWS JS SDK's own
// loader (@smithy/shared-ini-file-loader) after our capped regular-file check: profiles with
// `sso_session` (or the legacy `sso_start_url`/`sso_region` in the profile) and their
// `[sso-session NAME]` sections. Writing goes through shared_ini.ts (lossless).
import { FlowError } from "../errors.ts";
import { readOptionalText } from "../fs/read.ts";
import { configFilePath } from "./paths.ts";
import { DEFAULT_SSO_SCOPES } from "./identity_center.ts";

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
  profiles: IniSections;
  sessions: IniSections;
}

/**
 * Reads the config file through the SDK's loader. A missing file is empty; a FIFO, a device or
 * a file over 1 MiB is file_unusable (checked first, so the SDK never reads one).
 */
export async function readSsoConfig(env: Readonly<Record<string, string>>): Promise<SsoConfigFile> {
  const path = configFilePath(env);
  if (readOptionalText(path) === undefined) return { path, profiles: {}, sessions: {} };
  const { loadSharedConfigFiles } = await import("@smithy/shared-ini-file-loader");
  // The credentials file plays no part here: point the loader at nothing.
  const { configFile } = await loadSharedConfigFiles({
    configFilepath: path,
    filepath: `${path}.okta-aws-none`,
    ignoreCache: true,
  });
  const profiles: IniSections = {};
  const sessions: IniSections = {};
  for (const [name, values] of Object.entries(configFile)) {
    if (name.startsWith("sso-session.")) sessions[name.slice("sso-session.".length)] = values;
    else if (!name.includes(".")) profiles[name] = values;
  }
  return { path, profiles, sessions };
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
export function resolveProfile(
  config: SsoConfigFile,
  profile: string,
  needRole: boolean,
): SsoProfile {
  const p = config.profiles[profile];
  if (!p) throw new FlowError("sso_profile_missing", { profile, path: config.path });
  let session: SsoSession;
  if (p.sso_session) session = resolveSession(config, p.sso_session);
  else if (p.sso_start_url && p.sso_region) {
    session = { startUrl: p.sso_start_url, region: p.sso_region, scopes: DEFAULT_SSO_SCOPES };
  } else {
    throw new FlowError("sso_profile_not_sso", { profile, path: config.path });
  }
  const missing = needRole
    ? [!p.sso_account_id && "sso_account_id", !p.sso_role_name && "sso_role_name"]
      .filter(Boolean)
    : [];
  if (missing.length > 0) {
    throw new FlowError("sso_config_incomplete", {
      section: profileSection(profile),
      path: config.path,
      keys: missing.join(", "),
    });
  }
  return {
    profile,
    session,
    accountId: p.sso_account_id,
    roleName: p.sso_role_name,
    region: p.region,
  };
}

/** The profiles that use a session (by name) or, legacy, a start URL. */
export function profilesOf(config: SsoConfigFile, session: SsoSession): string[] {
  return Object.entries(config.profiles).filter(([, p]) =>
    session.name !== undefined
      ? p.sso_session === session.name
      : !p.sso_session && p.sso_start_url === session.startUrl
  ).map(([name]) => name);
}
