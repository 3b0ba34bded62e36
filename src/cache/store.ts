// The cache files: JSON, 0600 in 0700 directories, written atomically. A file that cannot be
// read or parsed is a miss, never an error.
import { writePrivateFile } from "../fs/atomic_write.ts";
import { acquireLock, type Lock, LockTimeoutError } from "../fs/lock.ts";
import { FlowError } from "../errors.ts";
import { readCacheText } from "../fs/read.ts";
import { type JsonObject, jsonObject } from "../text/json.ts";
import { forgetSecrets, withoutSecrets, withSecrets } from "../secrets/vault.ts";

/** Cache files are a few kilobytes; anything larger is not ours. */
const CACHE_FILE_CAP = 256 * 1024;

/**
 * Reads a JSON cache file as an object whose fields the caller checks; undefined when missing,
 * unreadable, not a regular file, over 256 KiB, corrupt or not an object.
 */
export function readJson(path: string): JsonObject | undefined {
  try {
    const text = readCacheText(path, CACHE_FILE_CAP);
    const value = text === undefined ? undefined : jsonObject(JSON.parse(text));
    // Its secret fields may be in the keychain (secrets/vault.ts).
    return value && withSecrets(path, value);
  } catch {
    return undefined;
  }
}

/**
 * Creates the cache root 0700 (an existing root open to others is closed to 0700 first: it
 * holds AWS credentials) and `sub` inside it; returns the subdirectory's path.
 */
export function cacheDir(root: string, sub: string): string {
  Deno.mkdirSync(root, { recursive: true, mode: 0o700 });
  if (Deno.build.os !== "windows") {
    const info = Deno.statSync(root);
    if (!info.isDirectory) throw new Deno.errors.NotADirectory(`"${root}" is not a directory`);
    if (info.mode !== null && (info.mode & 0o077) !== 0) Deno.chmodSync(root, 0o700);
  }
  const dir = `${root}/${sub}`;
  Deno.mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

/** Writes a cache file; with the keychain open, its secret fields go there instead. */
export function writeJson(path: string, value: unknown): void {
  writePrivateFile(path, new TextEncoder().encode(JSON.stringify(withoutSecrets(path, value))));
}

export function removeFile(path: string): boolean {
  forgetSecrets(path);
  try {
    Deno.removeSync(path);
    return true;
  } catch {
    return false;
  }
}

/** The JSON files of a cache subdirectory, with their parsed contents. */
export function listJson(dir: string): { path: string; value: JsonObject }[] {
  const out: { path: string; value: JsonObject }[] = [];
  try {
    for (const entry of Deno.readDirSync(dir)) {
      if (!entry.isFile || !entry.name.endsWith(".json")) continue;
      const value = readJson(`${dir}/${entry.name}`);
      if (value) out.push({ path: `${dir}/${entry.name}`, value });
    }
  } catch {
    // No cache yet.
  }
  return out;
}

/**
 * Takes a cache lock in `<root>/locks`, waiting for another process's sign-in (`onWait` gets
 * the lock's path); gives up with session_lock_timeout after `timeoutMs`.
 */
export async function acquireCacheLock(
  root: string,
  name: string,
  timeoutMs: number,
  onWait?: (path: string) => void,
): Promise<Lock> {
  const path = `${cacheDir(root, "locks")}/${name}.lock`;
  try {
    return await acquireLock(path, { timeoutMs, onWait: () => onWait?.(path) });
  } catch (err) {
    if (err instanceof LockTimeoutError) {
      throw new FlowError("session_lock_timeout", { path: err.path, seconds: timeoutMs / 1000 }, {
        cause: err,
      });
    }
    throw err;
  }
}
