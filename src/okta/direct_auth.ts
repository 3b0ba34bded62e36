// Okta direct authentication: the resource owner password grant, its `mfa_required` answer,
// the out-of-band push challenge (`/v1/challenge`, with a number to tap) and the mfa-oob
// grant polled per RFC 8628. Each step sends and validates; the loop lives in the flow.
import * as oauth from "oauth4webapi";
import { jsonObject } from "../text/json.ts";
import { FlowError } from "../errors.ts";
import { ensureOk } from "../http/client.ts";
import type { PollState } from "../http/poll.ts";
import { callOptions, explainInvalidAnswer, type OktaServer } from "./org.ts";
import type { AccessToken } from "./client_credentials.ts";

export const MFA_OOB_GRANT = "http://auth0.com/oauth/grant-type/mfa-oob";
export const DIRECT_SCOPE = "openid profile";

export interface OobChallenge {
  oob_code: string;
  interval: number;
  expires_in: number;
  /** `prompt` with a `binding_code`: the number the user taps in Okta Verify. */
  binding_method?: string;
  binding_code?: string;
}

function failed(server: OktaServer, err: oauth.ResponseBodyError): FlowError {
  return new FlowError("direct_auth_failed", {
    host: server.url.host,
    error: err.error,
    description: err.error_description ?? "(no description)",
  }, { cause: err });
}

/** One token-endpoint call of direct authentication (public client), processed. */
async function tokenCall(
  server: OktaServer,
  grantType: string,
  parameters: Record<string, string>,
): Promise<AccessToken> {
  const response = await oauth.genericTokenEndpointRequest(
    server.as,
    server.client,
    oauth.None(),
    grantType,
    { ...parameters, scope: DIRECT_SCOPE },
    callOptions(server),
  );
  const tokens = await oauth.processGenericTokenEndpointResponse(
    server.as,
    server.client,
    response,
  );
  return { access_token: tokens.access_token, expires_in: tokens.expires_in };
}

/**
 * `grant_type=password` (RFC 6749 §4.3). Okta answers 403 `mfa_required` with an
 * `mfa_token` when a factor is needed (returned as `{ mfa_token }`), or tokens when not.
 * Throws direct_credentials_refused (invalid_grant) or direct_auth_failed.
 */
export async function passwordGrant(
  server: OktaServer,
  username: string,
  password: string,
): Promise<AccessToken | { mfa_token: string }> {
  try {
    return await tokenCall(server, "password", { username, password });
  } catch (err) {
    if (err instanceof oauth.ResponseBodyError) {
      const mfaToken = jsonObject(err.cause)?.mfa_token;
      if (err.error === "mfa_required" && typeof mfaToken === "string") {
        return { mfa_token: mfaToken };
      }
      if (err.error === "invalid_grant") {
        throw new FlowError("direct_credentials_refused", { host: server.url.host }, {
          cause: err,
        });
      }
      throw failed(server, err);
    }
    throw explainInvalidAnswer(err, server, "password grant");
  }
}

/** `POST {server}/v1/challenge` for an Okta Verify push (`channel_hint=push`). */
export async function pushChallenge(server: OktaServer, mfaToken: string): Promise<OobChallenge> {
  const url = new URL(server.challengeEndpoint);
  const response = await server.http(url, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      client_id: server.client.client_id,
      mfa_token: mfaToken,
      challenge_types_supported: MFA_OOB_GRANT,
      channel_hint: "push",
    }).toString(),
  });
  const v = jsonObject(await response.json().catch(() => undefined)) ?? {};
  if (!response.ok) {
    if (typeof v.error === "string") {
      throw new FlowError("direct_auth_failed", {
        host: server.url.host,
        error: v.error,
        description: typeof v.error_description === "string"
          ? v.error_description
          : "(no description)",
      });
    }
    ensureOk(response, "POST", url);
  }
  if (typeof v.oob_code !== "string" || v.oob_code === "") {
    throw new FlowError("okta_answer_invalid", {
      host: server.url.host,
      step: "challenge",
      detail: "no oob_code",
    });
  }
  const seconds = (x: unknown, fallback: number) =>
    typeof x === "number" && Number.isFinite(x) && x > 0 ? x : fallback;
  return {
    oob_code: v.oob_code,
    interval: seconds(v.interval, 5),
    expires_in: Math.min(seconds(v.expires_in, 300), 1800),
    ...(typeof v.binding_method === "string" ? { binding_method: v.binding_method } : {}),
    ...(typeof v.binding_code === "string" && /^[0-9]{1,4}$/.test(v.binding_code)
      ? { binding_code: v.binding_code }
      : {}),
  };
}

/**
 * One poll of the mfa-oob grant: tokens once the push is approved, a PollState while it is
 * not; throws mfa_denied (access_denied), mfa_expired (expired_token) or direct_auth_failed.
 */
export async function mfaOobToken(
  server: OktaServer,
  challenge: OobChallenge,
  mfaToken: string,
): Promise<AccessToken | PollState> {
  try {
    return await tokenCall(server, MFA_OOB_GRANT, {
      oob_code: challenge.oob_code,
      mfa_token: mfaToken,
    });
  } catch (err) {
    if (err instanceof oauth.ResponseBodyError) {
      switch (err.error) {
        case "authorization_pending":
        case "slow_down":
          return err.error;
        case "access_denied":
          throw new FlowError("mfa_denied", {}, { cause: err });
        case "expired_token":
          throw new FlowError("mfa_expired", {
            minutes: Math.max(1, Math.round(challenge.expires_in / 60)),
          }, { cause: err });
      }
      throw failed(server, err);
    }
    throw explainInvalidAnswer(err, server, "mfa-oob grant");
  }
}
