// `okta-aws direct`: settings -> the direct-authentication provider (password, Okta Verify
// push, AssumeRoleWithWebIdentity) -> the pipeline. Both the username and a password are
// needed: the password from OKTA_AWSCLI_PASSWORD (or the flag), else a prompt with echo off.
import type { Deps } from "../deps.ts";
import { UsageError } from "../errors.ts";
import { phrase, t } from "../i18n/messages.ts";
import { progress } from "../ui/progress.ts";
import { askSecret } from "../ui/ask.ts";
import { directProvider } from "../flow/direct.ts";
import type { CommandRequest } from "./tree.ts";
import { loadSettings, stringSetting } from "./settings.ts";
import { selectOutputs } from "./outputs.ts";
import { deliver } from "./pipeline.ts";
import { headlessDeps, headlessOptions, warnSecretFlag } from "./headless_options.ts";

export async function run(request: CommandRequest, deps: Deps): Promise<number> {
  const { settings, dotenvRegion, lang } = await loadSettings(
    request.command,
    request.flags,
    deps,
  );
  request.setLang(lang);
  const live = progress(deps.stderr, deps.stderrIsTerminal);
  const outputs = selectOutputs(settings, request.rest, {
    notice: (key, params) => live.log(t(key, params, lang)),
    dotenvRegion,
  });
  const { options, refreshWindowSeconds, adminDomainGiven } = headlessOptions(
    settings,
    { ...dotenvRegion, ...deps.env },
    deps,
    [{ name: "username", env: "OKTA_AWSCLI_USERNAME", what: "what_username" }],
  );
  if (adminDomainGiven) {
    live.log(t("notice_admin_domain", { given: adminDomainGiven, fixed: options.org.host }, lang));
  }
  warnSecretFlag(settings, "password", live.log, lang);
  const username = stringSetting(settings, "username")!;
  const given = stringSetting(settings, "password");
  if (given === undefined && !deps.interactive) {
    // No terminal to ask on (CI, credential_process): say which variable answers, up front.
    throw new UsageError("usage_missing", {
      what: phrase("what_password"),
      flag: "--password",
      env: "OKTA_AWSCLI_PASSWORD",
    });
  }
  const flow = headlessDeps(deps, settings, lang, live);
  const provider = directProvider({ ...options, username }, {
    ...flow,
    password: () =>
      given !== undefined
        ? Promise.resolve(given)
        : askSecret(t("ask_password", { username }, lang)),
  });
  return await deliver(
    {
      provider,
      command: request.rest,
      outputs,
      refreshWindowSeconds,
      signInTo: options.org.host,
      trace: flow.trace,
    },
    deps,
    lang,
  );
}
