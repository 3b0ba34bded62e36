// The cache files: JSON, 0600 in 0700 directories, written atomically. A file that cannot be
// read or parsed is a miss, never an error.
import { writePrivateFile } from "../fs/atomic_write.ts";
import { acquireLock, type Lock, LockTimeoutError } from "../fs/lock.ts";
import { FlowError } from "../errors.ts";

/** Reads a JSON cache file; undefined when missing, unreadable, corrupt or not an object. */
export function readJson<T>(path: string): T | undefined {
  try {
    const value = JSON.parse(Deno.readTextFileSync(path));
    return typeof value === "object" && value !== null ? value as T : undefined;
  } catch {
    return undefined;
  }
}

export function writeJson(path: string, value: unknown): void {
  writePrivateFile(path, new TextEncoder().encode(JSON.stringify(value)));
}

export function removeFile(path: string): boolean {
  try {
    Deno.removeSync(path);
    return true;
  } catch {
    return false;
  }
}

/** The JSON files of a cache subdirectory, with their parsed contents. */
export function listJson<T>(dir: string): { path: string; value: T }[] {
  const out: { path: string; value: T }[] = [];
  try {
    for (const entry of Deno.readDirSync(dir)) {
      if (!entry.isFile || !entry.name.endsWith(".json")) continue;
      const value = readJson<T>(`${dir}/${entry.name}`);
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
  Deno.mkdirSync(`${root}/locks`, { recursive: true, mode: 0o700 });
  const path = `${root}/locks/${name}.lock`;
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
