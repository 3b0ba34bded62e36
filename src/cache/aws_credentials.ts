// The AWS credential cache for process-credentials and exec: entries keyed by (org, client,
// app, IdP, role, duration), and request aliases (a fingerprint of everything the user gave)
// that let a warm call find its entry without parsing any configuration.
import type { CredentialSet } from "../credentials.ts";
import { rfc3339 } from "../credentials.ts";
import { readJson, sha256Hex, writeJson } from "./store.ts";

/** What identifies cached credentials: the same key, the same credentials. */
export interface EntryKey {
  org: string;
  clientId: string;
  appId: string;
  principalArn: string;
  roleArn: string;
  duration: number;
}

interface CredentialEntry extends EntryKey {
  profile: string;
  region?: string;
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration: string;
}

/** How a request's cached credentials are delivered, so a warm call needs no settings. */
export interface Delivery {
  refreshWindowSeconds: number;
  legacyVariables: boolean;
  forceNested: boolean;
}

interface RequestAlias extends Delivery {
  entry: string;
}

function readEntry(root: string, name: string): CredentialEntry | undefined {
  const e = readJson<CredentialEntry>(`${root}/aws/${name}`);
  if (
    !e || typeof e.accessKeyId !== "string" || typeof e.secretAccessKey !== "string" ||
    typeof e.sessionToken !== "string" || Number.isNaN(Date.parse(e.expiration))
  ) return undefined;
  return e;
}

function readAlias(root: string, fingerprint: string): RequestAlias | undefined {
  const a = readJson<RequestAlias>(`${root}/requests/${fingerprint}.json`);
  return a && typeof a.entry === "string" && /^[0-9a-f]{64}\.json$/.test(a.entry) ? a : undefined;
}

/**
 * The cached credentials of a request while they have more than its refresh window left,
 * with how to deliver them; undefined on a miss (absent, corrupt or stale files).
 */
export function lookupCached(
  root: string,
  fingerprint: string,
  now: number,
): { set: CredentialSet; delivery: Delivery } | undefined {
  const alias = readAlias(root, fingerprint);
  const entry = alias && readEntry(root, alias.entry);
  if (!alias || !entry) return undefined;
  if (Date.parse(entry.expiration) - now <= alias.refreshWindowSeconds * 1000) return undefined;
  return {
    delivery: alias,
    set: {
      profile: entry.profile,
      roleArn: entry.roleArn,
      principalArn: entry.principalArn,
      appId: entry.appId,
      region: entry.region,
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
  request: { org: string; clientId: string; duration: number },
  delivery: Delivery,
): Promise<void> {
  const key: EntryKey = {
    ...request,
    appId: set.appId ?? "",
    principalArn: set.principalArn ?? "",
    roleArn: set.roleArn,
  };
  const parts = [key.org, key.clientId, key.appId, key.principalArn, key.roleArn, key.duration];
  const name = `${await sha256Hex(JSON.stringify(["aws", ...parts]))}.json`;
  const c = set.credentials;
  const entry: CredentialEntry = {
    ...key,
    profile: set.profile,
    ...(set.region ? { region: set.region } : {}),
    accessKeyId: c.accessKeyId,
    secretAccessKey: c.secretAccessKey,
    sessionToken: c.sessionToken,
    expiration: rfc3339(c.expiration),
  };
  writeJson(`${root}/aws/${name}`, entry);
  const alias: RequestAlias = { ...delivery, entry: name };
  writeJson(`${root}/requests/${fingerprint}.json`, alias);
}
