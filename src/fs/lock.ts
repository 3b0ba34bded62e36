// A cross-process lock file beside the file it guards: created exclusively, holding the
// owner's pid and start time; taken over when the owner is gone or the lock is too old.

export interface LockOptions {
  /** How long to wait for another holder, in ms. */
  timeoutMs?: number;
  /** A lock older than this is stale whoever holds it, in ms. */
  staleMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Called once, when the lock is found held by another live process. */
  onWait?: () => void;
}

export interface Lock {
  path: string;
  release(): void;
}

// Locks this process holds; a terminating signal removes them before exiting, so that Ctrl-C
// during a device prompt never leaves a lock behind.
const held = new Set<string>();
const SIGNALS: Deno.Signal[] = Deno.build.os === "windows"
  ? ["SIGINT", "SIGBREAK"]
  : ["SIGINT", "SIGTERM", "SIGHUP"];
const SIGNAL_NUMBERS: Record<string, number> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15, SIGBREAK: 21 };
const handlers = new Map<Deno.Signal, () => void>();

function releaseAllAndExit(signal: Deno.Signal): void {
  for (const path of held) {
    try {
      Deno.removeSync(path);
    } catch {
      // Already gone.
    }
  }
  held.clear();
  Deno.exit(128 + (SIGNAL_NUMBERS[signal] ?? 0));
}

function track(path: string): void {
  held.add(path);
  if (handlers.size > 0) return;
  for (const signal of SIGNALS) {
    const handler = () => releaseAllAndExit(signal);
    try {
      Deno.addSignalListener(signal, handler);
      handlers.set(signal, handler);
    } catch {
      // A signal this platform does not offer.
    }
  }
}

function untrack(path: string): void {
  held.delete(path);
  if (held.size > 0) return;
  for (const [signal, handler] of handlers) Deno.removeSignalListener(signal, handler);
  handlers.clear();
}

export class LockTimeoutError extends Error {
  readonly holder: string;
  constructor(path: string, holder: string) {
    super(`lock "${path}" is held by ${holder}`);
    this.name = "LockTimeoutError";
    this.holder = holder;
  }
}

/** True unless we can tell that the process is gone (Linux: no /proc entry). */
export function processAlive(pid: number): boolean {
  if (pid === Deno.pid) return true;
  if (Deno.build.os !== "linux") return true;
  try {
    Deno.statSync(`/proc/${pid}`);
    return true;
  } catch {
    return false;
  }
}

function readHolder(path: string): { pid: number; at: number } | undefined {
  try {
    const [pid, at] = Deno.readTextFileSync(path).trim().split(/\s+/).map(Number);
    if (Number.isInteger(pid) && Number.isFinite(at)) return { pid: pid!, at: at! };
  } catch {
    // Gone, or half written by its creator: treated as unknown below.
  }
  return undefined;
}

/** Takes the lock at `path`, waiting with backoff; throws LockTimeoutError after the bound. */
export async function acquireLock(path: string, options: LockOptions = {}): Promise<Lock> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  const timeoutMs = options.timeoutMs ?? 30_000;
  const staleMs = options.staleMs ?? 120_000;
  const deadline = now() + timeoutMs;
  let wait = 10;
  for (;;) {
    try {
      const file = Deno.openSync(path, { createNew: true, write: true, mode: 0o600 });
      file.writeSync(new TextEncoder().encode(`${Deno.pid} ${now()}\n`));
      file.close();
      track(path);
      let released = false;
      return {
        path,
        release() {
          if (released) return;
          released = true;
          untrack(path);
          try {
            Deno.removeSync(path);
          } catch {
            // Already taken over as stale: nothing of ours to remove.
          }
        },
      };
    } catch (err) {
      if (!(err instanceof Deno.errors.AlreadyExists)) throw err;
    }
    const holder = readHolder(path);
    let stale = false;
    if (holder) stale = !processAlive(holder.pid) || now() - holder.at > staleMs;
    else {
      try {
        stale = now() - (Deno.statSync(path).mtime?.getTime() ?? now()) > 2_000;
      } catch {
        continue;
      }
    }
    if (stale) {
      try {
        Deno.removeSync(path);
      } catch {
        // Someone else took it over first.
      }
      continue;
    }
    if (wait === 10) options.onWait?.();
    if (now() >= deadline) {
      throw new LockTimeoutError(path, holder ? `pid ${holder.pid}` : "pid ?");
    }
    await sleep(wait + Math.floor(Math.random() * wait));
    wait = Math.min(wait * 2, 250);
  }
}
