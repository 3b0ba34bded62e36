// OAuth 2.0 client credentials with private_key_jwt client authentication (RFC 6749 §4.4,
// RFC 7523 §2.2) against an Okta authorization server: the m2m flow's token step.
import * as oauth from "oauth4webapi";
import { FlowError } from "../errors.ts";
import { callOptions, explainInvalidAnswer, type OktaServer } from "./org.ts";
import type { SigningKey } from "./private_key.ts";

/** The assertion lives 5 minutes (okta-aws-cli: 1 hour): long enough for one token call. */
export const ASSERTION_LIFETIME_S = 300;

export interface AccessToken {
  access_token: string;
  expires_in?: number;
}

/**
 * `POST {server}/v1/token` with `grant_type=client_credentials`, `scope`, and a client
 * assertion signed by `key` (RFC 7523): `kid` = the key id, `iss` = `sub` = the client id,
 * `aud` = the token endpoint, `exp` = `iat` + 300 s, `jti` a random UUID. Throws
 * client_assertion_refused (invalid_client) or m2m_token_failed.
 */
export async function clientCredentialsToken(
  server: OktaServer,
  signing: SigningKey,
  keyId: string,
  scope: string,
): Promise<AccessToken> {
  const auth = oauth.PrivateKeyJwt({ key: signing.key, kid: keyId }, {
    [oauth.modifyAssertion]: (_header, payload) => {
      payload.aud = server.as.token_endpoint;
      payload.exp = Number(payload.iat) + ASSERTION_LIFETIME_S;
      payload.jti = crypto.randomUUID();
    },
  });
  try {
    const response = await oauth.clientCredentialsGrantRequest(
      server.as,
      server.client,
      auth,
      { scope },
      callOptions(server),
    );
    const tokens = await oauth.processClientCredentialsResponse(server.as, server.client, response);
    return { access_token: tokens.access_token, expires_in: tokens.expires_in };
  } catch (err) {
    if (err instanceof oauth.ResponseBodyError) {
      const params = {
        host: server.url.host,
        error: err.error,
        description: err.error_description ?? "(no description)",
      };
      throw new FlowError(
        err.error === "invalid_client" ? "client_assertion_refused" : "m2m_token_failed",
        params,
        { cause: err },
      );
    }
    throw explainInvalidAnswer(err, server, "client credentials");
  }
}
