// `okta-aws sso logout`: for every cached Identity Center token (or --sso-session's), the
// portal's Logout, then removal of exactly its token file, the AWS CLI's SSO role-credential
// cache entries and okta-aws's own cached credentials of that start URL.
import type { Deps } from "../deps.ts";
import { t } from "../i18n/messages.ts";
import { progress } from "../ui/progress.ts";
import { logout } from "../aws/identity_center.ts";
import { readSsoConfig, resolveSession } from "../aws/sso_config.ts";
import {
  cliCacheDir,
  isSsoRoleCache,
  listTokenFiles,
  readTokenFile,
  tokenCachePath,
} from "../aws/sso_cache.ts";
import { cacheRoot } from "../cache/paths.ts";
import { clearCache } from "../cache/inventory.ts";
import { removeFile } from "../cache/store.ts";
import type { CommandRequest } from "./tree.ts";
import { loadSettings, stringSetting } from "./settings.ts";
import { ssoDeps } from "./sso_options.ts";

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

export async function run(request: CommandRequest, deps: Deps): Promise<number> {
  const { settings, lang } = await loadSettings(request.command, request.flags, deps);
  request.setLang(lang);
  const log = progress(deps.stderr, deps.stderrIsTerminal).log;
  const sso = ssoDeps(deps, settings, lang, log);
  const only = stringSetting(settings, "sso-session");
  let tokens;
  if (only !== undefined) {
    const session = resolveSession(await readSsoConfig(deps.env), only);
    const path = await tokenCachePath(deps.env, session);
    const file = readTokenFile(path);
    tokens = file ? [{ path, file }] : [];
  } else tokens = listTokenFiles(deps.env);
  for (const { file } of tokens) {
    try {
      await logout(
        { http: sso.http, region: file.region, endpoint: sso.endpoints.portal },
        file.accessToken,
      );
    } catch (err) {
      const reason = err instanceof Error ? err.message.split("\n")[0]! : String(err);
      log(t("notice_sso_logout_failed", { url: file.startUrl, reason }, lang));
    }
  }
  let removed = 0;
  for (const { path } of tokens) if (removeFile(path)) removed++;
  // Role credentials cached by the AWS CLI (or by us for it) are keyed by hashes that name no
  // start URL: the AWS CLI removes every SSO entry at logout, and so do we. With
  // --sso-session, only when no other session's token is left to need them.
  const others = only !== undefined && listTokenFiles(deps.env).length > 0;
  let roles = 0;
  if (!others) { for (const path of ssoRoleCaches(deps.env)) if (removeFile(path)) roles++; }
  const root = cacheRoot(deps.env, deps.os);
  for (const { file } of tokens) roles += clearCache(root, file.startUrl);
  log(t("sso_logged_out", { sessions: tokens.length, tokens: removed, roles }, lang));
  return 0;
}
