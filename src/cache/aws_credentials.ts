// The AWS credential cache of process-credentials and exec: entries keyed by the provider's
// identity (org, client, duration ...) and the role (app, IdP, role ARN), and request aliases
// (a fingerprint of everything the user gave) that let a warm call find its entry, and how to
// deliver it, without parsing any configuration.
import type { CredentialSet, ProviderIdentity } from "../credentials.ts";
import { checkCredentials, rfc3339 } from "../credentials.ts";
import { cacheDir, readJson, writeJson } from "./store.ts";
import { numberField, stringField } from "../text/json.ts";
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
  /** The lifetime STS granted, in seconds; 0 when unknown (older files). */
  granted: number;
  /** The session's name in AWS (RoleSessionName); "" when unknown (sso, older files). */
  sessionName: string;
  /** The session policies it was narrowed with (policyKey()); "" when none. */
  policies: string;
}

interface RequestAlias {
  entry: string;
  /** The role was picked (not given): a hit says which one it reuses. */
  picked: boolean;
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
  const o = readJson(path);
  if (!o) return undefined;
  const field = (key: string) => stringField(o, key);
  const [org, roleArn, profile, accessKeyId, secretAccessKey, sessionToken, expiration] = [
    "org",
    "roleArn",
    "profile",
    "accessKeyId",
    "secretAccessKey",
    "sessionToken",
    "expiration",
  ].map(field);
  if (
    org === undefined || !URL.canParse(org) || roleArn === undefined || profile === undefined ||
    accessKeyId === undefined || secretAccessKey === undefined || sessionToken === undefined ||
    expiration === undefined || Number.isNaN(Date.parse(expiration))
  ) return undefined;
  // The provider's identity keys (one per flow) are kept as they are: strings and numbers.
  const identity: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(o)) {
    if (typeof value === "string" || typeof value === "number") identity[key] = value;
  }
  return {
    ...identity,
    org,
    roleArn,
    profile,
    appId: field("appId") ?? "",
    principalArn: field("principalArn") ?? "",
    region: field("region") ?? "",
    via: field("via") ?? "",
    accessKeyId,
    secretAccessKey,
    sessionToken,
    expiration,
    granted: numberField(o, "granted") ?? 0,
    sessionName: field("sessionName") ?? "",
    policies: field("policies") ?? "",
  };
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
  const a = readJson(`${root}/requests/${fingerprint}.json`);
  const entry = a && stringField(a, "entry");
  const window = a && numberField(a, "refreshWindowSeconds");
  return a && entry !== undefined && ENTRY_NAME.test(entry) && window !== undefined &&
      window >= 0 && window <= MAX_WINDOW_S
    ? { entry, refreshWindowSeconds: window, delivery: a.delivery, picked: a.picked === true }
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
      ...(alias.picked ? { picked: true } : {}),
      ...(entry.sessionName ? { sessionName: entry.sessionName } : {}),
      ...(entry.policies ? { policies: entry.policies } : {}),
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
  now: number,
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
    // What STS gave, which a role's maximum may have cut short of what was asked.
    // (to the minute: the call itself took a moment of it).
    granted: Math.round((c.expiration.getTime() - now) / 60_000) * 60,
    sessionName: set.sessionName ?? "",
    policies: set.policies ?? "",
  };
  writeJson(`${cacheDir(root, "aws")}/${name}`, entry);
  writeJson(`${cacheDir(root, "requests")}/${fingerprint}.json`, {
    entry: name,
    ...alias,
    ...(set.picked ? { picked: true } : {}),
  });
}
