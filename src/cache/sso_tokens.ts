// Where an Identity Center session's token is kept. By default in the AWS CLI's cache
// (`~/.aws/sso/cache/<sha1>.json`): that file is the contract with the AWS CLI and the SDKs,
// which read it as their own. With --no-aws-cli-cache, in okta-aws's own cache
// (`<cache>/sso/token-<sha1>.json`, the same fields), whose secrets go to the keychain when one
// is in use. A token found only in the other place (the choice changed) is moved, leaving no
// copy behind.
import {
  type CachedToken,
  listTokenFiles,
  readTokenFile,
  sha1Hex,
  type SharedDirNotice,
  type TokenCacheFile,
  tokenCachePath,
  tokenFileOf,
  writeTokenFile,
} from "../aws/sso_cache.ts";
import type { SsoSession } from "../aws/sso_config.ts";
import { cacheDir, listJson, readJson, removeFile, writeJson } from "./store.ts";

/** One place tokens are kept. */
export interface TokenCache {
  /** "aws-cli": `~/.aws/sso/cache`; "okta-aws": okta-aws's cache only. */
  readonly where: "aws-cli" | "okta-aws";
  /** The session's file: SHA-1 of its name (legacy: its start URL), as the AWS CLI names it. */
  path(session: Pick<SsoSession, "name" | "startUrl">): Promise<string>;
  read(path: string): TokenCacheFile | undefined;
  write(path: string, file: TokenCacheFile): void;
  list(): CachedToken[];
}

/** The place a run uses, and the other one (read to move a token over, and by sign-outs). */
export interface TokenCaches {
  readonly use: TokenCache;
  readonly other: TokenCache;
}

/** The AWS CLI's cache: `~/.aws/sso/cache`, written as the AWS CLI writes it. */
export function awsCliTokenCache(
  env: Readonly<Record<string, string>>,
  shared: SharedDirNotice,
): TokenCache {
  return {
    where: "aws-cli",
    path: (session) => tokenCachePath(env, session),
    read: readTokenFile,
    write: (path, file) => writeTokenFile(path, file, shared),
    list: () => listTokenFiles(env),
  };
}

/** okta-aws's own cache: `<root>/sso/token-<sha1>.json`, its secrets in the token store. */
export function ownTokenCache(root: string): TokenCache {
  const dir = `${root}/sso`;
  return {
    where: "okta-aws",
    path: async (session) => `${dir}/token-${await sha1Hex(session.name ?? session.startUrl)}.json`,
    read: (path) => tokenFileOf(readJson(path)),
    write(path, file) {
      cacheDir(root, "sso");
      writeJson(path, file);
    },
    // The registrations beside them have no accessToken: not token files.
    list: () =>
      listJson(dir).flatMap(({ path, value }) => {
        const file = tokenFileOf(value);
        return file ? [{ path, file }] : [];
      }),
  };
}

/** The caches of a run: okta-aws's own with --no-aws-cli-cache, else the AWS CLI's. */
export function tokenCaches(
  env: Readonly<Record<string, string>>,
  root: string,
  noAwsCliCache: boolean,
  shared: SharedDirNotice,
): TokenCaches {
  const awsCli = awsCliTokenCache(env, shared);
  const own = ownTokenCache(root);
  return noAwsCliCache ? { use: own, other: awsCli } : { use: awsCli, other: own };
}

/** The token kept for this session's start URL in `cache`, with its path. */
async function sessionToken(
  cache: TokenCache,
  session: Pick<SsoSession, "name" | "startUrl">,
): Promise<{ path: string; file?: TokenCacheFile }> {
  const path = await cache.path(session);
  const file = cache.read(path);
  return { path, file: file?.startUrl === session.startUrl ? file : undefined };
}

/**
 * The session's token where this run keeps it. One left in the other place is moved here first
 * (`moved` hears both paths), so a token is in one place only.
 */
export async function findToken(
  caches: TokenCaches,
  session: Pick<SsoSession, "name" | "startUrl">,
  moved?: (from: string, to: string) => void,
): Promise<{ path: string; file?: TokenCacheFile }> {
  const here = await sessionToken(caches.use, session);
  if (here.file) return here;
  const there = await sessionToken(caches.other, session);
  if (!there.file) return here;
  caches.use.write(here.path, there.file);
  removeFile(there.path);
  moved?.(there.path, here.path);
  return { path: here.path, file: there.file };
}

/** The token files kept for a session, in both places (what a sign-out removes). */
export async function tokensOf(
  caches: TokenCaches,
  session: Pick<SsoSession, "name" | "startUrl">,
): Promise<CachedToken[]> {
  const out: CachedToken[] = [];
  for (const cache of [caches.use, caches.other]) {
    const path = await cache.path(session);
    const file = cache.read(path);
    if (file) out.push({ path, file });
  }
  return out;
}
