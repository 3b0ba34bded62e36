// `okta-aws sso logout`: for every cached Identity Center token (or --sso-session's), in the
// AWS CLI's cache and in okta-aws's own, the portal's Logout, then removal of exactly its token
// file, the AWS CLI's SSO role-credential cache entries and okta-aws's own cached credentials
// of that start URL.
import type { Deps } from "../../../deps.ts";
import { t } from "../../../i18n/messages.ts";
import { readSsoConfig, resolveSession } from "../../../aws/sso_config.ts";
import { type CachedToken, cliCacheDir, isSsoRoleCache } from "../../../aws/sso_cache.ts";
import { tokensOf } from "../../../cache/sso_tokens.ts";
import type { CommandRequest } from "../../command.ts";
import { SSO_LOGOUT } from "./spec.ts";
import { serviceRun } from "../../network.ts";
import { ssoDeps } from "./_options.ts";
import { sessionRoleFiles, sessionToken, signOut } from "./_sign_out.ts";

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
      tokens = await sessionToken(sso, only);
      if (tokens.length === 0) {
        log(t("notice_sso_nothing_to_sign_out", { session: only, path: config.path }, lang));
        return 0;
      }
      roleFiles = [];
    } else {
      const session = resolveSession(config, only);
      tokens = await tokensOf(sso.tokens, session);
      roleFiles = await sessionRoleFiles(deps.env, config, session);
    }
  } else {
    // Both places: the AWS CLI's cache and okta-aws's own (--no-aws-cli-cache).
    tokens = [...sso.tokens.use.list(), ...sso.tokens.other.list()];
    // Every session: every SSO entry, as `aws sso logout` does.
    roleFiles = ssoRoleCaches(deps.env);
  }
  const done = await signOut(tokens, roleFiles, sso, deps, log, lang);
  log(t("sso_logged_out", done, lang));
  return 0;
}
