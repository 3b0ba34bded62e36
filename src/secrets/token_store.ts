// The token store of this machine: which one holds okta-aws's secrets (remembered in
// `<cache>/token-store.json`), opening it for a run, choosing it the first time (the keychain
// where one answers, else the files, said once), moving every secret across when the user
// chooses the other (--token-store, OKTA_AWS_TOKEN_STORE), and writing a run's changes back.
import type { Deps } from "../deps.ts";
import { UsageError } from "../errors.ts";
import { phrase } from "../i18n/phrase.ts";
import { cacheRoot } from "../cache/paths.ts";
import { chosenStore, markerPath, rootOf } from "./marker.ts";
import { writePrivateFile } from "../fs/atomic_write.ts";
import { pathExists, readCacheText } from "../fs/read.ts";
import { acquireLock } from "../fs/lock.ts";
import { secretVariables } from "../config/secrets.ts";
import { helperRunner, type Keychain, osKeychain } from "./keychain.ts";
import {
  activeStore,
  allSecrets,
  closeKeychain,
  flushSecrets,
  IN_KEYCHAIN,
  openKeychain,
  openUntried,
  SECRET_FIELDS,
  secretKey,
  setChoiceWaiting,
  type TokenStore,
  withoutSecrets,
} from "./vault.ts";

type Log = (
  key: "notice_keychain_failed" | "notice_token_store_file" | "notice_token_store_moved",
  params: Record<string, string>,
) => void;

const STORES: readonly TokenStore[] = ["keychain", "file"];

/** The end of a run: a first choice is remembered once the run has made a cache. */
export function rememberChoice(): void {
  if (pending && pathExists(pending.root)) remember(pending.root, pending.store);
}

/** A first choice made this run, remembered at its end if the run left a cache to keep. */
let pending: { root: string; store: TokenStore } | undefined;

/**
 * Remembers the choice. A first choice waits for the end of the run (rememberChoice): a run that
 * ends in a usage error leaves nothing behind. A cache that cannot be written remembers none.
 */
function remember(root: string, store: TokenStore, first = false): void {
  if (first && !pathExists(root)) {
    pending = { root, store };
    setChoiceWaiting(true);
    return;
  }
  pending = undefined;
  setChoiceWaiting(false);
  try {
    Deno.mkdirSync(root, { recursive: true, mode: 0o700 });
    writePrivateFile(markerPath(root), new TextEncoder().encode(`${JSON.stringify({ store })}\n`));
  } catch {
    // The cache says what is wrong with it where it is used (doctor, a warning).
  }
}

/** This OS's keychain, its helpers run without okta-aws's secret variables. */
export function machineKeychain(deps: Pick<Deps, "env" | "os">): Keychain {
  const root = cacheRoot(deps.env, deps.os);
  return osKeychain(
    deps.os,
    deps.env,
    helperRunner(deps.env, secretVariables()),
    `${root}/secrets.dpapi`,
  );
}

/** A raw cache file (its own fields only), or undefined. */
function rawFile(path: string): Record<string, unknown> | undefined {
  try {
    const text = readCacheText(path, 256 * 1024);
    const value: unknown = text === undefined ? undefined : JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value))
      : undefined;
  } catch {
    return undefined;
  }
}

/** Puts a file's secret fields back into it (the files hold the secrets again). */
function restore(root: string, key: string, fields: Record<string, string>): void {
  const current = rawFile(`${root}/${key}`);
  if (!current) return;
  const { [IN_KEYCHAIN]: _, ...rest } = current;
  writePrivateFile(
    `${root}/${key}`,
    new TextEncoder().encode(JSON.stringify({ ...rest, ...fields })),
  );
}

/** Every cache file that holds secrets, by its key in the item. */
function secretFiles(root: string): { key: string; path: string }[] {
  const out: { key: string; path: string }[] = [];
  for (const dir of ["okta", "aws", "sso"]) {
    try {
      for (const entry of Deno.readDirSync(`${root}/${dir}`)) {
        if (!entry.isFile || !entry.name.endsWith(".json")) continue;
        const path = `${root}/${dir}/${entry.name}`;
        const key = secretKey(path);
        if (key) out.push({ key, path });
      }
    } catch {
      // No such directory yet.
    }
  }
  return out;
}

/** The cache files whose secrets are in them (not in a keychain), with their contents. */
function heldSecrets(root: string): { path: string; value: Record<string, unknown> }[] {
  return secretFiles(root).flatMap(({ path }) => {
    const value = rawFile(path);
    return value && SECRET_FIELDS.some((f) => typeof value[f] === "string")
      ? [{ path, value }]
      : [];
  });
}

/**
 * At the start of a run: opens the keychain when this machine keeps its secrets there (one read
 * of its item; nothing at all otherwise). A keychain that does not answer: this run keeps its
 * secrets in files, and `log` says why.
 */
export async function openSecrets(deps: Pick<Deps, "env" | "os">, log: Log): Promise<void> {
  const root = rootOf(deps);
  if (root === undefined || chosenStore(root) !== "keychain") return;
  const keychain = machineKeychain(deps);
  const opened = await openKeychain(
    keychain,
    root,
    (detail) => log("notice_keychain_failed", { keychain: keychain.name, detail, dir: root }),
  );
  if (!opened.ok) {
    log("notice_keychain_failed", { keychain: keychain.name, detail: opened.detail, dir: root });
  }
}

/** Writes this run's changes to the keychain's item (under the cache's keychain lock). */
export async function saveSecrets(deps: Pick<Deps, "env" | "os">): Promise<void> {
  if (activeStore() !== "keychain") return;
  const root = cacheRoot(deps.env, deps.os);
  await flushSecrets(async () => {
    Deno.mkdirSync(`${root}/locks`, { recursive: true, mode: 0o700 });
    const lock = await acquireLock(`${root}/locks/keychain.lock`, { timeoutMs: 30_000 });
    return () => lock.release();
  }, (key, fields) => restore(root, key, fields));
}

/** `--token-store` / OKTA_AWS_TOKEN_STORE as a store, or a usage error. */
export function storeChoice(given: string | undefined, where: string): TokenStore | undefined {
  if (given === undefined) return undefined;
  const store = given.trim().toLowerCase();
  if (store === "keychain" || store === "file") return store;
  throw new UsageError("usage_invalid", {
    flag: where,
    value: given,
    reason: phrase("reason_one_of", { values: STORES.join(", ") }),
  });
}

/**
 * Once settings are known: the first run chooses (the keychain where one answers, else the
 * files, said once); a choice that differs from the store in place moves every secret there.
 */
export async function useTokenStore(
  choice: TokenStore | undefined,
  deps: Pick<Deps, "env" | "os">,
  log: Log,
): Promise<void> {
  const root = rootOf(deps);
  // No home to keep a cache in: the command says so itself.
  if (root === undefined) return;
  const chosen = chosenStore(root);
  if (choice === undefined && chosen !== undefined) return;
  if (choice !== undefined && choice === chosen) return;
  if (choice === "file") {
    // Out of the keychain (opened at the start of the run, when it answered) into the files.
    const secrets = allSecrets();
    const keychain = machineKeychain(deps);
    closeKeychain();
    for (const [key, fields] of Object.entries(secrets)) restore(root, key, fields);
    if (chosen === "keychain") await keychain.remove();
    remember(root, "file", chosen === undefined);
    if (chosen === "keychain") log("notice_token_store_moved", { store: `${root} (0600)` });
    return;
  }
  const keychain = machineKeychain(deps);
  const held = heldSecrets(root);
  if (choice === undefined && held.length === 0) {
    // The first run with nothing secret cached: the keychain is tried by the first secret the
    // run keeps, so a run that keeps none (status, doctor, setup) touches no keychain.
    const fallBack = (detail: string) =>
      log("notice_token_store_file", { keychain: keychain.name, detail, dir: root });
    openUntried(keychain, root, fallBack, (ok) => remember(root, ok ? "keychain" : "file"));
    return;
  }
  // A first run with secrets in the files, or a move into the keychain: it must answer first.
  // Whatever refuses here, the files stay the store, and the user hears how to try again.
  const refused = (detail: string) =>
    log("notice_token_store_file", { keychain: keychain.name, detail, dir: root });
  const opened = await openKeychain(keychain, root, refused);
  // A Secret Service with no unlocked collection answers a read ("no item") but takes no
  // write. With secrets to move, their write is the test; with none, the item is written back
  // as it was read.
  const tried = opened.ok && held.length === 0
    ? await keychain.write(JSON.stringify(allSecrets()))
    : opened;
  if (!tried.ok) {
    closeKeychain();
    remember(root, "file", chosen === undefined);
    refused(tried.detail);
    return;
  }
  // Every secret the files hold goes into the item first; the files lose them only once the
  // item is written.
  const moved = held.map(({ path, value }) => ({ path, stub: withoutSecrets(path, value) }));
  await saveSecrets(deps);
  if (activeStore() !== "keychain") {
    // The write failed (`refused` said so): the files keep the secrets, and are the store.
    remember(root, "file", chosen === undefined);
    return;
  }
  for (const { path, stub } of moved) {
    writePrivateFile(path, new TextEncoder().encode(JSON.stringify(stub)));
  }
  remember(root, "keychain", chosen === undefined && moved.length === 0);
  if (chosen !== undefined || moved.length > 0) {
    log("notice_token_store_moved", { store: keychain.name });
  }
}
