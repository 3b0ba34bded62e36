// `okta-aws direct`: Okta direct authentication (PROTOCOLS section 3): the password grant,
// an Okta Verify push (the number to tap shown), the mfa-oob grant polled by the shared
// RFC 8628 loop, then STS AssumeRoleWithWebIdentity, as a provider. For hosts with no browser.
import { policyKey } from "../../aws/session_policy.ts";
import type { CredentialProvider, RetrieveRequest } from "../../credentials.ts";
import { FlowError } from "../../errors.ts";
import { phrase, t } from "../../i18n/messages.ts";
import { pollUntilDone } from "../../http/poll.ts";
import { mfaOobToken, passwordGrant, pushChallenge } from "../../okta/direct_auth.ts";
import { timed } from "../web/deps.ts";
import {
  assumeWithToken,
  type HeadlessDeps,
  type HeadlessOptions,
  headlessServer,
} from "./common.ts";

export interface DirectOptions extends HeadlessOptions {
  username: string;
}

export interface DirectDeps extends HeadlessDeps {
  /** The password: OKTA_AWSCLI_PASSWORD, or a prompt with echo off. Asked only when needed. */
  password: () => Promise<string>;
}

export function directProvider(options: DirectOptions, deps: DirectDeps): CredentialProvider {
  return {
    identity: {
      org: options.org.origin,
      flow: "direct",
      client: options.clientId,
      authz: options.authzId ?? "",
      user: options.username,
      role: options.roleArn,
      session: options.roleSessionName,
      duration: options.sessionDuration,
      ...(options.policies ? { policies: policyKey(options.policies) } : {}),
    },
    async retrieve(request?: RetrieveRequest) {
      // Every direct sign-in waits for the user's approval: not while their command runs.
      if (request?.renewing) {
        throw new FlowError("renewal_needs_user", {
          reason: phrase("reason_renewal_direct"),
          next: phrase("next_renewal_direct"),
        });
      }
      const server = headlessServer(options, deps, "direct");
      const password = await deps.password();
      const first = await timed(
        deps,
        `password grant (${server.as.token_endpoint})`,
        () => passwordGrant(server, options.username, password),
      );
      let accessToken: string;
      if ("access_token" in first) accessToken = first.access_token;
      else {
        const challenge = await pushChallenge(server, first.mfa_token);
        deps.log(
          challenge.binding_code
            ? t("notice_mfa_number", {
              number: challenge.binding_code,
              username: options.username,
            }, deps.lang)
            : t("notice_mfa_push", { username: options.username }, deps.lang),
        );
        try {
          const tokens = await pollUntilDone(
            () => mfaOobToken(server, challenge, first.mfa_token),
            {
              interval: challenge.interval,
              deadline: deps.now() + challenge.expires_in * 1000,
              lifetime: challenge.expires_in,
              now: deps.now,
              sleep: deps.sleep,
              onSlowDown: (seconds) => deps.log(t("notice_slow_down", { seconds }, deps.lang)),
            },
          );
          accessToken = tokens.access_token;
        } catch (err) {
          if (err instanceof FlowError && err.code === "device_code_expired") {
            throw new FlowError("mfa_expired", err.params, { cause: err });
          }
          throw err;
        } finally {
          deps.status?.(undefined);
        }
      }
      return [await assumeWithToken(accessToken, server.as.issuer, options, deps)];
    },
  };
}
