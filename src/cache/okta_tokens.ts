// The Okta session cache: tokens per (org, client id, scopes), so that the next run needs no
// browser while the tokens (or the refresh token) last. One file per key, 0600.
import type { OktaTokens } from "../okta/device_authorization.ts";
import { acquireCacheLock, cacheDir, readJson, removeFile, writeJson } from "./store.ts";
import { numberField, stringField } from "../text/json.ts";
import { sha256Hex } from "./fingerprint.ts";

export interface CachedOktaTokens extends OktaTokens {
  org: string;
  clientId: string;
  scopes: string;
  /** When the access token expires, in ms since the epoch. */
  expiresAt: number;
  /** The id_token's `exp`, in ms since the epoch. */
  idTokenExpiresAt: number;
}

/** Okta access tokens live at most a day. */
const MAX_TOKEN_TTL_S = 86400;

export interface TokenStore {
  load(): CachedOktaTokens | undefined;
  save(tokens: OktaTokens, now: number): void;
  drop(): void;
  /** Serialises sign-ins for this key across processes; returns the release function. */
  lock(onWait?: (path: string) => void): Promise<() => void>;
  /**
   * Only read: a fresh session another run kept is used, nothing is written (no refresh, no
   * sign-in saved, no lock taken): an output that keeps no session of its own.
   */
  readOnly?: boolean;
}

/** The `exp` claim of a JWT, in ms; 0 when unreadable. */
export function jwtExpiry(jwt: string): number {
  try {
    const payload = jwt.split(".")[1]!.replace(/-/g, "+").replace(/_/g, "/");
    const exp = JSON.parse(atob(payload)).exp;
    return isTime(exp * 1000) ? exp * 1000 : 0;
  } catch {
    return 0;
  }
}

/** A number a Date can hold (ms since the epoch, within ±8.64e15). */
function isTime(ms: unknown): ms is number {
  return typeof ms === "number" && Number.isFinite(ms) && Math.abs(ms) <= 8.64e15;
}

/** A session cache file's tokens, or undefined when it is absent or not such a file. */
export function readOktaTokens(path: string): CachedOktaTokens | undefined {
  const t = readJson(path);
  if (!t) return undefined;
  const field = (key: string) => stringField(t, key);
  const [org, clientId, scopes, access_token, id_token] = [
    "org",
    "clientId",
    "scopes",
    "access_token",
    "id_token",
  ].map(field);
  const { expiresAt, idTokenExpiresAt } = t;
  if (
    org === undefined || !URL.canParse(org) || clientId === undefined || scopes === undefined ||
    access_token === undefined || id_token === undefined || !isTime(expiresAt) ||
    !isTime(idTokenExpiresAt)
  ) return undefined;
  const refresh_token = field("refresh_token");
  const scope = field("scope");
  const expires_in = numberField(t, "expires_in");
  return {
    org,
    clientId,
    scopes,
    access_token,
    id_token,
    token_type: field("token_type") ?? "Bearer",
    ...(expires_in !== undefined ? { expires_in } : {}),
    ...(scope !== undefined ? { scope } : {}),
    ...(refresh_token !== undefined ? { refresh_token } : {}),
    expiresAt,
    idTokenExpiresAt,
  };
}

/** True while both tokens have more than `marginMs` left. */
export function tokensFresh(tokens: CachedOktaTokens, now: number, marginMs: number): boolean {
  return tokens.expiresAt - now > marginMs && tokens.idTokenExpiresAt - now > marginMs;
}

/**
 * The session store of one (org, client, scopes). The cache is an optimisation: a lock or a
 * write that fails (read-only or full disk) goes to `failed` and the sign-in carries on,
 * unlocked or unsaved; waiting too long for another run's lock is rethrown by `failed`.
 */
export async function oktaTokenStore(
  root: string,
  org: string,
  clientId: string,
  scopes: string,
  lockTimeoutMs: number,
  failed: (err: unknown) => void,
): Promise<TokenStore> {
  const key = await sha256Hex(JSON.stringify(["okta", org, clientId, scopes]));
  const name = `${key}.json`;
  const path = `${root}/okta/${name}`;
  return {
    load() {
      const t = readOktaTokens(path);
      return t && t.org === org && t.clientId === clientId && t.scopes === scopes ? t : undefined;
    },
    save(tokens, now) {
      const entry: CachedOktaTokens = {
        org,
        clientId,
        scopes,
        access_token: tokens.access_token,
        id_token: tokens.id_token,
        token_type: tokens.token_type,
        ...(tokens.refresh_token ? { refresh_token: tokens.refresh_token } : {}),
        // A claim of more than a day (1e18 s has been seen) is not believed.
        expiresAt: now + Math.min(Number(tokens.expires_in) || 3600, MAX_TOKEN_TTL_S) * 1000,
        idTokenExpiresAt: jwtExpiry(tokens.id_token),
      };
      try {
        writeJson(`${cacheDir(root, "okta")}/${name}`, entry);
      } catch (err) {
        failed(err);
      }
    },
    drop() {
      removeFile(path);
    },
    async lock(onWait) {
      try {
        const lock = await acquireCacheLock(root, `okta-${key}`, lockTimeoutMs, onWait);
        return () => lock.release();
      } catch (err) {
        failed(err);
        return () => {};
      }
    },
  };
}
