// Where okta-aws's own secrets live: in the OS keychain (one item holding every cache file's
// secret fields, by file) or in the 0600 cache files themselves. The cache's JSON store
// (cache/store.ts) asks this module on every read and write, synchronously: the keychain item
// is read once per run (openSecrets, before anything reads the cache) and written back, under a
// lock and merged with what other runs wrote meanwhile, when the run has changed it
// (flushSecrets). `<cache>/token-store.json` remembers the store chosen; an explicit choice
// (--token-store, OKTA_AWS_TOKEN_STORE) that differs moves every secret across and leaves no
// copy behind. A keychain that does not answer never blocks a run: its secrets go to the files,
// and the user hears it once.
import type { Keychain, KeychainResult } from "./keychain.ts";

export type TokenStore = "keychain" | "file";

/** The fields of a cache file that are secrets (tokens, keys, the SSO client secret). */
export const SECRET_FIELDS: readonly string[] = [
  "secretAccessKey",
  "sessionToken",
  "access_token",
  "id_token",
  "refresh_token",
  "clientSecret",
  // An Identity Center token kept by okta-aws (--no-aws-cli-cache).
  "accessToken",
  "refreshToken",
];

/** The marker a cache file carries when its secret fields are in the keychain. */
export const IN_KEYCHAIN = "_secretsIn";

/** The cache directories whose files hold secrets. */
const SECRET_DIRS = ["okta", "aws", "sso"];

type Fields = Record<string, string>;

interface KeychainState {
  keychain: Keychain;
  root: string;
  /** Secret fields by cache file (`aws/<hash>.json`), as last read or written by this run. */
  map: Record<string, Fields>;
  /** Files whose secrets this run set or removed, not yet written back. */
  dirty: Set<string>;
  notice: (failure: string) => void;
  /**
   * A first choice not yet tried: the item has not been read, and its first write (the first
   * secret the run keeps) decides the store. `settle` hears whether it took.
   */
  untried?: { settle: (ok: boolean) => void };
}

let state: KeychainState | undefined;
/** A first choice of store is waiting to be remembered at the end of the run. */
let waiting = false;

export function choiceWaiting(): boolean {
  return waiting;
}

export function setChoiceWaiting(value: boolean): void {
  waiting = value;
}

/** The file's key in the item: `<dir>/<name>` for a file of a secret-holding cache dir. */
export function secretKey(path: string): string | undefined {
  const parts = path.split(/[/\\]/);
  const [dir, name] = parts.slice(-2);
  return dir && name && SECRET_DIRS.includes(dir) ? `${dir}/${name}` : undefined;
}

/** The store in use this run: "keychain" once openSecrets found it answering. */
export function activeStore(): TokenStore {
  return state ? "keychain" : "file";
}

/** The keychain's name, for status: undefined when the files hold the secrets. */
export function keychainName(): string | undefined {
  return state?.keychain.name;
}

/** Parses the item's text: a map of file -> fields; anything else is an empty store. */
function parseItem(text: string | undefined): Record<string, Fields> {
  if (!text) return {};
  try {
    const doc: unknown = JSON.parse(text);
    if (typeof doc !== "object" || doc === null || Array.isArray(doc)) return {};
    const out: Record<string, Fields> = {};
    for (const [key, fields] of Object.entries(doc)) {
      if (typeof fields !== "object" || fields === null) continue;
      const kept: Fields = {};
      for (const [name, value] of Object.entries(fields)) {
        if (typeof value === "string") kept[name] = value;
      }
      out[key] = kept;
    }
    return out;
  } catch {
    return {};
  }
}

/**
 * Opens the keychain store for this run: reads its item once. Returns the failure when it does
 * not answer (the run then keeps its secrets in files).
 */
export async function openKeychain(
  keychain: Keychain,
  root: string,
  notice: (detail: string) => void,
): Promise<KeychainResult<void>> {
  const read = await keychain.read();
  if (!read.ok) return read;
  state = { keychain, root, map: parseItem(read.value), dirty: new Set(), notice };
  return { ok: true, value: undefined };
}

/**
 * The keychain for a first run with nothing secret cached yet: not touched until the run keeps
 * a secret (a run that keeps none, `status` or `doctor`, leaves no item and makes no choice).
 * The first write is the test: `settle(true)` when the item took it, else `notice` and
 * `settle(false)`, and the secrets stay in the files.
 */
export function openUntried(
  keychain: Keychain,
  root: string,
  notice: (detail: string) => void,
  settle: (ok: boolean) => void,
): void {
  state = { keychain, root, map: {}, dirty: new Set(), notice, untried: { settle } };
}

/** Back to files for the rest of the run (tests; a keychain that stopped answering). */
export function closeKeychain(): void {
  state = undefined;
}

/**
 * What to write to a cache file at `path`: with the keychain open, the value without its secret
 * fields (marked as kept in the keychain) and the fields set aside for the item; else as it is.
 */
export function withoutSecrets(path: string, value: unknown): unknown {
  const key = secretKey(path);
  if (!state || !key || typeof value !== "object" || value === null) return value;
  const stub: Record<string, unknown> = {};
  const fields: Fields = {};
  for (const [name, field] of Object.entries(value)) {
    if (SECRET_FIELDS.includes(name) && typeof field === "string") {
      fields[name] = field;
    } else {
      stub[name] = field;
    }
  }
  if (Object.keys(fields).length === 0) return value;
  state.map[key] = fields;
  state.dirty.add(key);
  return { ...stub, [IN_KEYCHAIN]: "keychain" };
}

/** A cache file's object with its secret fields back from the item (when they are there). */
export function withSecrets(path: string, value: Record<string, unknown>): Record<string, unknown> {
  if (value[IN_KEYCHAIN] === undefined) return value;
  const key = secretKey(path);
  const fields = key ? state?.map[key] : undefined;
  const { [IN_KEYCHAIN]: _, ...rest } = value;
  return fields ? { ...rest, ...fields } : rest;
}

/** A cache file removed: its secrets leave the item too. */
export function forgetSecrets(path: string): void {
  const key = secretKey(path);
  if (!state || !key || !(key in state.map)) return;
  delete state.map[key];
  state.dirty.add(key);
}

/**
 * Writes this run's changes to the item: under `lock`, on the item as it is now (other runs'
 * files kept), the item removed when nothing is left in it. A keychain that fails here: the
 * changed files get their secrets back in place (nothing is lost), and the user hears why.
 */
export async function flushSecrets(
  lock: () => Promise<() => void>,
  rewrite: (key: string, fields: Fields) => void,
): Promise<void> {
  const s = state;
  if (!s || s.dirty.size === 0) return;
  const changed = [...s.dirty];
  s.dirty.clear();
  const release = await lock();
  try {
    const current = await s.keychain.read();
    if (current.ok) {
      const merged = parseItem(current.value);
      for (const key of changed) {
        if (s.map[key]) merged[key] = s.map[key]!;
        else delete merged[key];
      }
      s.map = merged;
      const written = Object.keys(merged).length === 0
        ? await s.keychain.remove()
        : await s.keychain.write(JSON.stringify(merged));
      if (written.ok) {
        s.untried?.settle(true);
        s.untried = undefined;
        return;
      }
      s.notice(written.detail);
    } else {
      s.notice(current.detail);
    }
    // Not written: the files keep their own secrets from now on.
    for (const key of changed) {
      const fields = s.map[key];
      if (fields) rewrite(key, fields);
    }
    state = undefined;
    s.untried?.settle(false);
  } finally {
    release();
  }
}

/** Every secret the item holds, by file (a move to the files). */
export function allSecrets(): Record<string, Fields> {
  return state ? { ...state.map } : {};
}
