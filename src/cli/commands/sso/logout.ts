// `okta-aws sso logout`: for every cached Identity Center token (or --sso-session's), the
// portal's Logout, then removal of exactly its token file, the AWS CLI's SSO role-credential
// cache entries and okta-aws's own cached credentials of that start URL.
import type { Deps } from "../../../deps.ts";
import { t } from "../../../i18n/messages.ts";
import { readSsoConfig, resolveSession } from "../../../aws/sso_config.ts";
import {
  cliCacheDir,
  isSsoRoleCache,
  listTokenFiles,
  readTokenFile,
  tokenCachePath,
} from "../../../aws/sso_cache.ts";
import type { CommandRequest } from "../../command.ts";
import { SSO_LOGOUT } from "./spec.ts";
import { serviceRun } from "../../network.ts";
import { ssoDeps } from "./_options.ts";
import { type CachedToken, sessionRoleFiles, sessionToken, signOut } from "./_sign_out.ts";

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
  let tokens: CachedToken[];
  /** The AWS CLI role-credential entries to remove. */
  let roleFiles: string[];
  if (only !== undefined) {
    const config = await readSsoConfig(deps.env);
    if (config.sessions[only] === undefined) {
      // The section is gone (sso remove, a hand edit): the token file is found by its name.
      tokens = await sessionToken(deps.env, only);
      if (tokens.length === 0) {
        log(t("notice_sso_nothing_to_sign_out", { session: only, path: config.path }, lang));
        return 0;
      }
      roleFiles = [];
    } else {
      const session = resolveSession(config, only);
      const path = await tokenCachePath(deps.env, session);
      const file = readTokenFile(path);
      tokens = file ? [{ path, file }] : [];
      roleFiles = await sessionRoleFiles(deps.env, config, session);
    }
  } else {
    tokens = listTokenFiles(deps.env);
    // Every session: every SSO entry, as `aws sso logout` does.
    roleFiles = ssoRoleCaches(deps.env);
  }
  const done = await signOut(tokens, roleFiles, sso, deps, log, lang);
  log(t("sso_logged_out", done, lang));
  return 0;
}
