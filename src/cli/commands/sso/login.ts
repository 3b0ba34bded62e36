// `okta-aws sso login`: the profile's (or --sso-session's) Identity Center sign-in, written to
// the AWS CLI's token cache (okta-aws's own with --no-aws-cli-cache); a token with over 15
// minutes left is kept unless --force.
import type { Deps } from "../../../deps.ts";
import { t } from "../../../i18n/messages.ts";
import { ssoLogin } from "../../../flow/sso/mod.ts";
import type { CommandRequest } from "../../command.ts";
import { SSO_LOGIN } from "./spec.ts";
import { serviceRun } from "../../network.ts";
import { loginOptions, oneTarget, sessionOf, ssoDeps } from "./_options.ts";

export async function run(request: CommandRequest, world: Deps): Promise<number> {
  const run = await serviceRun(SSO_LOGIN, request, world);
  const { values, lang, live, deps } = run;
  oneTarget(run, "okta-aws sso login");
  const log = live.log;
  const { session } = await sessionOf(values, deps.env);
  const result = await ssoLogin(
    loginOptions(values, session, deps, values.force),
    ssoDeps(deps, values, lang, log),
  );
  log(
    result.reused
      ? t("sso_still_logged_in", { url: session.startUrl, expires: result.file.expiresAt }, lang)
      : t("sso_logged_in", { url: session.startUrl }, lang),
  );
  return 0;
}
