// The AWS CLI v2's own Identity Center caches, written so that it reads them as its own:
// `~/.aws/sso/cache/<sha1>.json` (the session's token, refreshable) and
// `~/.aws/cli/cache/<sha1>.json` (role credentials). One line of JSON, 0600, atomic.
import { type AwsCredentials, rfc3339 } from "../credentials.ts";
import { jsonObject } from "../text/json.ts";
import { dirname, writePrivateFile } from "../fs/atomic_write.ts";
import { readCacheText } from "../fs/read.ts";
import { homeDir } from "./paths.ts";
import type { Registration, SsoToken } from "./identity_center.ts";
import type { SsoSession } from "./sso_config.ts";

const CACHE_FILE_CAP = 256 * 1024;

/** The token cache file as the AWS CLI writes it (key order included). */
export interface TokenCacheFile {
  startUrl: string;
  region: string;
  accessToken: string;
  expiresAt: string;
  clientId?: string;
  clientSecret?: string;
  registrationExpiresAt?: string;
  refreshToken?: string;
}

export async function sha1Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-1", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

function ssoCacheDir(env: Readonly<Record<string, string>>): string {
  return `${homeDir(env)}/.aws/sso/cache`;
}

export function cliCacheDir(env: Readonly<Record<string, string>>): string {
  return `${homeDir(env)}/.aws/cli/cache`;
}

/** SHA-1 of the session name (legacy: of the start URL exactly as configured) + `.json`. */
export async function tokenCachePath(
  env: Readonly<Record<string, string>>,
  session: Pick<SsoSession, "name" | "startUrl">,
): Promise<string> {
  return `${ssoCacheDir(env)}/${await sha1Hex(session.name ?? session.startUrl)}.json`;
}

/** JSON as Python's json.dumps writes it (`", "` and `": "`), which is what the AWS CLI writes. */
function pythonJson(value: Record<string, unknown>): string {
  const parts = Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => {
    const nested = jsonObject(v);
    return `${JSON.stringify(k)}: ${nested ? pythonJson(nested) : JSON.stringify(v)}`;
  });
  return `{${parts.join(", ")}}`;
}

/** The value as a token file (the AWS CLI's shape, wherever it was kept), else undefined. */
export function tokenFileOf(value: unknown): TokenCacheFile | undefined {
  return isTokenFile(value) ? value : undefined;
}

function isTokenFile(value: unknown): value is TokenCacheFile {
  const v = jsonObject(value);
  if (v === undefined) return false;
  const optional = ["clientId", "clientSecret", "registrationExpiresAt", "refreshToken"];
  return typeof v.startUrl === "string" && typeof v.region === "string" &&
    typeof v.accessToken === "string" && typeof v.expiresAt === "string" &&
    !Number.isNaN(Date.parse(v.expiresAt)) &&
    optional.every((k) => v[k] === undefined || typeof v[k] === "string");
}

/** A token cache file; undefined when absent, unreadable, corrupt or not a token. */
export function readTokenFile(path: string): TokenCacheFile | undefined {
  const text = readCacheText(path, CACHE_FILE_CAP);
  if (text === undefined) return undefined;
  try {
    return tokenFileOf(JSON.parse(text));
  } catch {
    return undefined;
  }
}

/** The file a login or refresh writes: the token, and the registration that can refresh it. */
export function tokenFile(
  session: SsoSession,
  token: SsoToken,
  registration: Registration,
  now: number,
): TokenCacheFile {
  return {
    startUrl: session.startUrl,
    region: session.region,
    accessToken: token.accessToken,
    expiresAt: rfc3339(new Date(now + token.expiresIn * 1000)),
    clientId: registration.clientId,
    clientSecret: registration.clientSecret,
    registrationExpiresAt: rfc3339(registration.expiresAt),
    ...(token.refreshToken ? { refreshToken: token.refreshToken } : {}),
  };
}

/**
 * Says what the directory of a cache file we are about to write is: missing (we create it
 * 0700), or "shared" when other users may write into it (they could swap a token file for
 * their own). The AWS CLI's directory is left as it is: the notice tells the user the fix.
 */
function cacheDirState(dir: string): "missing" | "shared" | "private" {
  try {
    const info = Deno.statSync(dir);
    return info.mode !== null && (info.mode & 0o022) !== 0 ? "shared" : "private";
  } catch {
    return "missing";
  }
}

/** Called with a cache directory other users may write to, before a file is written there. */
export type SharedDirNotice = (dir: string) => void;

function writeCacheFile(path: string, bytes: Uint8Array, shared: SharedDirNotice): void {
  const dir = dirname(path);
  const state = cacheDirState(dir);
  if (state === "shared") shared(dir);
  writePrivateFile(path, bytes);
  // Ours: 0700 whatever the umask let mkdir make.
  if (state === "missing" && Deno.build.os !== "windows") Deno.chmodSync(dir, 0o700);
}

/** Writes a token cache file: one line, 0600, atomically, its directory 0700. */
export function writeTokenFile(
  path: string,
  file: TokenCacheFile,
  shared: SharedDirNotice = () => {},
): void {
  writeCacheFile(path, new TextEncoder().encode(pythonJson({ ...file })), shared);
}

/** The registration a token file carries, when it has one. */
export function registrationOf(file: TokenCacheFile): Registration | undefined {
  if (!file.clientId || !file.clientSecret || !file.registrationExpiresAt) return undefined;
  return {
    clientId: file.clientId,
    clientSecret: file.clientSecret,
    expiresAt: new Date(file.registrationExpiresAt),
  };
}

/**
 * The AWS CLI's role-credential cache file: SHA-1 of `{"accountId","roleName","sessionName"}`
 * (legacy: `startUrl` in place of `sessionName`) as compact JSON with sorted keys.
 */
export async function roleCachePath(
  env: Readonly<Record<string, string>>,
  session: SsoSession,
  accountId: string,
  roleName: string,
): Promise<string> {
  const args: Record<string, string> = { accountId, roleName };
  if (session.name !== undefined) args.sessionName = session.name;
  else args.startUrl = session.startUrl;
  const sorted = Object.fromEntries(Object.entries(args).sort(([a], [b]) => a < b ? -1 : 1));
  return `${cliCacheDir(env)}/${await sha1Hex(JSON.stringify(sorted))}.json`;
}

/** Writes role credentials where the AWS CLI looks for them before calling the portal. */
export function writeRoleCache(
  path: string,
  credentials: AwsCredentials,
  shared: SharedDirNotice = () => {},
): void {
  writeCacheFile(
    path,
    new TextEncoder().encode(pythonJson({
      ProviderType: "sso",
      Credentials: {
        AccessKeyId: credentials.accessKeyId,
        SecretAccessKey: credentials.secretAccessKey,
        SessionToken: credentials.sessionToken,
        Expiration: rfc3339(credentials.expiration),
      },
    })),
    shared,
  );
}

/** An AWS CLI role-credential cache entry from Identity Center (`"ProviderType": "sso"`). */
export function isSsoRoleCache(path: string): boolean {
  const text = readCacheText(path, CACHE_FILE_CAP);
  if (text === undefined) return false;
  try {
    return JSON.parse(text)?.ProviderType === "sso";
  } catch {
    return false;
  }
}

/** A token file and where it is. */
export interface CachedToken {
  path: string;
  file: TokenCacheFile;
}

/** The token files of `~/.aws/sso/cache` (files holding an `accessToken`), with their paths. */
export function listTokenFiles(env: Readonly<Record<string, string>>): CachedToken[] {
  const dir = ssoCacheDir(env);
  const out: CachedToken[] = [];
  try {
    for (const entry of Deno.readDirSync(dir)) {
      if (!entry.isFile || !entry.name.endsWith(".json")) continue;
      const file = readTokenFile(`${dir}/${entry.name}`);
      if (file) out.push({ path: `${dir}/${entry.name}`, file });
    }
  } catch {
    // No cache yet.
  }
  return out.sort((a, b) => a.path < b.path ? -1 : 1);
}

/** What `okta-aws status` shows of the AWS CLI's Identity Center files: no secret. */
export interface SsoStatusItem {
  kind: "sso-token" | "sso-registration" | "aws-cli";
  org: string;
  what: string;
  region?: string;
  refresh?: boolean;
  /** Kept only in okta-aws's cache (--no-aws-cli-cache): the AWS CLI does not see it. */
  ownOnly?: boolean;
  file?: string;
  expires: string;
  secondsLeft: number;
}

function roleCacheExpiry(path: string): string | undefined {
  const text = readCacheText(path, CACHE_FILE_CAP);
  if (text === undefined) return undefined;
  try {
    const v = JSON.parse(text);
    const e = v?.ProviderType === "sso" ? v?.Credentials?.Expiration : undefined;
    return typeof e === "string" && !Number.isNaN(Date.parse(e)) ? e : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Every Identity Center session (start URL, the access token's expiry, the registration's,
 * which bounds the refresh): the AWS CLI's, then those okta-aws keeps only in its own cache
 * (`own`, --no-aws-cli-cache); then the AWS CLI's cached SSO role credentials.
 */
export function listSsoStatus(
  env: Readonly<Record<string, string>>,
  now: number,
  own: readonly CachedToken[] = [],
): SsoStatusItem[] {
  const left = (iso: string) => Math.round((Date.parse(iso) - now) / 1000);
  const out: SsoStatusItem[] = [];
  const tokens = [
    ...listTokenFiles(env).map(({ file }) => ({ file, ownOnly: false })),
    ...own.map(({ file }) => ({ file, ownOnly: true })),
  ];
  for (const { file, ownOnly } of tokens) {
    const where = ownOnly ? ", okta-aws only" : "";
    out.push({
      kind: "sso-token",
      org: file.startUrl,
      what: `access token (${file.region})${file.refreshToken ? " +refresh" : ""}${where}`,
      region: file.region,
      refresh: Boolean(file.refreshToken),
      ...(ownOnly ? { ownOnly } : {}),
      expires: file.expiresAt,
      secondsLeft: left(file.expiresAt),
    });
    if (file.registrationExpiresAt && !Number.isNaN(Date.parse(file.registrationExpiresAt))) {
      out.push({
        kind: "sso-registration",
        org: file.startUrl,
        what: "client registration (bounds the refresh)",
        expires: file.registrationExpiresAt,
        secondsLeft: left(file.registrationExpiresAt),
      });
    }
  }
  const dir = cliCacheDir(env);
  try {
    for (const entry of [...Deno.readDirSync(dir)].sort((a, b) => a.name < b.name ? -1 : 1)) {
      if (!entry.isFile || !entry.name.endsWith(".json")) continue;
      const expires = roleCacheExpiry(`${dir}/${entry.name}`);
      if (expires === undefined) continue;
      out.push({
        kind: "aws-cli",
        org: "~/.aws/cli/cache",
        what: `role credentials ${entry.name}`,
        file: entry.name,
        expires,
        secondsLeft: left(expires),
      });
    }
  } catch {
    // No AWS CLI cache.
  }
  return out;
}
