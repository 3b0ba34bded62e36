// OAuth 2.0 Device Authorization Grant (RFC 8628) against the Okta org authorization server:
// the device authorization request, and the token polling loop.
import * as oauth from "oauth4webapi";
import { FlowError } from "../errors.ts";
import { callOptions, explainInvalidAnswer, type OktaOrg } from "./org.ts";

export const DEVICE_CODE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";
const DEFAULT_INTERVAL_S = 5;
const SLOW_DOWN_STEP_S = 5;
/** Okta's device codes live 10 minutes; a longer claim is capped at 30. */
const MAX_EXPIRES_IN_S = 1800;
/** Busy answers (429, 5xx) in a row before the poll gives up. */
const MAX_BUSY_IN_A_ROW = 10;

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

export interface PollOptions {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  /** Called when Okta asks for slower polling, with the new interval in seconds. */
  onSlowDown?: (intervalSeconds: number) => void;
  /** Called before waiting out a busy answer (429 or 5xx), with the wait in seconds. */
  onBusy?: (status: number, seconds: number) => void;
  /** Called before each wait, with the seconds the code has left. */
  onWait?: (secondsLeft: number) => void;
}

/**
 * RFC 8628 §3.4-3.5: polls the token endpoint until the user approves. Waits `interval`
 * (default 5 s) before each poll; `slow_down` adds 5 s to this and every later wait; a
 * network failure doubles the wait; a busy answer (429, 5xx) waits its Retry-After or a
 * doubled interval, up to 10 in a row; stops on `access_denied`, `expired_token`, or when
 * `expires_in` has passed.
 */
export async function pollDeviceToken(
  org: OktaOrg,
  authorization: DeviceAuthorization,
  options: PollOptions,
): Promise<OktaTokens> {
  let interval = Math.max(authorization.interval ?? DEFAULT_INTERVAL_S, 1);
  /** A busy answer's wait, when longer than the interval; 0 otherwise. */
  let busyWait = 0;
  let busy = 0;
  const deadline = options.now() + authorization.expires_in * 1000;
  const expired = () =>
    new FlowError("device_code_expired", {
      minutes: Math.max(1, Math.round(authorization.expires_in / 60)),
    });
  for (;;) {
    const wait = Math.max(interval, busyWait);
    busyWait = 0;
    if (options.now() + wait * 1000 > deadline) throw expired();
    options.onWait?.(Math.ceil((deadline - options.now()) / 1000));
    await options.sleep(wait * 1000);
    try {
      const response = await oauth.deviceCodeGrantRequest(
        org.as,
        org.client,
        oauth.None(),
        authorization.device_code,
        callOptions(org),
      );
      const tokens = await oauth.processDeviceCodeResponse(org.as, org.client, response);
      if (typeof tokens.id_token !== "string") {
        throw new FlowError("token_failed", {
          host: org.url.host,
          error: "no id_token",
          description: "the token response lacks the id_token the token exchange needs",
        });
      }
      return tokens as OktaTokens;
    } catch (err) {
      if (!(err instanceof FlowError && err.code === "server_busy")) busy = 0;
      if (err instanceof oauth.ResponseBodyError) {
        switch (err.error) {
          case "authorization_pending":
            continue;
          case "slow_down":
            interval += SLOW_DOWN_STEP_S;
            options.onSlowDown?.(interval);
            continue;
          case "expired_token":
            throw expired();
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
      if (err instanceof FlowError && err.code === "network") {
        interval *= 2;
        continue;
      }
      if (err instanceof FlowError && err.code === "server_busy") {
        if (++busy >= MAX_BUSY_IN_A_ROW) {
          throw new FlowError("server_busy", { ...err.params, tries: busy }, { cause: err });
        }
        busyWait = Math.max(Number(err.params.seconds) || 0, interval * 2);
        options.onBusy?.(Number(err.params.status), busyWait);
        continue;
      }
      throw explainInvalidAnswer(err, org, "device token");
    }
  }
}
