// Cross-process locks on OS file locks (`Deno.FsFile.lock`: flock on Unix, LockFileEx on
// Windows). The kernel releases a lock when its holder exits or dies, so a lock is never
// stale, never taken from a live holder however long it holds it, and never needs a pid file
// or a signal handler. Lock files stay in place, empty: deleting one would let two processes
// lock two different files under the same name.

export interface LockOptions {
  /** How long to wait for another holder, in ms (default 30 s). */
  timeoutMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Called once, when another process holds the lock and we start waiting. */
  onWait?: () => void;
}

export interface Lock {
  path: string;
  /** Unlocks; the file stays. Calling it twice is harmless. */
  release(): void;
}

export class LockTimeoutError extends Error {
  readonly path: string;
  constructor(path: string) {
    super(`lock "${path}" is held by another process`);
    this.name = "LockTimeoutError";
    this.path = path;
  }
}

/**
 * Takes the exclusive lock on `path` (creating the file 0600), polling with backoff while
 * another process holds it; throws LockTimeoutError once `timeoutMs` has passed.
 */
export async function acquireLock(path: string, options: LockOptions = {}): Promise<Lock> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  const deadline = now() + (options.timeoutMs ?? 30_000);
  const file = await Deno.open(path, { create: true, write: true, mode: 0o600 });
  try {
    let wait = 10;
    while (!(await file.tryLock(true))) {
      if (wait === 10) options.onWait?.();
      if (now() >= deadline) throw new LockTimeoutError(path);
      await sleep(wait + Math.floor(Math.random() * wait));
      wait = Math.min(wait * 2, 250);
    }
  } catch (err) {
    file.close();
    throw err;
  }
  let released = false;
  return {
    path,
    release() {
      if (released) return;
      released = true;
      // Closing the handle releases the lock too; unlocking first says so plainly.
      try {
        file.unlockSync();
      } finally {
        file.close();
      }
    },
  };
}
