// A fake Okta org for the headless flows, on 127.0.0.1: custom authorization servers
// (`/oauth2/{id}/v1/...`) and the org server (`/oauth2/v1/...`) answering client credentials
// with private_key_jwt (the assertion's signature checked with the registered public key, its
// claims `iss`, `sub`, `aud`, `exp`, `jti` checked, a replay refused) and direct
// authentication (password grant -> mfa_required, /challenge with a number, mfa-oob polling
// with authorization_pending and slow_down). Access tokens are JWTs naming their issuer.
import { type Listen, serveFake } from "./serve.ts";
import { createSigner } from "./jwt.ts";

export interface FakeHeadlessScript {
  /** Where it listens: HTTP on 127.0.0.1 unless told (serve.ts). */
  listen?: Listen;
  clientId: string;
  /** Registered public keys by kid (the API service app's JWKS). */
  keys?: Record<string, CryptoKey>;
  /** Scopes the custom servers grant to client credentials (default okta-m2m-access). */
  scopes?: string[];
  /** Users and their passwords, for direct authentication. */
  users?: Record<string, string>;
  /** The factor direct authentication asks for: none, a plain push, or a number challenge. */
  mfa?: "none" | "push" | "number";
  /** What mfa-oob polls answer before the outcome (default one authorization_pending). */
  pushPolls?: ("authorization_pending" | "slow_down")[];
  pushOutcome?: "approve" | "deny";
}

export interface HeadlessRequest {
  path: string;
  form: Record<string, string>;
  headers: Record<string, string>;
}

export interface FakeHeadlessOkta {
  url: string;
  script: FakeHeadlessScript;
  requests: HeadlessRequest[];
  /** Every secret seen or issued: passwords, assertions, tokens. */
  secrets: string[];
  /** The client assertions refused, with why. */
  refusals: string[];
  close(): Promise<void>;
  /** `await using`: close() when the scope ends. */
  [Symbol.asyncDispose](): Promise<void>;
}

const ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
const MFA_OOB = "http://auth0.com/oauth/grant-type/mfa-oob";

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", "cache-control": "no-store" },
  });
}

function oauthError(error: string, description: string, status = 400, extra = {}): Response {
  return json({ error, error_description: description, ...extra }, status);
}

function b64urlDecode(text: string): Uint8Array<ArrayBuffer> {
  const b64 = text.replace(/-/g, "+").replace(/_/g, "/");
  return Uint8Array.from(
    atob(b64 + "=".repeat((4 - b64.length % 4) % 4)),
    (c) => c.charCodeAt(0),
  );
}

const VERIFY: Record<string, AlgorithmIdentifier | EcdsaParams> = {
  RS256: { name: "RSASSA-PKCS1-v1_5" },
  ES256: { name: "ECDSA", hash: "SHA-256" } as EcdsaParams,
  ES384: { name: "ECDSA", hash: "SHA-384" } as EcdsaParams,
  ES512: { name: "ECDSA", hash: "SHA-512" } as EcdsaParams,
};

export async function startFakeHeadlessOkta(
  script: FakeHeadlessScript,
): Promise<FakeHeadlessOkta> {
  const signer = await createSigner();
  const requests: HeadlessRequest[] = [];
  const secrets: string[] = [];
  const refusals: string[] = [];
  const usedJti = new Set<string>();
  const mfaTokens = new Set<string>();
  const oobs = new Map<string, { mfaToken: string; polls: number }>();
  let origin = "";

  const accessToken = async (issuer: string, sub: string, scope: string) => {
    const now = Math.floor(Date.now() / 1000);
    const token = await signer.sign({
      ver: 1,
      jti: crypto.randomUUID(),
      iss: issuer,
      aud: "api://default",
      iat: now,
      exp: now + 3600,
      cid: script.clientId,
      sub,
      scp: scope.split(" "),
    });
    secrets.push(token);
    return token;
  };

  /** The reason a client assertion is refused, or undefined when it is good. */
  const checkAssertion = async (jwt: string, tokenUrl: string): Promise<string | undefined> => {
    const [h, p, s] = jwt.split(".");
    if (!h || !p || !s) return "The client_assertion is not a JWT.";
    const header = JSON.parse(new TextDecoder().decode(b64urlDecode(h)));
    const claims = JSON.parse(new TextDecoder().decode(b64urlDecode(p)));
    const key = script.keys?.[header.kid];
    if (!key) return `No public key registered with kid "${header.kid}".`;
    const algorithm = VERIFY[header.alg];
    if (!algorithm) return `The alg "${header.alg}" is not supported.`;
    const good = await crypto.subtle.verify(
      algorithm,
      key,
      b64urlDecode(s),
      new TextEncoder().encode(`${h}.${p}`),
    );
    if (!good) return "The client_assertion signature is invalid.";
    const now = Math.floor(Date.now() / 1000);
    if (claims.iss !== script.clientId || claims.sub !== script.clientId) {
      return "The iss and sub claims must be the client id.";
    }
    if (claims.aud !== tokenUrl) return `The audience must be ${tokenUrl}.`;
    if (typeof claims.exp !== "number" || claims.exp <= now) {
      return "The client_assertion token is expired.";
    }
    if (claims.exp - (claims.iat ?? now) > 3600) return "The assertion lives over an hour.";
    if (typeof claims.jti !== "string" || usedJti.has(claims.jti)) {
      return "The client_assertion token has already been used.";
    }
    usedJti.add(claims.jti);
    return undefined;
  };

  const handler = async (req: Request): Promise<Response> => {
    const url = new URL(req.url);
    const form = Object.fromEntries(new URLSearchParams(await req.text()));
    requests.push({ path: url.pathname, form, headers: Object.fromEntries(req.headers) });
    const m = /^\/oauth2(?:\/([\w-]+))?\/v1\/(token|challenge)$/.exec(url.pathname);
    if (!m || req.method !== "POST") return json({ errorCode: "E0000022" }, 404);
    const issuer = m[1] ? `${origin}/oauth2/${m[1]}` : origin;
    if (m[2] === "challenge") {
      if (!mfaTokens.has(form.mfa_token ?? "")) return oauthError("invalid_grant", "bad mfa_token");
      if (form.challenge_types_supported !== MFA_OOB) {
        return oauthError("unsupported_challenge_type", "only mfa-oob");
      }
      const oob = `oob${crypto.randomUUID()}`;
      oobs.set(oob, { mfaToken: form.mfa_token!, polls: 0 });
      return json({
        challenge_type: MFA_OOB,
        oob_code: oob,
        channel: "push",
        interval: 1,
        expires_in: 300,
        ...(script.mfa === "number" ? { binding_method: "prompt", binding_code: "42" } : {}),
      });
    }
    if (form.client_id !== script.clientId && form.grant_type !== "client_credentials") {
      return oauthError("invalid_client", "unknown client", 401);
    }
    if (form.grant_type === "client_credentials") {
      if (!m[1]) {
        return oauthError("invalid_client", "the org server takes no client credentials", 401);
      }
      if (form.client_assertion_type !== ASSERTION_TYPE || !form.client_assertion) {
        return oauthError("invalid_client", "client authentication is private_key_jwt", 401);
      }
      secrets.push(form.client_assertion);
      const refused = await checkAssertion(form.client_assertion, `${origin}${url.pathname}`);
      if (refused) {
        refusals.push(refused);
        return oauthError("invalid_client", refused, 401);
      }
      const allowed = script.scopes ?? ["okta-m2m-access"];
      if (!allowed.includes(form.scope ?? "")) {
        return oauthError("invalid_scope", "One or more scopes are not configured.");
      }
      return json({
        token_type: "Bearer",
        expires_in: 3600,
        access_token: await accessToken(issuer, script.clientId, form.scope!),
        scope: form.scope,
      });
    }
    const tokens = async (sub: string) => {
      const now = Math.floor(Date.now() / 1000);
      const id_token = await signer.sign({
        sub,
        ver: 1,
        iss: issuer,
        aud: script.clientId,
        iat: now,
        exp: now + 3600,
        jti: crypto.randomUUID(),
        amr: ["pwd", "mfa"],
      });
      secrets.push(id_token);
      return json({
        token_type: "Bearer",
        expires_in: 3600,
        access_token: await accessToken(issuer, sub, "openid profile"),
        id_token,
        scope: "openid profile",
      });
    };
    if (form.grant_type === "password") {
      secrets.push(form.password ?? "");
      if (!form.username || script.users?.[form.username] !== form.password) {
        return oauthError("invalid_grant", "The credentials provided were invalid.");
      }
      if (script.mfa === "none") return await tokens(form.username);
      const mfaToken = `mfa${crypto.randomUUID()}`;
      mfaTokens.add(mfaToken);
      secrets.push(mfaToken);
      return oauthError("mfa_required", "MFA is required for this transaction.", 403, {
        mfa_token: mfaToken,
      });
    }
    if (form.grant_type === MFA_OOB) {
      const oob = oobs.get(form.oob_code ?? "");
      if (!oob || oob.mfaToken !== form.mfa_token) {
        return oauthError("invalid_grant", "bad oob_code or mfa_token");
      }
      const polls = script.pushPolls ?? ["authorization_pending"];
      const answer = polls[oob.polls++];
      if (answer) return oauthError(answer, answer);
      if (script.pushOutcome === "deny") {
        return oauthError("access_denied", "The user rejected the push.");
      }
      oobs.delete(form.oob_code!);
      return await tokens("jane@example.com");
    }
    return oauthError("unsupported_grant_type", `grant ${form.grant_type}`);
  };
  const served = serveFake(handler, script.listen);
  const server = served.server;
  origin = served.origin;
  return {
    url: origin,
    script,
    requests,
    secrets,
    refusals,
    close: () => server.shutdown(),
    [Symbol.asyncDispose]: () => server.shutdown(),
  };
}
