// The Okta session of the web flow: cached tokens while fresh, a refresh token, else the
// device authorization sign-in (RFC 8628), under a cross-process lock.
import { browserReason } from "../../ui/browser_failure.ts";
import { FlowError } from "../../errors.ts";
import { phrase, t } from "../../i18n/messages.ts";
import {
  type OktaTokens,
  pollDeviceToken,
  requestDeviceAuthorization,
} from "../../okta/device_authorization.ts";
import { isClassicOrg } from "../../okta/app_links.ts";
import { isLoopback, type OktaOrg } from "../../okta/org.ts";
import { refreshOktaTokens } from "../../okta/refresh.ts";
import { tokensFresh } from "../../cache/okta_tokens.ts";
import { timed, type WebDeps, type WebOptions } from "./deps.ts";
import { isNetworkFailure } from "../../http/network_error.ts";

/** Cached tokens are used only with more than this left. */
const TOKEN_MARGIN_MS = 5 * 60_000;

/**
 * The activation URL goes to a browser opener: only https on the org's own host (http when
 * the org itself is http on loopback, as in tests) is let through.
 */
export function checkVerificationUri(uri: string, org: URL): string {
  let url: URL | undefined;
  try {
    url = new URL(uri);
  } catch {
    url = undefined;
  }
  const sameHost = url !== undefined && url.host === org.host && url.username === "" &&
    url.password === "";
  const scheme = url?.protocol === "https:" ||
    (url?.protocol === "http:" && org.protocol === "http:" && isLoopback(org.hostname));
  if (!url || !sameHost || !scheme || uri.startsWith("-")) {
    throw new FlowError("verification_uri_refused", { uri, host: org.host });
  }
  return url.href;
}

async function signIn(org: OktaOrg, options: WebOptions, deps: WebDeps): Promise<OktaTokens> {
  if (deps.renewal) {
    throw new FlowError("renewal_needs_user", {
      reason: phrase("reason_renewal_okta", { org: org.url.host }),
      next: phrase("next_renewal_okta"),
    });
  }
  let authorization;
  try {
    authorization = await timed(
      deps,
      `device authorization (POST ${org.as.device_authorization_endpoint}, scope "${options.scopes}")`,
      () => requestDeviceAuthorization(org, options.scopes),
    );
  } catch (err) {
    if (
      err instanceof FlowError && options.scopes.includes("offline_access") &&
      String(err.params.error) === "invalid_scope"
    ) {
      throw new FlowError("refresh_token_not_enabled", { clientId: options.clientId }, {
        cause: err,
      });
    }
    // Only now is it worth one more call to tell a Classic org apart.
    if (err instanceof FlowError && !isNetworkFailure(err) && await isClassicOrg(org)) {
      throw new FlowError("classic_org", { host: org.url.host }, { cause: err });
    }
    throw err;
  }
  const url = checkVerificationUri(
    authorization.verification_uri_complete ?? authorization.verification_uri,
    org.url,
  );
  deps.log(t("notice_open_url", { url, code: authorization.user_code }, deps.lang));
  if (options.qrCode) deps.log(await deps.qrCode(url));
  if (options.openBrowser || options.openBrowserCommand) {
    try {
      await deps.openUrl(url, options.openBrowserCommand);
    } catch (err) {
      deps.log(t("notice_browser_failed", { reason: browserReason(err), url }, deps.lang));
    }
  }
  return await timed(
    deps,
    `waiting for approval (polling ${org.as.token_endpoint} every ${
      authorization.interval ?? 5
    } s, code valid ${authorization.expires_in} s)`,
    () =>
      pollDeviceToken(org, authorization, {
        now: deps.now,
        sleep: deps.sleep,
        onSlowDown: (seconds) => deps.log(t("notice_slow_down", { seconds }, deps.lang)),
        onBusy: (status, seconds) =>
          deps.log(t("notice_retry_wait", { host: org.url.host, status, seconds }, deps.lang)),
        onWait: (left) =>
          deps.status?.(
            t("progress_waiting", {
              time: `${Math.floor(left / 60)}:${String(left % 60).padStart(2, "0")}`,
            }, deps.lang),
          ),
      }).finally(() => deps.status?.(undefined)),
  );
}

export interface SessionTokens {
  tokens: OktaTokens;
  /** True when they came from the cache (or a refresh), so a refusal may mean they are stale. */
  reused: boolean;
}

/**
 * The Okta tokens for this run: cached ones while fresh, else renewed with the refresh token,
 * else a new device sign-in. Under a cross-process lock, so that many callers cause one
 * browser prompt.
 */
export async function sessionTokens(
  org: OktaOrg,
  options: WebOptions,
  deps: WebDeps,
  discardCached: boolean,
): Promise<SessionTokens> {
  const store = deps.tokens;
  if (!store) {
    deps.trace?.("Okta session: not used (--cache-access-token=false)");
    return { tokens: await signIn(org, options, deps), reused: false };
  }
  if (store.readOnly) {
    const cached = discardCached ? undefined : store.load();
    if (cached && tokensFresh(cached, deps.now(), TOKEN_MARGIN_MS)) {
      deps.trace?.(
        `Okta session: cached, ${Math.round((cached.expiresAt - deps.now()) / 60_000)} min left`,
      );
      return { tokens: cached, reused: true };
    }
    // A kept session that has ended is why a sign-in comes: said once.
    if (cached) deps.log(t("notice_session_ended", { org: org.url.host }, deps.lang));
    deps.trace?.("Okta session: not kept for this output (--cache-access-token keeps it)");
    return { tokens: await signIn(org, options, deps), reused: false };
  }
  const release = await store.lock((path) =>
    deps.log(t("notice_waiting_lock", { org: org.url.host, path }, deps.lang))
  );
  try {
    const cached = discardCached ? undefined : store.load();
    if (cached && tokensFresh(cached, deps.now(), TOKEN_MARGIN_MS)) {
      deps.trace?.(
        `Okta session: cached, ${Math.round((cached.expiresAt - deps.now()) / 60_000)} min left`,
      );
      return { tokens: cached, reused: true };
    }
    deps.trace?.(`Okta session: ${cached ? "cached one too old" : "none cached"}`);
    if (cached?.refresh_token) {
      const refreshed = await timed(
        deps,
        `refresh (POST ${org.as.token_endpoint})`,
        () => refreshOktaTokens(org, cached.refresh_token!, options.scopes),
      );
      if (refreshed) {
        store.save(refreshed, deps.now());
        return { tokens: refreshed, reused: true };
      }
    }
    store.drop();
    if (cached && !discardCached) {
      deps.log(t("notice_session_ended", { org: org.url.host }, deps.lang));
    }
    const tokens = await signIn(org, options, deps);
    store.save(tokens, deps.now());
    return { tokens, reused: false };
  } finally {
    release();
  }
}
