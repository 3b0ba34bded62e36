// `okta-aws sso login`: an IAM Identity Center sign-in, by authorization code with PKCE
// (a 127.0.0.1 callback) or by device code (RFC 8628), ending in the AWS CLI's token cache
// file. A registration is reused while it has more than 15 minutes left.
import { browserReason } from "../../ui/browser_failure.ts";
import { FlowError } from "../../errors.ts";
import { phrase, t } from "../../i18n/messages.ts";
import {
  AUTHORIZATION_CODE_GRANT,
  createToken,
  DEVICE_CODE_GRANT,
  registerClient,
  type Registration,
  type SsoToken,
  startDeviceAuthorization,
} from "../../aws/identity_center.ts";
import type { SsoSession } from "../../aws/sso_config.ts";
import { sha1Hex, type TokenCacheFile, tokenFile } from "../../aws/sso_cache.ts";
import { isLoopback } from "../../okta/org.ts";
import { pollExpired, pollUntilDone } from "../../http/poll.ts";
import { cachedToken, REFRESH_MARGIN_MS, sessionLockName, tokenFresh } from "./token.ts";
import { oidcOptions, oidcOrigin, type SsoDeps } from "./deps.ts";

export type LoginMethod = "pkce" | "device";

export interface SsoLoginOptions {
  session: SsoSession;
  method: LoginMethod;
  /** false with --no-browser: the URL is printed, not opened. */
  openBrowser: boolean;
  qrCode: boolean;
  /** Sign in even when the cached token is still valid. */
  force: boolean;
}

export interface SsoLoginResult {
  file: TokenCacheFile;
  path: string;
  /** The cached token was still valid and nothing was asked. */
  reused: boolean;
}

const PKCE_LIMIT_MS = 10 * 60_000;
const VERIFIER_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
const REDIRECT_URI_REGISTERED = "http://127.0.0.1/oauth/callback";

function base64Url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes)).replaceAll("+", "-").replaceAll("/", "_")
    .replace(/=+$/, "");
}

/** RFC 7636 §4.1: 64 characters of the unreserved set. */
function codeVerifier(): string {
  return Array.from(
    crypto.getRandomValues(new Uint8Array(64)),
    (b) => VERIFIER_CHARS[b % VERIFIER_CHARS.length],
  ).join("");
}

/** RFC 7636 §4.2: BASE64URL(SHA256(verifier)). */
async function codeChallenge(verifier: string): Promise<string> {
  return base64Url(
    new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier))),
  );
}

/** A URL from AWS for the browser: https, or http on loopback when the service itself is. */
function checkBrowserUrl(uri: string, service: string): string {
  const url = URL.canParse(uri) ? new URL(uri) : undefined;
  const local = new URL(service);
  const ok = url !== undefined && !uri.startsWith("-") && url.username === "" &&
    (url.protocol === "https:" ||
      (url.protocol === "http:" && local.protocol === "http:" && isLoopback(url.hostname)));
  if (!ok) throw new FlowError("verification_uri_refused", { uri, host: local.host });
  return url.href;
}

/** A registration for this session and method: the stored one while fresh, else a new one. */
async function registration(
  options: SsoLoginOptions,
  deps: SsoDeps,
): Promise<Registration> {
  const { session, method } = options;
  const key = await sha1Hex(JSON.stringify({
    region: session.region,
    startUrl: session.startUrl,
    scopes: session.scopes,
    method,
  }));
  const stored = deps.registrations.read(key);
  if (stored && stored.expiresAt.getTime() - deps.now() > REFRESH_MARGIN_MS) return stored;
  const made = await registerClient(oidcOptions(session, deps), {
    clientName: `okta-aws${session.name ? `-${session.name}` : ""}`,
    scopes: session.scopes,
    ...(method === "pkce"
      ? { pkce: { redirectUri: REDIRECT_URI_REGISTERED, issuerUrl: session.startUrl } }
      : { deviceRefresh: session.name !== undefined }),
  });
  try {
    deps.registrations.write(key, made);
  } catch (err) {
    deps.trace?.(`registration not kept: ${err instanceof Error ? err.message : err}`);
  }
  return made;
}

async function show(url: string, options: SsoLoginOptions, deps: SsoDeps): Promise<void> {
  if (options.qrCode) deps.log(await deps.qrCode(url));
  if (!options.openBrowser) return;
  try {
    await deps.openUrl(url);
  } catch (err) {
    deps.log(t("notice_browser_failed", { reason: browserReason(err), url }, deps.lang));
  }
}

/** Device code (RFC 8628 §3.4-3.5): one poll before anything is shown, then every interval. */
async function deviceLogin(
  options: SsoLoginOptions,
  reg: Registration,
  deps: SsoDeps,
): Promise<SsoToken> {
  const oidc = oidcOptions(options.session, deps);
  const auth = await startDeviceAuthorization(oidc, reg, options.session.startUrl);
  const deadline = deps.now() + auth.expiresIn * 1000;
  const grant = { grantType: DEVICE_CODE_GRANT, deviceCode: auth.deviceCode } as const;
  // One attempt before anything is shown: a session approved elsewhere needs no prompt.
  const first = await createToken(oidc, reg, grant);
  if (typeof first !== "string") return first;
  const service = oidcOrigin(options.session, deps);
  const url = checkBrowserUrl(auth.verificationUriComplete ?? auth.verificationUri, service);
  deps.log(t("notice_sso_device", {
    url: checkBrowserUrl(auth.verificationUri, service),
    code: auth.userCode,
  }, deps.lang));
  await show(url, options, deps);
  return await pollUntilDone(() => createToken(oidc, reg, grant), {
    interval: auth.interval,
    deadline,
    lifetime: auth.expiresIn,
    now: deps.now,
    sleep: deps.sleep,
  });
}

/** Authorization code with PKCE, the browser sent back to a 127.0.0.1 callback. */
async function pkceLogin(
  options: SsoLoginOptions,
  reg: Registration,
  deps: SsoDeps,
): Promise<SsoToken> {
  const callback = deps.listen();
  try {
    const verifier = codeVerifier();
    const state = crypto.randomUUID();
    const service = oidcOrigin(options.session, deps);
    const url = new URL(`${service}/authorize`);
    url.search = new URLSearchParams({
      response_type: "code",
      client_id: reg.clientId,
      redirect_uri: callback.redirectUri,
      state,
      code_challenge_method: "S256",
      scopes: options.session.scopes.join(" "),
      code_challenge: await codeChallenge(verifier),
    }).toString();
    const href = checkBrowserUrl(url.href, service);
    deps.log(
      t(options.openBrowser ? "notice_sso_browser" : "notice_sso_open", { url: href }, deps.lang),
    );
    await show(href, options, deps);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<"timeout">((resolve) => {
      timer = setTimeout(() => resolve("timeout"), PKCE_LIMIT_MS);
    });
    const result = await Promise.race([callback.result, timeout]).finally(() =>
      clearTimeout(timer)
    );
    if (result === "timeout") throw pollExpired(PKCE_LIMIT_MS / 1000);
    if ("error" in result) {
      throw result.error === "access_denied"
        ? new FlowError("sso_access_denied", { operation: "authorize" })
        : new FlowError("sso_callback_failed", {
          reason: `${result.error}${result.description ? `: ${result.description}` : ""}`,
        });
    }
    if (result.state !== state) {
      throw new FlowError("sso_callback_failed", { reason: phrase("reason_state_mismatch") });
    }
    const answer = await createToken(oidcOptions(options.session, deps), reg, {
      grantType: AUTHORIZATION_CODE_GRANT,
      code: result.code,
      codeVerifier: verifier,
      redirectUri: callback.redirectUri,
    });
    if (typeof answer === "string") {
      throw new FlowError("sso_callback_failed", { reason: phrase("reason_no_token", { answer }) });
    }
    return answer;
  } finally {
    await callback.close();
  }
}

/**
 * Signs in to the session (unless its cached token still has over 15 minutes and `force` is
 * off) and writes the session's token file (deps.tokens: the AWS CLI's cache, else okta-aws's),
 * under the session's lock.
 */
export async function ssoLogin(options: SsoLoginOptions, deps: SsoDeps): Promise<SsoLoginResult> {
  const lock = await deps.lock(await sessionLockName(options.session));
  try {
    const cached = await cachedToken(options.session, deps);
    if (!options.force && cached.file && tokenFresh(cached.file, deps.now())) {
      return { file: cached.file, path: cached.path, reused: true };
    }
    const reg = await registration(options, deps);
    deps.trace?.(`Identity Center sign-in by ${options.method} (${options.session.startUrl})`);
    const token = options.method === "pkce"
      ? await pkceLogin(options, reg, deps)
      : await deviceLogin(options, reg, deps);
    const file = tokenFile(options.session, token, reg, deps.now());
    deps.tokens.use.write(cached.path, file);
    return { file, path: cached.path, reused: false };
  } finally {
    lock.release();
  }
}
