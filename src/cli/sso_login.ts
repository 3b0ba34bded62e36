// `okta-aws sso login`: the profile's (or --sso-session's) Identity Center sign-in, written to
// the AWS CLI's token cache; a token with over 15 minutes left is kept unless --force.
import type { Deps } from "../deps.ts";
import { t } from "../i18n/messages.ts";
import { ssoLogin } from "../flow/sso_login.ts";
import type { CommandRequest } from "./tree.ts";
import { booleanSetting } from "./settings.ts";
import { serviceRun } from "./network.ts";
import { loginOptions, oneTarget, sessionOf, ssoDeps } from "./sso_options.ts";

export async function run(request: CommandRequest, world: Deps): Promise<number> {
  const { settings, lang, live, deps } = await serviceRun(request, world);
  oneTarget(settings, "okta-aws sso login");
  const log = live.log;
  const { session } = await sessionOf(settings, deps.env);
  const result = await ssoLogin(
    loginOptions(settings, session, deps, booleanSetting(settings, "force")),
    ssoDeps(deps, settings, lang, log),
  );
  log(
    result.reused
      ? t("sso_still_logged_in", { url: session.startUrl, expires: result.file.expiresAt }, lang)
      : t("sso_logged_in", { url: session.startUrl }, lang),
  );
  return 0;
}
