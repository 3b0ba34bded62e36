// An Identity Center session's access token from its token cache (the AWS CLI's, or okta-aws's
// own with --no-aws-cli-cache): used while more than 15 minutes are left (the AWS CLI's
// window), else refreshed with the cached registration and refresh token under a cross-process
// lock, and written back to the same file.
import { FlowError } from "../../errors.ts";
import { createToken, REFRESH_TOKEN_GRANT, type SsoToken } from "../../aws/identity_center.ts";
import type { SsoSession } from "../../aws/sso_config.ts";
import { registrationOf, sha1Hex, type TokenCacheFile, tokenFile } from "../../aws/sso_cache.ts";
import { findToken } from "../../cache/sso_tokens.ts";
import { t } from "../../i18n/messages.ts";
import { oidcOptions, type SsoDeps } from "./deps.ts";

/** Tokens with less than this left are refreshed (the AWS CLI's window; the JS SDK's is 5 min). */
export const REFRESH_MARGIN_MS = 15 * 60_000;

/** The name of the lock around one session's login or refresh. */
export async function sessionLockName(session: SsoSession): Promise<string> {
  return `sso-${await sha1Hex(session.name ?? session.startUrl)}`;
}

/**
 * The cached token, when it belongs to this session's start URL; one kept in the other place
 * (the user switched --no-aws-cli-cache on or off) is moved first, and the user told.
 */
export function cachedToken(
  session: SsoSession,
  deps: SsoDeps,
): Promise<{ path: string; file?: TokenCacheFile }> {
  return findToken(
    deps.tokens,
    session,
    (from, to) => deps.log(t("notice_sso_token_moved", { from, to }, deps.lang)),
  );
}

export function tokenFresh(file: TokenCacheFile, now: number): boolean {
  return Date.parse(file.expiresAt) - now > REFRESH_MARGIN_MS;
}

/** A FlowError about the session, with the command that signs in again. */
export function withLogin(err: unknown, login: string): unknown {
  if (err instanceof FlowError && err.code === "sso_session_expired") {
    return new FlowError(err.code, { ...err.params, command: login }, { cause: err.cause });
  }
  return err;
}

/**
 * The session's access token, refreshed when under 15 minutes are left. Throws
 * sso_not_logged_in (no token), sso_session_expired (expired and not refreshable, or the
 * refresh refused: no retry loop); `login` is the command the hint tells the user to run.
 */
export async function accessToken(
  session: SsoSession,
  deps: SsoDeps,
  login: string,
): Promise<TokenCacheFile> {
  const first = await cachedToken(session, deps);
  if (first.file && tokenFresh(first.file, deps.now())) return first.file;
  if (!first.file) {
    throw new FlowError("sso_not_logged_in", { url: session.startUrl, command: login });
  }
  const lock = await deps.lock(await sessionLockName(session));
  try {
    // Another process may have refreshed it while we waited for the lock.
    const { path, file } = await cachedToken(session, deps);
    if (!file) throw new FlowError("sso_not_logged_in", { url: session.startUrl, command: login });
    const now = deps.now();
    if (tokenFresh(file, now)) return file;
    const registration = registrationOf(file);
    if (file.refreshToken && registration && registration.expiresAt.getTime() > now) {
      deps.trace?.(`refreshing the Identity Center token (${path})`);
      let token: SsoToken;
      try {
        const answer = await createToken(oidcOptions(session, deps), registration, {
          grantType: REFRESH_TOKEN_GRANT,
          refreshToken: file.refreshToken,
        });
        if (typeof answer === "string") throw new Error(answer);
        token = answer;
      } catch (err) {
        throw withLogin(err, login);
      }
      const next = tokenFile(
        session,
        { ...token, refreshToken: token.refreshToken ?? file.refreshToken },
        registration,
        deps.now(),
      );
      deps.tokens.use.write(path, next);
      return next;
    }
    if (Date.parse(file.expiresAt) > now) return file;
    throw new FlowError("sso_session_expired", { operation: "token cache", command: login });
  } finally {
    lock.release();
  }
}
