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

export interface CredentialEntry extends EntryKey {
  profile: string;
  region?: string;
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration: string;
}

/** What a warm call needs to deliver without resolving settings again. */
export interface RequestAlias {
  entry: string;
  /** "process-credentials", or "exec" for a command with no explicit format. */
  mode: "process-credentials" | "exec";
  refreshWindowSeconds: number;
  legacyVariables: boolean;
  forceNested: boolean;
}

export async function entryName(key: EntryKey): Promise<string> {
  const parts = [key.org, key.clientId, key.appId, key.principalArn, key.roleArn, key.duration];
  return `${await sha256Hex(JSON.stringify(["aws", ...parts]))}.json`;
}

export function readEntry(root: string, name: string): CredentialEntry | undefined {
  const e = readJson<CredentialEntry>(`${root}/aws/${name}`);
  if (
    !e || typeof e.accessKeyId !== "string" || typeof e.secretAccessKey !== "string" ||
    typeof e.sessionToken !== "string" || Number.isNaN(Date.parse(e.expiration))
  ) return undefined;
  return e;
}

export function writeEntry(root: string, name: string, entry: CredentialEntry): void {
  writeJson(`${root}/aws/${name}`, entry);
}

export function readAlias(root: string, fingerprint: string): RequestAlias | undefined {
  const a = readJson<RequestAlias>(`${root}/requests/${fingerprint}.json`);
  return a && typeof a.entry === "string" && /^[0-9a-f]{64}\.json$/.test(a.entry) ? a : undefined;
}

export function writeAlias(root: string, fingerprint: string, alias: RequestAlias): void {
  writeJson(`${root}/requests/${fingerprint}.json`, alias);
}

/** True while the credentials have more than the refresh window left. */
export function entryFresh(entry: CredentialEntry, now: number, windowSeconds: number): boolean {
  return Date.parse(entry.expiration) - now > windowSeconds * 1000;
}

export function entryToSet(entry: CredentialEntry): CredentialSet {
  return {
    profile: entry.profile,
    roleArn: entry.roleArn,
    region: entry.region,
    credentials: {
      accessKeyId: entry.accessKeyId,
      secretAccessKey: entry.secretAccessKey,
      sessionToken: entry.sessionToken,
      expiration: new Date(entry.expiration),
    },
  };
}

export function setToEntry(set: CredentialSet, key: EntryKey): CredentialEntry {
  const c = set.credentials;
  return {
    ...key,
    profile: set.profile,
    ...(set.region ? { region: set.region } : {}),
    accessKeyId: c.accessKeyId,
    secretAccessKey: c.secretAccessKey,
    sessionToken: c.sessionToken,
    expiration: rfc3339(c.expiration),
  };
}
