// OS file locks: a holder keeps its lock however long it holds it, the kernel frees it when the
// holder is killed, and releasing never frees a lock someone else holds.
import assert from "node:assert/strict";
import { acquireLock, LockTimeoutError } from "../src/fs/lock.ts";

/** Another process that takes the lock at `path` and holds it until killed. */
async function holder(path: string): Promise<Deno.ChildProcess> {
  const code = `const f = Deno.openSync(${JSON.stringify(path)}, { create: true, write: true });
f.lockSync(true);
console.log("held");
await new Promise(() => setInterval(() => {}, 60_000));`;
  const child = new Deno.Command(Deno.execPath(), {
    args: ["eval", code],
    stdout: "piped",
    stderr: "inherit",
  }).spawn();
  const reader = child.stdout.getReader();
  const { value } = await reader.read();
  assert.equal(new TextDecoder().decode(value).trim(), "held");
  reader.releaseLock();
  return child;
}

function heldElsewhere(path: string): boolean {
  const file = Deno.openSync(path, { write: true });
  try {
    const free = file.tryLockSync(true);
    if (free) file.unlockSync();
    return !free;
  } finally {
    file.close();
  }
}

Deno.test("acquireLock() never takes the lock from a live holder, even after 2 minutes (fake clock)", async () => {
  const dir = await Deno.makeTempDir();
  const path = `${dir}/session.lock`;
  const child = await holder(path);
  try {
    let clock = 0;
    const sleeps: number[] = [];
    let waits = 0;
    await assert.rejects(
      acquireLock(path, {
        timeoutMs: 11 * 60_000,
        now: () => clock,
        // Every poll, three minutes pass: the old pid-file lock called that stale.
        sleep: (ms) => {
          sleeps.push(ms);
          clock += 3 * 60_000;
          return Promise.resolve();
        },
        onWait: () => waits++,
      }),
      (err: unknown) => err instanceof LockTimeoutError && err.path === path,
    );
    assert.equal(sleeps.length, 4, "waited through 12 fake minutes, then gave up");
    assert.equal(waits, 1, "the waiter is told once");
    assert.ok(heldElsewhere(path), "the holder still holds its lock");
  } finally {
    child.kill("SIGKILL");
    await child.status;
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("acquireLock() goes on as soon as the holder is killed with SIGKILL: at the next poll", async () => {
  const dir = await Deno.makeTempDir();
  const path = `${dir}/request.lock`;
  const child = await holder(path);
  try {
    let waiting!: () => void;
    const told = new Promise<void>((resolve) => waiting = resolve);
    // Polls counted, not timed: once the holder is gone, the poll in progress is the last one.
    let dead = false;
    let pollsAfterDeath = 0;
    const sleep = (_ms: number) => {
      if (dead) pollsAfterDeath++;
      return new Promise<void>((resolve) => setTimeout(resolve, 5));
    };
    const pending = acquireLock(path, { timeoutMs: 30_000, sleep, onWait: () => waiting() });
    await told;
    child.kill("SIGKILL");
    await child.status;
    dead = true;
    const lock = await pending;
    assert.equal(lock.path, path);
    assert.ok(pollsAfterDeath <= 1, `${pollsAfterDeath} polls after the holder died`);
    lock.release();
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("release() frees only its own lock and leaves the lock file in place", async () => {
  const dir = await Deno.makeTempDir();
  const path = `${dir}/f.lock`;
  try {
    const first = await acquireLock(path, { timeoutMs: 1000 });
    await assert.rejects(acquireLock(path, { timeoutMs: 50 }), LockTimeoutError);
    first.release();
    const second = await acquireLock(path, { timeoutMs: 1000 });
    first.release();
    assert.ok(heldElsewhere(path), "a second release() of the first holder frees nothing");
    assert.equal(Deno.statSync(path).mode! & 0o777, 0o600);
    second.release();
    assert.ok(!heldElsewhere(path));
    assert.ok(Deno.statSync(path).isFile, "the lock file stays");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
