// `okta-aws direct`: settings -> the direct-authentication provider (password, Okta Verify
// push, AssumeRoleWithWebIdentity) -> the pipeline. Both the username and a password are
// needed: the password from OKTA_AWSCLI_PASSWORD (or the flag), else a prompt with echo off.
import type { Deps } from "../../../deps.ts";
import { UsageError } from "../../../errors.ts";
import { phrase, t } from "../../../i18n/messages.ts";
import { askSecret } from "../../../ui/ask.ts";
import { directProvider } from "../../../flow/headless/mod.ts";
import type { CommandRequest } from "../../command.ts";
import { DIRECT, USERNAME } from "./spec.ts";
import { headlessDelivery } from "./_options.ts";
import { runCredentialCommand } from "../../credential_command.ts";

export function run(request: CommandRequest, deps: Deps): Promise<number> {
  return runCredentialCommand(DIRECT, request, deps, (run) => {
    const { values, sources, lang } = run;
    return headlessDelivery(
      run,
      values,
      [{ value: values.username, flag: USERNAME, what: "what_username" }],
      "user",
      sources.password === "flag" ? "notice_password_flag" : undefined,
      (options, flow) => {
        const username = values.username ?? "";
        const given = values.password;
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
  });
}
