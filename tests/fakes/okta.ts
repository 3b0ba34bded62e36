// A fake Okta org on 127.0.0.1 speaking the wire protocol okta-aws uses: device authorization
// (RFC 8628), the token endpoint (device code, token exchange per RFC 8693), appLinks with
// Link pagination, /login/token/sso, and /.well-known/okta-organization. Scriptable per
// test; records every request it received.
import { createSigner } from "./jwt.ts";
import { samlPage } from "./saml.ts";
import { type Listen, serveFake } from "./serve.ts";

export interface OktaError {
  error: string;
  error_description?: string;
  status?: number;
}

export interface FakeOktaScript {
  /** Where it listens: HTTP on 127.0.0.1 unless told (serve.ts). */
  listen?: Listen;
  clientId: string;
  interval?: number;
  expiresIn?: number;
  /** Errors returned by successive device-code polls before the tokens are issued. */
  polls?: string[];
  /** Fail polls with this error forever (after `polls`). */
  pollForever?: string;
  /** Answer authorization_pending until approve() is called (a user slow to sign in). */
  holdUntilApproved?: boolean;
  deviceAuthorizeError?: OktaError;
  exchangeError?: OktaError;
  tokenType?: "N_A" | "Bearer";
  /** The user's AWS Federation apps (appLinks entries with appName amazon_aws). */
  apps?: { id: string; label: string }[];
  pageSize?: number;
  appLinksStatus?: number;
  /** Base64 SAMLResponse per app id. */
  assertions?: Record<string, string>;
  classic?: boolean;
  /** Serve this HTML at /login/token/sso instead of the form. */
  samlPageOverride?: string;
  /** Hold this many device-code polls for 1.5 s before answering (client timeouts). */
  stallPolls?: number;
  /** Allow offline_access: issue refresh tokens and honour the refresh_token grant. */
  allowRefresh?: boolean;
  /** expires_in of access tokens (default 3600). */
  accessTokenTtl?: number;
  /** Answer the token endpoint with this HTML (a captive portal). */
  captivePortal?: boolean;
  /** The id_token's `iss` when the org is reached through a front (tests/hostile). */
  issuer?: string;
  /** The org's clock is this far ahead of ours (its `Date` header), for doctor's skew check. */
  clockOffsetSeconds?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  form: Record<string, string>;
}

export interface FakeOkta {
  url: string;
  script: FakeOktaScript;
  requests: RecordedRequest[];
  /** Every secret value this fake issued, for leak checks. */
  secrets: string[];
  count(path: string, grant?: string): number;
  /** Ends every session: issued tokens stop working (as after an Okta sign-out). */
  revokeAll(): void;
  /** The user approves in the browser: held device codes get their tokens at the next poll. */
  approve(): void;
  close(): Promise<void>;
  /** `await using`: close() when the scope ends. */
  [Symbol.asyncDispose](): Promise<void>;
}

const DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";
const EXCHANGE_GRANT = "urn:ietf:params:oauth:grant-type:token-exchange";

function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", "cache-control": "no-store", ...headers },
  });
}

function oauthError(e: OktaError): Response {
  return json({ error: e.error, error_description: e.error_description ?? "" }, e.status ?? 400);
}

export async function startFakeOkta(script: FakeOktaScript): Promise<FakeOkta> {
  const signer = await createSigner();
  const requests: RecordedRequest[] = [];
  const secrets: string[] = [];
  const accessTokens = new Set<string>();
  const idTokens = new Set<string>();
  const webSsoTokens = new Map<string, string>();
  const deviceCodes = new Set<string>();
  const refreshTokens = new Set<string>();
  const offline = new Set<string>();
  const issueTokens = async (withRefresh: boolean) => {
    const now = Math.floor(Date.now() / 1000);
    const access_token = issue("okta-at");
    const id_token = await signer.sign({
      sub: "00u1fakeuser",
      ver: 1,
      iss: script.issuer ?? origin,
      aud: script.clientId,
      iat: now,
      exp: now + 3600,
      jti: crypto.randomUUID(),
      amr: ["pwd", "mfa"],
      idp: "00o1fake",
      auth_time: now - 10,
    });
    secrets.push(id_token);
    accessTokens.add(access_token);
    idTokens.add(id_token);
    const body: Record<string, unknown> = {
      token_type: "Bearer",
      expires_in: script.accessTokenTtl ?? 3600,
      access_token,
      scope: "openid okta.apps.sso okta.users.read.self",
      id_token,
    };
    if (withRefresh) {
      const refresh_token = issue("okta-rt");
      refreshTokens.add(refresh_token);
      body.refresh_token = refresh_token;
      body.scope += " offline_access";
    }
    return body;
  };
  let polls = 0;
  let approved = false;
  let origin = "";
  const issue = (prefix: string) => {
    const value = `${prefix}-${crypto.randomUUID()}`;
    secrets.push(value);
    return value;
  };

  const handler = async (req: Request): Promise<Response> => {
    const url = new URL(req.url);
    const form: Record<string, string> = {};
    if (req.method === "POST") {
      for (const [k, v] of new URLSearchParams(await req.text())) form[k] = v;
    }
    requests.push({
      method: req.method,
      path: url.pathname,
      headers: Object.fromEntries(req.headers),
      form,
    });
    // One handler per endpoint (method and path; * for any method).
    const routes: Record<string, () => Response | Promise<Response>> = {
      "POST /oauth2/v1/device/authorize": () => {
        if (script.deviceAuthorizeError) return oauthError(script.deviceAuthorizeError);
        if (form.client_id !== script.clientId) {
          return oauthError({
            error: "invalid_client",
            error_description: "Invalid value for 'client_id' parameter.",
            status: 401,
          });
        }
        if ((form.scope ?? "").split(" ").includes("offline_access") && !script.allowRefresh) {
          return oauthError({
            error: "invalid_scope",
            error_description:
              "One or more scopes are not configured for the authorization server resource.",
          });
        }
        const device_code = issue("device");
        deviceCodes.add(device_code);
        if ((form.scope ?? "").split(" ").includes("offline_access")) offline.add(device_code);
        const user_code = "WDJB-MJHT";
        return json({
          device_code,
          user_code,
          verification_uri: `${origin}/activate`,
          verification_uri_complete: `${origin}/activate?user_code=${user_code}`,
          expires_in: script.expiresIn ?? 600,
          interval: script.interval ?? 5,
        });
      },
      "POST /oauth2/v1/token": async () => {
        if (script.captivePortal) {
          return new Response("<html><head><title>Hotel WiFi Login</title></head></html>", {
            headers: { "content-type": "text/html" },
          });
        }
        if (form.client_id !== script.clientId) {
          return oauthError({
            error: "invalid_client",
            error_description: "Client authentication failed.",
            status: 401,
          });
        }
        if (form.grant_type === DEVICE_GRANT) {
          if (script.stallPolls && script.stallPolls > 0) {
            script.stallPolls--;
            await new Promise((r) => setTimeout(r, 1500));
          }
          if (!deviceCodes.has(form.device_code ?? "")) {
            return oauthError({
              error: "invalid_grant",
              error_description: "The device code is invalid.",
            });
          }
          const scripted = script.polls?.[polls++];
          if (scripted) return oauthError({ error: scripted, error_description: scripted });
          if (script.pollForever) return oauthError({ error: script.pollForever });
          if (script.holdUntilApproved && !approved) {
            return oauthError({ error: "authorization_pending" });
          }
          deviceCodes.delete(form.device_code!);
          return json(
            await issueTokens(script.allowRefresh === true && offline.has(form.device_code!)),
          );
        }
        if (form.grant_type === "refresh_token") {
          if (!refreshTokens.has(form.refresh_token ?? "")) {
            return oauthError({
              error: "invalid_grant",
              error_description: "The refresh token is invalid or expired.",
            });
          }
          refreshTokens.delete(form.refresh_token!);
          return json(await issueTokens(true));
        }
        if (form.grant_type === EXCHANGE_GRANT) {
          if (script.exchangeError) return oauthError(script.exchangeError);
          if (
            !accessTokens.has(form.actor_token ?? "") || !idTokens.has(form.subject_token ?? "") ||
            form.actor_token_type !== "urn:ietf:params:oauth:token-type:access_token" ||
            form.subject_token_type !== "urn:ietf:params:oauth:token-type:id_token" ||
            form.requested_token_type !== "urn:okta:oauth:token-type:web_sso_token"
          ) {
            return oauthError({
              error: "invalid_grant",
              error_description: "The 'subject_token' is invalid.",
            });
          }
          const appId = (form.audience ?? "").replace(/^urn:okta:apps:/, "");
          if (!script.assertions?.[appId]) {
            return oauthError({
              error: "invalid_grant",
              error_description:
                "The target audience app must be configured to allow the client to request a 'web_sso_token'.",
            });
          }
          const token = issue("websso");
          webSsoTokens.set(token, appId);
          return json({
            access_token: token,
            issued_token_type: "urn:okta:oauth:token-type:web_sso_token",
            token_type: script.tokenType ?? "N_A",
            expires_in: 300,
          });
        }
        return oauthError({ error: "unsupported_grant_type" });
      },
      "* /api/v1/users/me/appLinks": () => {
        const auth = req.headers.get("authorization") ?? "";
        if (!accessTokens.has(auth.replace(/^Bearer /, ""))) {
          return json({ errorCode: "E0000011" }, 401);
        }
        if (script.appLinksStatus) return json({ errorCode: "E0000006" }, script.appLinksStatus);
        const links = [
          { appName: "bookmark", appInstanceId: "0oabookmark", label: "Wiki" },
          ...(script.apps ?? []).map((a) => ({
            appName: "amazon_aws",
            appInstanceId: a.id,
            label: a.label,
          })),
        ];
        const size = script.pageSize ?? 200;
        const after = Number(url.searchParams.get("after") ?? "0");
        const page = links.slice(after, after + size);
        const headers: Record<string, string> = {};
        if (after + size < links.length) {
          headers.link = `<${origin}/api/v1/users/me/appLinks?after=${
            after + size
          }&limit=${size}>; rel="next"`;
        }
        return json(page, 200, headers);
      },
      "POST /login/token/sso": () => {
        if (script.samlPageOverride) {
          return new Response(script.samlPageOverride, {
            headers: { "content-type": "text/html" },
          });
        }
        const appId = webSsoTokens.get(form.token ?? "");
        if (!appId) {
          return new Response("<html><title>Error</title></html>", {
            status: 403,
            headers: { "content-type": "text/html" },
          });
        }
        webSsoTokens.delete(form.token!);
        return new Response(samlPage(script.assertions![appId]!), {
          headers: { "content-type": "text/html;charset=utf-8" },
        });
      },
      "* /.well-known/okta-organization": () => {
        const date = new Date(Date.now() + (script.clockOffsetSeconds ?? 0) * 1000).toUTCString();
        return json({ id: "00o1fake", pipeline: script.classic ? "v1" : "idx" }, 200, { date });
      },
    };
    const route = routes[`${req.method} ${url.pathname}`] ?? routes[`* ${url.pathname}`];
    if (route) return await route();
    return json({
      errorCode: "E0000022",
      errorSummary: "The endpoint does not support the provided HTTP method",
    }, 404);
  };

  const served = serveFake(handler, script.listen);
  const server = served.server;
  origin = served.origin;
  return {
    url: origin,
    script,
    requests,
    secrets,
    approve() {
      approved = true;
    },
    revokeAll() {
      accessTokens.clear();
      idTokens.clear();
      refreshTokens.clear();
    },
    count: (path, grant) =>
      requests.filter((r) =>
        r.path === path && (grant === undefined || r.form.grant_type === grant)
      )
        .length,
    close: () => server.shutdown(),
    [Symbol.asyncDispose]: () => server.shutdown(),
  };
}
