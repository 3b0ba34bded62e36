// Refreshing the Okta session with a refresh token (RFC 6749 §6), for apps that allow the
// Refresh Token grant and the offline_access scope.
import * as oauth from "oauth4webapi";
import { FlowError } from "../errors.ts";
import { callOptions, explainInvalidAnswer, type OktaOrg } from "./org.ts";
import { type OktaTokens, oktaTokensOf } from "./device_authorization.ts";

/**
 * RFC 6749 §6: new tokens for a refresh token, or undefined when Okta answers invalid_grant
 * (the refresh token expired or was revoked: the user must sign in again).
 */
export async function refreshOktaTokens(
  org: OktaOrg,
  refreshToken: string,
  scopes: string,
): Promise<OktaTokens | undefined> {
  try {
    const response = await oauth.refreshTokenGrantRequest(
      org.as,
      org.client,
      oauth.None(),
      refreshToken,
      { ...callOptions(org), additionalParameters: { scope: scopes } },
    );
    const tokens = oktaTokensOf(
      await oauth.processRefreshTokenResponse(org.as, org.client, response),
    );
    if (!tokens) return undefined;
    return { ...tokens, refresh_token: tokens.refresh_token ?? refreshToken };
  } catch (err) {
    if (err instanceof oauth.ResponseBodyError) {
      if (err.error === "invalid_grant") return undefined;
      throw new FlowError("token_failed", {
        host: org.url.host,
        error: err.error,
        description: err.error_description ?? "(no description)",
      }, { cause: err });
    }
    throw explainInvalidAnswer(err, org, "refresh");
  }
}
