// `okta-aws direct`: settings -> the direct-authentication provider (password, Okta Verify
// push, AssumeRoleWithWebIdentity) -> the pipeline. Both the username and a password are
// needed: the password from OKTA_AWSCLI_PASSWORD (or the flag), else a prompt with echo off.
import type { Deps } from "../deps.ts";
import { UsageError } from "../errors.ts";
import { phrase, t } from "../i18n/messages.ts";
import { askSecret } from "../ui/ask.ts";
import { directProvider } from "../flow/direct.ts";
import type { CommandRequest } from "./tree.ts";
import { stringSetting } from "./settings.ts";
import { runHeadless } from "./headless_options.ts";

export function run(request: CommandRequest, deps: Deps): Promise<number> {
  return runHeadless(
    request,
    deps,
    [{ name: "username", env: "OKTA_AWSCLI_USERNAME", what: "what_username" }],
    "password",
    ({ settings, lang }, options, flow) => {
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
      return directProvider({ ...options, username }, {
        ...flow,
        password: () =>
          given !== undefined
            ? Promise.resolve(given)
            : askSecret(t("ask_password", { username }, lang)),
      });
    },
  );
}
