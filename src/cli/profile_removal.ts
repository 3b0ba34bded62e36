// Removing a profile, wherever it is: its section in the credentials file (`[NAME]`, what
// `web -z` writes) and in the config file (`[profile NAME]`), the AWS CLI's cached role
// credentials of an Identity Center profile, and okta-aws's cached credentials written for it.
// Nothing else; a file with nothing to remove is not written (its mode is left alone).
import type { Deps } from "../deps.ts";
import type { Lang } from "../i18n/phrase.ts";
import { FlowError } from "../errors.ts";
import { configFilePath, credentialsFilePath } from "../aws/paths.ts";
import { bytesToBinary, sectionNames } from "../aws/shared_ini.ts";
import { readAwsFileSettled } from "../fs/settled_read.ts";
import {
  profileSection,
  readSsoConfig,
  resolveSession,
  type SsoSession,
} from "../aws/sso_config.ts";
import { isSsoRoleCache, roleCachePath } from "../aws/sso_cache.ts";
import { removeFile } from "../cache/store.ts";
import { clearProfile } from "../cache/inventory.ts";
import { cacheRoot } from "../cache/paths.ts";
import { editAwsFile } from "./aws_file.ts";

export interface ProfileRemoval {
  /** Each file a section left, with the section. */
  files: { path: string; section: string }[];
  /** Cached credential sets removed: okta-aws's and the AWS CLI's. */
  cached: number;
}

/** The profile names a credentials or config file holds (for the hint of a miss). */
function profilesIn(bytes: Uint8Array | undefined, config: boolean): string[] {
  if (bytes === undefined) return [];
  try {
    return sectionNames(bytesToBinary(bytes)).flatMap((s) =>
      !config ? [s] : s === "default" ? [s] : s.startsWith("profile ") ? [s.slice(8)] : []
    );
  } catch {
    return [];
  }
}

/** The AWS CLI's role-credential cache file of an Identity Center profile, when it is one. */
async function ssoRoleCache(deps: Deps, name: string): Promise<string | undefined> {
  try {
    const config = await readSsoConfig(deps.env);
    const p = config.profiles[name];
    if (!p?.sso_account_id || !p.sso_role_name) return undefined;
    const session: SsoSession | undefined = p.sso_session
      ? resolveSession(config, p.sso_session)
      : p.sso_start_url && p.sso_region
      ? { startUrl: p.sso_start_url, region: p.sso_region, scopes: [] }
      : undefined;
    return session && await roleCachePath(deps.env, session, p.sso_account_id, p.sso_role_name);
  } catch {
    // A config file that does not read: the removal below says so.
    return undefined;
  }
}

/**
 * Removes profile `name` from the credentials and config files, and its cached credentials. A
 * profile in neither file is an error listing the profiles there, with nothing changed.
 */
export async function removeProfile(
  name: string,
  deps: Deps,
  log: (line: string) => void,
  lang: Lang,
): Promise<ProfileRemoval> {
  const targets = [
    { path: credentialsFilePath(undefined, deps.env), section: name, config: false },
    { path: configFilePath(deps.env), section: profileSection(name), config: true },
  ];
  const roleCache = await ssoRoleCache(deps, name);
  const files: ProfileRemoval["files"] = [];
  const known: string[] = [];
  for (const { path, section, config } of targets) {
    const bytes = await readAwsFileSettled(path);
    known.push(...profilesIn(bytes, config));
    if (bytes === undefined) continue;
    const edits = await editAwsFile(
      path,
      (text) => sectionNames(text).includes(section) ? [{ section, remove: true }] : [],
      { log, lang, deps },
      bytes,
    );
    if (edits.length > 0) files.push({ path, section });
  }
  if (files.length === 0) {
    throw new FlowError("profile_not_found", {
      profile: name,
      credentials: targets[0]!.path,
      config: targets[1]!.path,
      profiles: [...new Set(known)].join(", ") || "-",
    });
  }
  let cached = clearProfile(cacheRoot(deps.env, deps.os), name);
  if (roleCache && isSsoRoleCache(roleCache) && removeFile(roleCache)) cached++;
  return { files, cached };
}
