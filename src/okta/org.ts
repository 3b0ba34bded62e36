// The Okta org authorization server as oauth4webapi sees it, built from the org URL without
// a discovery round trip, and the per-call options (our fetch, http only for loopback).
import * as oauth from "oauth4webapi";
import type { Fetch } from "../http/client.ts";
import { FlowError } from "../errors.ts";

export interface OktaOrg {
  /** `https://acme.okta.com` (or `http://127.0.0.1:PORT` in tests). */
  url: URL;
  as: oauth.AuthorizationServer;
  client: oauth.Client;
  http: Fetch;
}

/** True for hosts where plain http is allowed: the loopback interface only. */
export function isLoopback(host: string): boolean {
  return host === "localhost" || host === "[::1]" || /^127(\.\d{1,3}){3}$/.test(host);
}

/** Describes the org authorization server (`{org}/oauth2/v1/...`, issuer = org URL). */
export function oktaOrg(url: URL, clientId: string, http: Fetch): OktaOrg {
  const base = url.origin;
  return {
    url,
    http,
    client: { client_id: clientId, token_endpoint_auth_method: "none" },
    as: {
      issuer: base,
      device_authorization_endpoint: `${base}/oauth2/v1/device/authorize`,
      token_endpoint: `${base}/oauth2/v1/token`,
    },
  };
}

/** An authorization server of the org with the endpoints direct authentication also uses. */
export interface OktaServer extends OktaOrg {
  /** `{issuer}/v1/challenge` (org server: `{org}/oauth2/v1/challenge`). */
  challengeEndpoint: string;
}

/**
 * A custom authorization server (`{org}/oauth2/{id}`, its issuer), or with no id the org
 * authorization server (`{org}/oauth2/v1/...`, issuer = the org URL): no discovery round trip.
 */
export function oktaServer(
  url: URL,
  clientId: string,
  http: Fetch,
  authzId: string | undefined,
): OktaServer {
  const base = url.origin;
  const issuer = authzId ? `${base}/oauth2/${encodeURIComponent(authzId)}` : base;
  const endpoints = authzId ? `${issuer}/v1` : `${base}/oauth2/v1`;
  return {
    url,
    http,
    client: { client_id: clientId, token_endpoint_auth_method: "none" },
    as: { issuer, token_endpoint: `${endpoints}/token` },
    challengeEndpoint: `${endpoints}/challenge`,
  };
}

/** Options for every oauth4webapi call: our fetch, and http allowed for loopback only. */
export function callOptions(org: OktaOrg): {
  [oauth.customFetch]: Fetch;
  [oauth.allowInsecureRequests]: boolean;
} {
  return {
    [oauth.customFetch]: org.http,
    [oauth.allowInsecureRequests]: org.url.protocol === "http:" && isLoopback(org.url.hostname),
  };
}

/**
 * An answer oauth4webapi refused (a missing or malformed field, JSON that is not JSON) as a
 * FlowError naming the org and what was wrong; other errors are returned as they are.
 */
export function explainInvalidAnswer(err: unknown, org: OktaOrg, step: string): unknown {
  if (
    !(err instanceof oauth.OperationProcessingError) &&
    !(err instanceof oauth.UnsupportedOperationError)
  ) return err;
  return new FlowError("okta_answer_invalid", {
    host: org.url.host,
    step,
    detail: err.message.split("\n")[0]!,
  }, { cause: err });
}
