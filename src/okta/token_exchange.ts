// OAuth 2.0 Token Exchange (RFC 8693 §2.1) of the OIDC tokens for a web SSO token of the
// AWS Account Federation app, and the Okta error texts that explain a refusal.
import * as oauth from "oauth4webapi";
import { FlowError } from "../errors.ts";
import { callOptions, explainInvalidAnswer, type OktaOrg } from "./org.ts";
import type { OktaTokens } from "./device_authorization.ts";

export const TOKEN_EXCHANGE_GRANT = "urn:ietf:params:oauth:grant-type:token-exchange";
export const ACCESS_TOKEN_TYPE = "urn:ietf:params:oauth:token-type:access_token";
export const ID_TOKEN_TYPE = "urn:ietf:params:oauth:token-type:id_token";
export const WEB_SSO_TOKEN_TYPE = "urn:okta:oauth:token-type:web_sso_token";

/**
 * RFC 8693 §2.1-2.2: exchanges the access token (actor) and id token (subject) for a web SSO
 * token with audience `urn:okta:apps:<appId>`. Okta answers `token_type` `N_A` (§2.2.1) or
 * `Bearer`; both are accepted.
 */
export async function exchangeForWebSsoToken(
  org: OktaOrg,
  tokens: OktaTokens,
  appId: string,
): Promise<string> {
  try {
    const response = await oauth.genericTokenEndpointRequest(
      org.as,
      org.client,
      oauth.None(),
      TOKEN_EXCHANGE_GRANT,
      {
        actor_token: tokens.access_token,
        actor_token_type: ACCESS_TOKEN_TYPE,
        subject_token: tokens.id_token,
        subject_token_type: ID_TOKEN_TYPE,
        requested_token_type: WEB_SSO_TOKEN_TYPE,
        audience: `urn:okta:apps:${appId}`,
      },
      callOptions(org),
    );
    const result = await oauth.processGenericTokenEndpointResponse(org.as, org.client, response, {
      recognizedTokenTypes: { n_a: () => {} },
    });
    return result.access_token;
  } catch (err) {
    if (err instanceof oauth.ResponseBodyError) throw explainExchangeError(err, org, appId);
    throw explainInvalidAnswer(err, org, "token exchange");
  }
}

function explainExchangeError(err: oauth.ResponseBodyError, org: OktaOrg, appId: string) {
  const description = err.error_description ?? "";
  const params = {
    appId,
    clientId: org.client.client_id,
    error: err.error,
    description: description || "(no description)",
  };
  if (err.error === "unauthorized_client") {
    return new FlowError("token_exchange_not_enabled", params, { cause: err });
  }
  if (/allow the client to request a 'web_sso_token'|web_sso_token/i.test(description)) {
    return new FlowError("web_sso_client_not_allowed", params, { cause: err });
  }
  if (/assurance requirements/i.test(description)) {
    return new FlowError("assurance_not_met", params, { cause: err });
  }
  if (/'subject_token'/.test(description) || /subject_token/.test(description)) {
    return new FlowError("subject_token_invalid", params, { cause: err });
  }
  return new FlowError("token_exchange_failed", params, { cause: err });
}
