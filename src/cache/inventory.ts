// What the caches hold, for `status`, and their removal, for `logout`: the one place besides
// the stores themselves that knows the cache's layout (okta/, aws/, requests/).
import { readEntry } from "./aws_credentials.ts";
import { readOktaTokens } from "./okta_tokens.ts";
import { listJson, removeFile } from "./store.ts";

export interface CacheItem {
  /** okta-aws's caches (okta, aws) and the AWS CLI's Identity Center files (sso-token,
   * sso-registration, aws-cli). */
  kind: "okta" | "aws" | "sso-token" | "sso-registration" | "aws-cli";
  /** The org's origin, or the Identity Center start URL. */
  org: string;
  /** What the item is, in English: the client and scopes, or the role and duration. */
  what: string;
  /** The same, field by field, for a table in the user's language. */
  client?: string;
  scopes?: string;
  role?: string;
  region?: string;
  file?: string;
  /** Holds a refresh token. */
  refresh?: boolean;
  /** The session's name in AWS (RoleSessionName), when known. */
  session?: string;
  /** The session policies it was narrowed with. */
  policies?: string;
  /** The session lifetime asked for, and the one STS granted (seconds). */
  asked?: number;
  granted?: number;
  /** RFC 3339. */
  expires: string;
  secondsLeft: number;
}

function files(dir: string): string[] {
  const out: string[] = [];
  try {
    for (const entry of Deno.readDirSync(dir)) {
      if (entry.isFile && entry.name.endsWith(".json")) out.push(`${dir}/${entry.name}`);
    }
  } catch {
    // No cache yet.
  }
  return out.sort();
}

interface Found {
  path: string;
  item: CacheItem;
}

function found(root: string, now: number): Found[] {
  const out: Found[] = [];
  for (const path of files(`${root}/okta`)) {
    const v = readOktaTokens(path);
    if (!v) continue;
    out.push({
      path,
      item: {
        kind: "okta",
        org: v.org,
        what: `${v.clientId} (${v.scopes})${v.refresh_token ? " +refresh" : ""}`,
        client: v.clientId,
        scopes: v.scopes,
        refresh: Boolean(v.refresh_token),
        expires: new Date(v.expiresAt).toISOString().replace(/\.\d{3}Z$/, "Z"),
        secondsLeft: Math.round((v.expiresAt - now) / 1000),
      },
    });
  }
  for (const path of files(`${root}/aws`)) {
    const v = readEntry(path);
    if (!v) continue;
    out.push({
      path,
      item: {
        kind: "aws",
        org: v.org,
        what: `${v.roleArn}${typeof v.duration === "number" ? ` (${v.duration} s)` : ""}`,
        role: v.roleArn,
        ...(v.sessionName ? { session: v.sessionName } : {}),
        ...(v.policies ? { policies: v.policies } : {}),
        asked: typeof v.duration === "number" ? v.duration : undefined,
        granted: v.granted || undefined,
        expires: v.expiration,
        secondsLeft: Math.round((Date.parse(v.expiration) - now) / 1000),
      },
    });
  }
  return out;
}

/** Every cached Okta session and AWS credential set, without any secret. */
export function listCache(root: string, now: number): CacheItem[] {
  return found(root, now).map((f) => f.item);
}

/**
 * Removes every cached session and credential set, or only those of `org` (an origin), and
 * the request aliases that pointed at them; returns how many sessions and sets went.
 */
export function clearCache(root: string, org?: string): number {
  let count = 0;
  if (!org) {
    // Everything, readable or not.
    for (const dir of ["okta", "aws"]) {
      for (const path of files(`${root}/${dir}`)) if (removeFile(path)) count++;
    }
    for (const path of files(`${root}/requests`)) removeFile(path);
    return count;
  }
  const removed = new Set<string>();
  for (const { path, item } of found(root, 0)) {
    if (item.org !== org) continue;
    if (removeFile(path)) {
      count++;
      removed.add(path.slice(path.lastIndexOf("/") + 1));
    }
  }
  for (const { path, value } of listJson(`${root}/requests`)) {
    if (typeof value.entry === "string" && removed.has(value.entry)) removeFile(path);
  }
  return count;
}

/**
 * Removes the credential sets cached for AWS profile `profile` (what `-p NAME` wrote), and the
 * request aliases that pointed at them; returns how many sets went.
 */
export function clearProfile(root: string, profile: string): number {
  const removed = new Set<string>();
  for (const path of files(`${root}/aws`)) {
    if (readEntry(path)?.profile === profile && removeFile(path)) {
      removed.add(path.slice(path.lastIndexOf("/") + 1));
    }
  }
  for (const { path, value } of listJson(`${root}/requests`)) {
    if (typeof value.entry === "string" && removed.has(value.entry)) removeFile(path);
  }
  return removed.size;
}
