// OAuth 2.0 Device Authorization Grant (RFC 8628) against the Okta org authorization server:
// the device authorization request, and the token polling loop.
import * as oauth from "oauth4webapi";
import { FlowError } from "../errors.ts";
import { callOptions, explainInvalidAnswer, type OktaOrg } from "./org.ts";
import { pollExpired, type PollSchedule, type PollState, pollUntilDone } from "../http/poll.ts";

export const DEVICE_CODE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";
const DEFAULT_INTERVAL_S = 5;
/** Okta's device codes live 10 minutes; a longer claim is capped at 30. */
const MAX_EXPIRES_IN_S = 1800;

export interface DeviceAuthorization {
  device_code: string;
  user_code: string;
  verification_uri: string;
  verification_uri_complete?: string;
  expires_in: number;
  interval?: number;
}

export interface OktaTokens {
  access_token: string;
  id_token: string;
  token_type: string;
  expires_in?: number;
  scope?: string;
  refresh_token?: string;
}

/**
 * The tokens okta-aws keeps from a token endpoint answer oauth4webapi has checked; undefined
 * without the id_token the token exchange needs.
 */
export function oktaTokensOf(t: oauth.TokenEndpointResponse): OktaTokens | undefined {
  if (typeof t.id_token !== "string") return undefined;
  return {
    access_token: t.access_token,
    id_token: t.id_token,
    token_type: t.token_type,
    ...(typeof t.expires_in === "number" ? { expires_in: t.expires_in } : {}),
    ...(typeof t.scope === "string" ? { scope: t.scope } : {}),
    ...(typeof t.refresh_token === "string" ? { refresh_token: t.refresh_token } : {}),
  };
}

function describe(err: oauth.ResponseBodyError) {
  return { error: err.error, description: err.error_description ?? "(no description)" };
}

/**
 * RFC 8628 §3.1-3.2: asks Okta for a device code. Okta's 400 answers are explained:
 * `unauthorized_client` means the Device Authorization grant is off (guide step 1.1),
 * `invalid_client` a wrong client id.
 */
export async function requestDeviceAuthorization(
  org: OktaOrg,
  scope: string,
): Promise<DeviceAuthorization> {
  try {
    const response = await oauth.deviceAuthorizationRequest(
      org.as,
      org.client,
      oauth.None(),
      { scope },
      callOptions(org),
    );
    const answer = await oauth.processDeviceAuthorizationResponse(org.as, org.client, response);
    return { ...answer, expires_in: Math.min(answer.expires_in, MAX_EXPIRES_IN_S) };
  } catch (err) {
    if (err instanceof oauth.ResponseBodyError) {
      const params = { host: org.url.host, clientId: org.client.client_id, ...describe(err) };
      if (err.error === "unauthorized_client") {
        throw new FlowError("device_grant_not_enabled", params, { cause: err });
      }
      if (err.error === "invalid_client") {
        throw new FlowError("invalid_client", params, { cause: err });
      }
      throw new FlowError("device_authorization_failed", params, { cause: err });
    }
    throw explainInvalidAnswer(err, org, "device authorization");
  }
}

export type PollOptions = Pick<
  PollSchedule,
  "now" | "sleep" | "onSlowDown" | "onBusy" | "onWait"
>;

/**
 * RFC 8628 §3.4-3.5: polls the token endpoint until the user approves, by the rules of
 * pollUntilDone() (interval, slow_down, busy answers, the code's lifetime); stops on
 * `access_denied` and `expired_token`.
 */
export function pollDeviceToken(
  org: OktaOrg,
  authorization: DeviceAuthorization,
  options: PollOptions,
): Promise<OktaTokens> {
  const attempt = async (): Promise<OktaTokens | PollState> => {
    try {
      const response = await oauth.deviceCodeGrantRequest(
        org.as,
        org.client,
        oauth.None(),
        authorization.device_code,
        callOptions(org),
      );
      const tokens = oktaTokensOf(
        await oauth.processDeviceCodeResponse(org.as, org.client, response),
      );
      if (!tokens) {
        throw new FlowError("token_failed", {
          host: org.url.host,
          error: "no id_token",
          description: "the token response lacks the id_token the token exchange needs",
        });
      }
      return tokens;
    } catch (err) {
      if (err instanceof FlowError) throw err;
      if (err instanceof oauth.ResponseBodyError) {
        switch (err.error) {
          case "authorization_pending":
          case "slow_down":
            return err.error;
          case "expired_token":
            throw pollExpired(authorization.expires_in, err);
          case "access_denied":
            throw new FlowError("access_denied", {}, { cause: err });
          default:
            throw new FlowError(
              "token_failed",
              { host: org.url.host, ...describe(err) },
              { cause: err },
            );
        }
      }
      throw explainInvalidAnswer(err, org, "device token");
    }
  };
  return pollUntilDone(attempt, {
    ...options,
    interval: authorization.interval ?? DEFAULT_INTERVAL_S,
    deadline: options.now() + authorization.expires_in * 1000,
    lifetime: authorization.expires_in,
  });
}
