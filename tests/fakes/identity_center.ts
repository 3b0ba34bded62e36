// A fake AWS IAM Identity Center on 127.0.0.1: the SSO OIDC service (RegisterClient,
// StartDeviceAuthorization, CreateToken for the device, authorization-code and refresh grants,
// and the browser's /authorize page) and the access portal (ListAccounts with paging,
// ListAccountRoles, GetRoleCredentials, Logout), in AWS REST-JSON with `x-amzn-errortype`.
// One server answers both: point AWS_ENDPOINT_URL_SSO_OIDC and AWS_ENDPOINT_URL_SSO at it.
// Every token and credential it issues is unique, so they double as leak canaries.
import { type Listen, serveFake } from "./serve.ts";

export interface FakeAccount {
  accountId: string;
  accountName: string;
  emailAddress: string;
  roles: string[];
}

export interface FakeIdentityCenterScript {
  /** Where it listens: HTTP on 127.0.0.1 unless told (serve.ts). */
  listen?: Listen;
  accounts: FakeAccount[];
  /** Accounts per ListAccounts page (default 2: paging is always exercised). */
  pageSize?: number;
  /** Seconds an access token lives (default 8 hours). */
  accessTokenSeconds?: number;
  /** Seconds a client registration lives (default 90 days). */
  registrationSeconds?: number;
  /** Seconds role credentials live (default 1 hour). */
  credentialSeconds?: number;
  /**
   * Device code: the user approves on the second poll (default), never ("pending"), denies, or
   * approves after one SlowDownException ("slow_down").
   */
  device?: "approve" | "pending" | "deny" | "slow_down";
  /** A hostile verificationUri (and verificationUriComplete) in place of the real one. */
  verificationUri?: string;
  /** GetRoleCredentials' `roleCredentials`, as sent, in place of fresh ones. */
  roleCredentials?: Record<string, unknown>;
  /** Answer CreateToken's refresh grant with InvalidGrantException (the session ended). */
  refreshRevoked?: boolean;
  /** Issue no refresh token (a device-code login without the refresh grant). */
  noRefreshToken?: boolean;
  /** Hostile paging: ListAccounts always sends a nextToken, the same one or a new one. */
  paging?: "repeat" | "endless";
  /** A hostile access token in place of a fresh one (it is still accepted by the portal). */
  accessToken?: string;
  /** RegisterClient's clientSecretExpiresAt, as sent, in place of now + registrationSeconds. */
  clientSecretExpiresAt?: number;
}

export interface IcCall {
  op: string;
  body: Record<string, unknown>;
  query: Record<string, string>;
  bearer?: string;
}

export interface FakeIdentityCenter {
  url: string;
  script: FakeIdentityCenterScript;
  calls: IcCall[];
  /** Every secret issued: client secrets, access and refresh tokens, AWS secrets. */
  secrets: string[];
  /** Tokens revoked by Logout. */
  loggedOut: string[];
  /** The role credentials GetRoleCredentials issued (expiration as RFC 3339). */
  issued: {
    accessKeyId: string;
    secretAccessKey: string;
    sessionToken: string;
    expiration: string;
  }[];
  close(): Promise<void>;
  /** `await using`: close() when the scope ends. */
  [Symbol.asyncDispose](): Promise<void>;
}

function random(n: number): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  return Array.from(crypto.getRandomValues(new Uint8Array(n)), (b) => alphabet[b % 62]).join("");
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

/** An AWS REST-JSON error: the type in `x-amzn-errortype`, OIDC's fields in the body. */
function awsError(type: string, status: number, description: string): Response {
  const oauth = type.replace(/Exception$/, "").replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase();
  return new Response(
    JSON.stringify({ error: oauth, error_description: description, message: description }),
    {
      status,
      headers: { "content-type": "application/json", "x-amzn-errortype": `${type}:http://` },
    },
  );
}

async function sha256Base64Url(text: string): Promise<string> {
  const digest = new Uint8Array(
    await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)),
  );
  return btoa(String.fromCharCode(...digest)).replaceAll("+", "-").replaceAll("/", "_")
    .replace(/=+$/, "");
}

interface Client {
  secret: string;
  redirectUris: string[];
  grantTypes: string[];
  scopes: string[];
}

export function startFakeIdentityCenter(
  script: FakeIdentityCenterScript,
): Promise<FakeIdentityCenter> {
  const calls: IcCall[] = [];
  const secrets: string[] = [];
  const loggedOut: string[] = [];
  const issued: FakeIdentityCenter["issued"] = [];
  const clients = new Map<string, Client>();
  const devices = new Map<string, { clientId: string; polls: number }>();
  const codes = new Map<string, { clientId: string; challenge: string; redirectUri: string }>();
  const accessTokens = new Set<string>();
  const refreshTokens = new Map<string, string>();
  const now = () => Math.floor(Date.now() / 1000);

  const issueToken = (clientId: string, withRefresh: boolean) => {
    const accessToken = script.accessToken ?? `aoa${random(40)}`;
    accessTokens.add(accessToken);
    secrets.push(accessToken);
    // An OpenID Connect id token, as SSO OIDC sends with the access token: a secret too.
    const idToken = `eyJ${random(30)}.eyJ${random(60)}.${random(40)}`;
    secrets.push(idToken);
    const out: Record<string, unknown> = {
      accessToken,
      idToken,
      tokenType: "Bearer",
      expiresIn: script.accessTokenSeconds ?? 8 * 3600,
    };
    if (withRefresh && !script.noRefreshToken) {
      const refreshToken = `aor${random(40)}`;
      refreshTokens.set(refreshToken, clientId);
      secrets.push(refreshToken);
      out.refreshToken = refreshToken;
    }
    return json(out);
  };

  const handler = async (req: Request): Promise<Response> => {
    const url = new URL(req.url);
    const query = Object.fromEntries(url.searchParams);
    const text = req.method === "POST" ? await req.text() : "";
    let body: Record<string, unknown> = {};
    try {
      if (text) body = JSON.parse(text);
    } catch {
      return awsError("InvalidRequestException", 400, "body is not JSON");
    }
    const bearer = req.headers.get("x-amz-sso_bearer_token") ?? undefined;
    const op = `${req.method} ${url.pathname}`;
    calls.push({ op, body, query, bearer });

    // One handler per operation (method and path).
    const oidc: Record<string, () => Response | Promise<Response>> = {
      "POST /client/register": () => {
        const clientId = `cid${random(20)}`;
        const secret = `csec${random(60)}`;
        secrets.push(secret);
        clients.set(clientId, {
          secret,
          redirectUris: (body.redirectUris as string[] | undefined) ?? [],
          grantTypes: (body.grantTypes as string[] | undefined) ?? [],
          scopes: (body.scopes as string[] | undefined) ?? [],
        });
        return json({
          clientId,
          clientSecret: secret,
          clientIdIssuedAt: now(),
          clientSecretExpiresAt: script.clientSecretExpiresAt ??
            (now() + (script.registrationSeconds ?? 90 * 86400)),
        });
      },
      "POST /device_authorization": () => {
        const client = clients.get(String(body.clientId));
        if (!client || client.secret !== body.clientSecret) {
          return awsError("InvalidClientException", 401, "unknown client");
        }
        const deviceCode = `dev${random(30)}`;
        devices.set(deviceCode, { clientId: String(body.clientId), polls: 0 });
        const userCode = "ABCD-EFGH";
        return json({
          deviceCode,
          userCode,
          verificationUri: script.verificationUri ?? `${url.origin}/device`,
          verificationUriComplete: script.verificationUri ??
            `${url.origin}/device?user_code=${userCode}`,
          expiresIn: 600,
          interval: 1,
        });
      },
      "GET /authorize": () => {
        // The browser's visit: the test's "user" approves at once and is sent back.
        const client = clients.get(query.client_id ?? "");
        const redirect = query.redirect_uri ?? "";
        const allowed = client?.redirectUris.some((u) => {
          const r = new URL(u);
          const given = URL.canParse(redirect) ? new URL(redirect) : undefined;
          return given !== undefined && given.hostname === r.hostname &&
            given.pathname === r.pathname && given.protocol === r.protocol;
        });
        if (!client || !allowed || query.code_challenge_method !== "S256") {
          return new Response("invalid request", { status: 400 });
        }
        const code = `code${random(30)}`;
        codes.set(code, {
          clientId: query.client_id!,
          challenge: query.code_challenge ?? "",
          redirectUri: redirect,
        });
        const back = new URL(redirect);
        back.searchParams.set("code", code);
        back.searchParams.set("state", query.state ?? "");
        return new Response(null, { status: 302, headers: { location: back.href } });
      },
      "POST /token": async () => {
        const clientId = String(body.clientId);
        const client = clients.get(clientId);
        if (!client || client.secret !== body.clientSecret) {
          return awsError("InvalidClientException", 401, "unknown client");
        }
        const grant = String(body.grantType);
        if (grant === "urn:ietf:params:oauth:grant-type:device_code") {
          const device = devices.get(String(body.deviceCode));
          if (!device || device.clientId !== clientId) {
            return awsError("InvalidGrantException", 400, "unknown device code");
          }
          device.polls++;
          if (script.device === "pending") {
            return awsError("AuthorizationPendingException", 400, "pending");
          }
          if (script.device === "deny") return awsError("AccessDeniedException", 400, "denied");
          if (script.device === "slow_down" && device.polls === 2) {
            return awsError("SlowDownException", 400, "slow down");
          }
          if (device.polls === 1 || (script.device === "slow_down" && device.polls < 3)) {
            return awsError("AuthorizationPendingException", 400, "pending");
          }
          devices.delete(String(body.deviceCode));
          return issueToken(clientId, client.grantTypes.includes("refresh_token"));
        }
        if (grant === "authorization_code") {
          const code = codes.get(String(body.code));
          codes.delete(String(body.code));
          if (
            !code || code.clientId !== clientId || code.redirectUri !== body.redirectUri ||
            await sha256Base64Url(String(body.codeVerifier)) !== code.challenge
          ) {
            return awsError("InvalidGrantException", 400, "bad code or verifier");
          }
          return issueToken(clientId, true);
        }
        if (grant === "refresh_token") {
          const owner = refreshTokens.get(String(body.refreshToken));
          if (script.refreshRevoked || owner !== clientId) {
            return awsError("InvalidGrantException", 400, "refresh token revoked");
          }
          refreshTokens.delete(String(body.refreshToken));
          return issueToken(clientId, true);
        }
        return awsError("UnsupportedGrantTypeException", 400, `grant ${grant}`);
      },
    };
    const oidcRoute = oidc[op];
    if (oidcRoute) return await oidcRoute();

    // The portal: every call carries the access token.
    if (!bearer || !accessTokens.has(bearer)) {
      return awsError("UnauthorizedException", 401, "Session token not found or invalid");
    }
    // One handler per operation (method and path).
    const portal: Record<string, () => Response | Promise<Response>> = {
      "GET /assignment/accounts": () => {
        const size = Math.min(Number(query.max_result ?? 100), script.pageSize ?? 2);
        const start = Number(query.next_token ?? 0);
        const page = script.accounts.slice(start, start + size);
        const next = script.paging === "repeat"
          ? "again"
          : script.paging === "endless"
          ? String(start + size)
          : start + size < script.accounts.length
          ? String(start + size)
          : undefined;
        return json({
          accountList: page.map(({ accountId, accountName, emailAddress }) => ({
            accountId,
            accountName,
            emailAddress,
          })),
          ...(next ? { nextToken: next } : {}),
        });
      },
      "GET /assignment/roles": () => {
        const account = script.accounts.find((a) => a.accountId === query.account_id);
        if (!account) return awsError("ResourceNotFoundException", 404, "no such account");
        return json({
          roleList: account.roles.map((roleName) => ({ roleName, accountId: account.accountId })),
        });
      },
      "GET /federation/credentials": () => {
        const account = script.accounts.find((a) => a.accountId === query.account_id);
        if (!account?.roles.includes(query.role_name ?? "")) {
          return awsError("ForbiddenException", 403, "No access");
        }
        if (script.roleCredentials) return json({ roleCredentials: script.roleCredentials });
        const secretAccessKey = random(40);
        const sessionToken = `IQoJ${random(200)}`;
        const accessKeyId = `ASIA${random(16).toUpperCase()}`;
        const expiration = Date.now() + (script.credentialSeconds ?? 3600) * 1000;
        secrets.push(secretAccessKey, sessionToken);
        issued.push({
          accessKeyId,
          secretAccessKey,
          sessionToken,
          expiration: new Date(expiration).toISOString(),
        });
        return json({
          roleCredentials: { accessKeyId, secretAccessKey, sessionToken, expiration },
        });
      },
      "POST /logout": () => {
        accessTokens.delete(bearer);
        loggedOut.push(bearer);
        return new Response(null, { status: 200 });
      },
    };
    const portalRoute = portal[op];
    if (portalRoute) return await portalRoute();
    return awsError("ResourceNotFoundException", 404, `no route ${op}`);
  };

  const { server, origin } = serveFake(handler, script.listen);
  return Promise.resolve({
    url: origin,
    script,
    calls,
    secrets,
    loggedOut,
    issued,
    close: () => server.shutdown(),
    [Symbol.asyncDispose]: () => server.shutdown(),
  });
}
