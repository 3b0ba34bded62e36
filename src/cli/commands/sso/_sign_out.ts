// Signing out of Identity Center sessions (sso logout, and sso remove --sso-session): the
// portal's Logout for each token, then exactly its token file (in the AWS CLI's cache or
// okta-aws's, --no-aws-cli-cache or not), the AWS CLI's SSO role-credential entries given, and
// okta-aws's own cached credentials of that start URL.
import type { Deps } from "../../../deps.ts";
import type { Lang } from "../../../i18n/phrase.ts";
import { t } from "../../../i18n/messages.ts";
import { logout } from "../../../aws/identity_center.ts";
import { profilesOf, type SsoConfigFile, type SsoSession } from "../../../aws/sso_config.ts";
import { type CachedToken, isSsoRoleCache, roleCachePath } from "../../../aws/sso_cache.ts";
import { tokensOf } from "../../../cache/sso_tokens.ts";
import { cacheRoot } from "../../../cache/paths.ts";
import { clearCache } from "../../../cache/inventory.ts";
import { removeFile } from "../../../cache/store.ts";
import type { SsoDeps } from "../../../flow/sso/mod.ts";

/** The token files of a session named `name`, found by their file names (no config needed). */
export function sessionToken(sso: SsoDeps, name: string): Promise<CachedToken[]> {
  return tokensOf(sso.tokens, { name, startUrl: "" });
}

/** A session's entries: their names are hashes of its profiles' account and role. */
export function sessionRoleFiles(
  env: Readonly<Record<string, string>>,
  config: SsoConfigFile,
  session: SsoSession,
): Promise<string[]> {
  return Promise.all(
    profilesOf(config, session).map((p) =>
      roleCachePath(
        env,
        session,
        config.profiles[p]?.sso_account_id ?? "",
        config.profiles[p]?.sso_role_name ?? "",
      )
    ),
  );
}

/** Signs out of each token's session; returns what went (sessions, token files, role sets). */
export async function signOut(
  tokens: readonly CachedToken[],
  roleFiles: readonly string[],
  sso: SsoDeps,
  deps: Deps,
  log: (line: string) => void,
  lang: Lang,
): Promise<{ sessions: number; tokens: number; roles: number }> {
  for (const { file } of tokens) {
    try {
      await logout(
        { http: sso.http.portal, region: file.region, endpoint: sso.endpoints.portal },
        file.accessToken,
      );
    } catch (err) {
      const reason = err instanceof Error ? err.message.split("\n")[0]! : String(err);
      log(t("notice_sso_logout_failed", { url: file.startUrl, reason }, lang));
    }
  }
  let removed = 0;
  for (const { path } of tokens) if (removeFile(path)) removed++;
  let roles = 0;
  for (const path of roleFiles) if (isSsoRoleCache(path) && removeFile(path)) roles++;
  const root = cacheRoot(deps.env, deps.os);
  for (const { file } of tokens) roles += clearCache(root, file.startUrl);
  return { sessions: tokens.length, tokens: removed, roles };
}
