// `okta-aws sso logout`: for every cached Identity Center token (or --sso-session's), the
// portal's Logout, then removal of exactly its token file, the AWS CLI's SSO role-credential
// cache entries and okta-aws's own cached credentials of that start URL.
import type { Deps } from "../../../deps.ts";
import { t } from "../../../i18n/messages.ts";
import { logout } from "../../../aws/identity_center.ts";
import { profilesOf, readSsoConfig, resolveSession } from "../../../aws/sso_config.ts";
import {
  cliCacheDir,
  isSsoRoleCache,
  listTokenFiles,
  readTokenFile,
  roleCachePath,
  tokenCachePath,
} from "../../../aws/sso_cache.ts";
import { cacheRoot } from "../../../cache/paths.ts";
import { clearCache } from "../../../cache/inventory.ts";
import { removeFile } from "../../../cache/store.ts";
import type { CommandRequest } from "../../command.ts";
import { SSO_LOGOUT } from "./spec.ts";
import { serviceRun } from "../../network.ts";
import { ssoDeps } from "./_options.ts";

/** The AWS CLI's role-credential cache files from Identity Center. */
function ssoRoleCaches(env: Readonly<Record<string, string>>): string[] {
  const dir = cliCacheDir(env);
  try {
    return [...Deno.readDirSync(dir)]
      .filter((e) => e.isFile && e.name.endsWith(".json"))
      .map((e) => `${dir}/${e.name}`)
      .filter(isSsoRoleCache);
  } catch {
    return [];
  }
}

export async function run(request: CommandRequest, world: Deps): Promise<number> {
  const { values, lang, live, deps } = await serviceRun(SSO_LOGOUT, request, world);
  const log = live.log;
  const sso = ssoDeps(deps, values, lang, log);
  const only = values.ssoSession;
  let tokens;
  /** The AWS CLI role-credential entries to remove. */
  let roleFiles: string[];
  if (only !== undefined) {
    const config = await readSsoConfig(deps.env);
    const session = resolveSession(config, only);
    const path = await tokenCachePath(deps.env, session);
    const file = readTokenFile(path);
    tokens = file ? [{ path, file }] : [];
    // Exactly this session's entries: their names are hashes of its profiles' account and role.
    roleFiles = await Promise.all(
      profilesOf(config, session).map((p) =>
        roleCachePath(
          deps.env,
          session,
          config.profiles[p]?.sso_account_id ?? "",
          config.profiles[p]?.sso_role_name ?? "",
        )
      ),
    );
  } else {
    tokens = listTokenFiles(deps.env);
    // Every session: every SSO entry, as `aws sso logout` does.
    roleFiles = ssoRoleCaches(deps.env);
  }
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
  log(t("sso_logged_out", { sessions: tokens.length, tokens: removed, roles }, lang));
  return 0;
}
