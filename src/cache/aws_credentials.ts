// The AWS credential cache of process-credentials and exec: entries keyed by the provider's
// identity (org, client, duration ...) and the role (app, IdP, role ARN), and request aliases
// (a fingerprint of everything the user gave) that let a warm call find its entry, and how to
// deliver it, without parsing any configuration.
import type { CredentialSet, ProviderIdentity } from "../credentials.ts";
import { checkCredentials, rfc3339 } from "../credentials.ts";
import { cacheDir, readJson, writeJson } from "./store.ts";
import { sha256Hex } from "./fingerprint.ts";

/** What identifies cached credentials: the same key, the same credentials. */
export interface EntryKey extends ProviderIdentity {
  appId: string;
  principalArn: string;
  roleArn: string;
}

export interface CredentialEntry extends EntryKey {
  profile: string;
  /** "" when the user gave no region. */
  region: string;
  /** --chain: the flow's role the chain started from; "" otherwise (absent in older files). */
  via: string;
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration: string;
}

interface RequestAlias {
  entry: string;
  refreshWindowSeconds: number;
  /** How the request delivers its credentials (the pipeline's output requests). */
  delivery: unknown;
}

/** A fresh cache hit: the credentials, and how the request that stored them delivers them. */
export interface CacheHit {
  set: CredentialSet;
  delivery: unknown;
}

const ENTRY_NAME = /^[0-9a-f]{64}\.json$/;
/** A refresh window longer than the longest session (12 h) is not one we wrote. */
const MAX_WINDOW_S = 43200;

/** An entry's credentials, or undefined when the file is absent or not an entry. */
export function readEntry(path: string): CredentialEntry | undefined {
  const e = readJson<CredentialEntry>(path);
  if (
    !e || typeof e.org !== "string" || !URL.canParse(e.org) || typeof e.roleArn !== "string" ||
    typeof e.profile !== "string" || typeof e.accessKeyId !== "string" ||
    typeof e.secretAccessKey !== "string" || typeof e.sessionToken !== "string" ||
    typeof e.expiration !== "string" || Number.isNaN(Date.parse(e.expiration))
  ) return undefined;
  return e;
}

/** An entry whose credentials pass the checks STS answers pass; expired ones included. */
function usableEntry(path: string, now: number): CredentialEntry | undefined {
  const e = readEntry(path);
  if (!e) return undefined;
  try {
    checkCredentials({ ...e, expiration: new Date(e.expiration) }, {
      from: "cache",
      role: e.roleArn,
      now,
    });
    return e;
  } catch {
    return undefined;
  }
}

function readAlias(root: string, fingerprint: string): RequestAlias | undefined {
  const a = readJson<RequestAlias>(`${root}/requests/${fingerprint}.json`);
  return a && typeof a.entry === "string" && ENTRY_NAME.test(a.entry) &&
      Number.isFinite(a.refreshWindowSeconds) && a.refreshWindowSeconds >= 0 &&
      a.refreshWindowSeconds <= MAX_WINDOW_S
    ? a
    : undefined;
}

/**
 * The cached credentials of a request while they have more than its refresh window left,
 * with how to deliver them; undefined on a miss (absent, corrupt or stale files).
 */
export function lookupCached(root: string, fingerprint: string, now: number): CacheHit | undefined {
  const alias = readAlias(root, fingerprint);
  // Every field is checked: a bad file (hand-edited, another version, hostile) is a miss.
  const entry = alias && usableEntry(`${root}/aws/${alias.entry}`, now);
  if (!alias || !entry) return undefined;
  if (Date.parse(entry.expiration) - now <= alias.refreshWindowSeconds * 1000) return undefined;
  return {
    delivery: alias.delivery,
    set: {
      profile: entry.profile,
      roleArn: entry.roleArn,
      principalArn: entry.principalArn || undefined,
      appId: entry.appId || undefined,
      region: entry.region || undefined,
      ...(typeof entry.via === "string" && entry.via ? { via: entry.via } : {}),
      credentials: {
        accessKeyId: entry.accessKeyId,
        secretAccessKey: entry.secretAccessKey,
        sessionToken: entry.sessionToken,
        expiration: new Date(entry.expiration),
      },
    },
  };
}

/** Stores a request's fresh credentials under their key, and the request's alias to them. */
export async function rememberCredentials(
  root: string,
  fingerprint: string,
  set: CredentialSet,
  identity: ProviderIdentity,
  alias: { refreshWindowSeconds: number; delivery: unknown },
): Promise<void> {
  const key: EntryKey = {
    ...identity,
    appId: set.appId ?? "",
    principalArn: set.principalArn ?? "",
    roleArn: set.roleArn,
  };
  const sorted = Object.entries(key).sort(([a], [b]) => a < b ? -1 : 1);
  const name = `${await sha256Hex(JSON.stringify(["aws", ...sorted]))}.json`;
  const c = set.credentials;
  const entry: CredentialEntry = {
    ...key,
    profile: set.profile,
    region: set.region ?? "",
    via: set.via ?? "",
    accessKeyId: c.accessKeyId,
    secretAccessKey: c.secretAccessKey,
    sessionToken: c.sessionToken,
    expiration: rfc3339(c.expiration),
  };
  writeJson(`${cacheDir(root, "aws")}/${name}`, entry);
  writeJson(`${cacheDir(root, "requests")}/${fingerprint}.json`, { entry: name, ...alias });
}
