// Safe replacement of a file: a 0600 temp file in the same directory, fsync, rename over the
// target, fsync the directory. updateFile() adds the lock and the re-read for users' files;
// symlinks are followed so that a linked dotfile stays a link.
import { systemReason } from "./system_reason.ts";
import { FlowError } from "../errors.ts";
import { phrase } from "../i18n/phrase.ts";
import { acquireLock, LockTimeoutError } from "./lock.ts";
import { AWS_FILE_CAP } from "./read.ts";
import { equalBytes, settledRead, type SettleOptions, stillHolds } from "./settled_read.ts";

/** The users' files we update are read under the same cap (fs/read.ts). */
export const MAX_USER_FILE_BYTES = AWS_FILE_CAP;
/** The end of a temp file's name: `.<pid>.<8 hex>.tmp`. */
const TEMP_SUFFIX = /\.\d+\.[0-9a-f]{8}\.tmp$/;

export interface UpdateResult {
  /** The path actually written (the symlink's target). */
  path: string;
  /** The file existed with group or other permissions and is now 0600. */
  tightened: boolean;
  changed: boolean;
}

export function dirname(path: string): string {
  const i = Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\"));
  if (i < 0) return ".";
  return i === 0 ? path.slice(0, 1) : path.slice(0, i);
}

function basename(path: string): string {
  return path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
}

/** The lock file that serialises writers of `target`: hidden, beside it, left in place. */
export function lockPathFor(target: string): string {
  return `${dirname(target)}/.${basename(target)}.lock`;
}

/** A lock for `target` in `dir`, named by a hash of its path (made 0700 when missing). */
async function lockPathIn(dir: string, target: string): Promise<string> {
  Deno.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(target));
  const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${dir}/file-${hex.slice(0, 32)}.lock`;
}

function resolveTarget(path: string): string {
  try {
    return Deno.realPathSync(path);
  } catch (err) {
    if (!(err instanceof Deno.errors.NotFound)) throw err;
  }
  // A dangling symlink: write where it points.
  try {
    const link = Deno.readLinkSync(path);
    return link.startsWith("/") ? link : `${dirname(path)}/${link}`;
  } catch {
    return path;
  }
}

function syncDir(dir: string): void {
  if (Deno.build.os === "windows") return;
  try {
    const handle = Deno.openSync(dir, { read: true });
    try {
      handle.syncSync();
    } finally {
      handle.close();
    }
  } catch {
    // Some filesystems refuse fsync on a directory; the rename is still atomic.
  }
}

/**
 * Replaces `target` with `bytes` through a 0600 temp file in its directory; the temp file is
 * removed on any failure, so a crash or a full disk leaves the old file or the new one.
 */
export function replaceFileSync(target: string, bytes: Uint8Array): void {
  const dir = dirname(target);
  const temp = `${dir}/.${basename(target)}.${Deno.pid}.${crypto.randomUUID().slice(0, 8)}.tmp`;
  const file = Deno.openSync(temp, { createNew: true, write: true, mode: 0o600 });
  let renamed = false;
  try {
    try {
      let written = 0;
      while (written < bytes.length) written += file.writeSync(bytes.subarray(written));
      file.syncSync();
    } finally {
      file.close();
    }
    if (Deno.build.os !== "windows") Deno.chmodSync(temp, 0o600);
    Deno.renameSync(temp, target);
    renamed = true;
    syncDir(dir);
  } finally {
    if (!renamed) {
      try {
        Deno.removeSync(temp);
      } catch {
        // Nothing left to clean.
      }
    }
  }
}

/**
 * Writes a private file (0600) atomically, creating its directory 0700. A directory in the
 * way (a file named like the directory, a directory named like the file) is file_write_failed
 * naming the path, the old file untouched.
 */
export function writePrivateFile(path: string, bytes: Uint8Array): void {
  if (isDirectory(path)) {
    throw new FlowError("file_write_failed", { path, reason: phrase("reason_is_directory") });
  }
  try {
    Deno.mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    replaceFileSync(path, bytes);
  } catch (err) {
    throw new FlowError("file_write_failed", { path, reason: systemReason(err) }, { cause: err });
  }
}

function isDirectory(path: string): boolean {
  try {
    return Deno.lstatSync(path).isDirectory;
  } catch {
    return false;
  }
}

/**
 * Removes the temp copies a killed writer of `target` left (they may hold secrets). Only
 * writers holding the target's lock make temps, and we hold it now: every one is stale.
 */
function removeStaleTemps(target: string): void {
  const dir = dirname(target);
  const prefix = `.${basename(target)}.`;
  try {
    for (const entry of Deno.readDirSync(dir)) {
      if (entry.isFile && entry.name.startsWith(prefix) && TEMP_SUFFIX.test(entry.name)) {
        try {
          Deno.removeSync(`${dir}/${entry.name}`);
        } catch {
          // Someone else's file, or gone already.
        }
      }
    }
  } catch {
    // An unreadable directory: the write itself will say why.
  }
}

/** How often a write starts over because another program changed the file under it. */
const MAX_ATTEMPTS = 10;

/**
 * Applies `transform` to the file's bytes (an empty array when it does not exist) and
 * replaces the file atomically. `transform` runs under the lock on a settled fresh read
 * (fs/settled_read.ts), so that concurrent okta-aws writers never lose each other's updates and
 * a program rewriting the file in place is never read half-way; just before the rename the file
 * is compared with that read, and a change starts the update over.
 */
export async function updateFile(
  path: string,
  transform: (current: Uint8Array, exists: boolean) => Uint8Array,
  settle: Pick<SettleOptions, "before" | "torn"> & {
    /** Where the lock goes (default: beside the file, `.NAME.lock`). */
    lockDir?: string;
  } = {},
): Promise<UpdateResult> {
  const fail = (at: string, err: unknown) =>
    err instanceof FlowError
      ? err
      : new FlowError("file_write_failed", { path: at, reason: systemReason(err) }, { cause: err });
  let target;
  try {
    target = resolveTarget(path);
    Deno.mkdirSync(dirname(target), { recursive: true, mode: 0o700 });
  } catch (err) {
    throw fail(path, err);
  }
  let lock;
  try {
    lock = await acquireLock(
      settle.lockDir === undefined ? lockPathFor(target) : await lockPathIn(settle.lockDir, target),
    );
  } catch (err) {
    if (err instanceof LockTimeoutError) {
      throw new FlowError("lock_timeout", { path: err.path }, { cause: err });
    }
    throw fail(target, err);
  }
  try {
    removeStaleTemps(target);
    let tightened = false;
    const check = (info: Deno.FileInfo) => {
      if (info.isDirectory) {
        throw new FlowError("file_write_failed", {
          path: target,
          reason: phrase("reason_is_directory"),
        });
      }
      if (!info.isFile) {
        throw new FlowError("file_write_failed", {
          path: target,
          reason: phrase("reason_not_regular"),
        });
      }
      if (info.size > MAX_USER_FILE_BYTES) {
        throw new FlowError("file_too_large", { path: target, max: MAX_USER_FILE_BYTES });
      }
      if (info.mode !== null && Deno.build.os !== "windows") {
        if ((info.mode & 0o200) === 0) throw new FlowError("file_read_only", { path: target });
        tightened = (info.mode & 0o077) !== 0;
      }
    };
    for (let attempt = 1;; attempt++) {
      const read = await settledRead(target, { ...settle, check });
      const current = read?.bytes ?? new Uint8Array();
      const exists = read !== undefined;
      const next = transform(current, exists);
      if (next.length > MAX_USER_FILE_BYTES) {
        // Written, it would be a file okta-aws then refuses to read.
        throw new FlowError("file_result_too_large", {
          path: target,
          size: next.length,
          max: MAX_USER_FILE_BYTES,
        });
      }
      // Nothing to change: nothing written, and the file's mode is left as it is.
      if (exists && equalBytes(current, next)) {
        return { path: target, tightened: false, changed: false };
      }
      // Another program wrote since the read: plan again on what it wrote.
      if (!stillHolds(target, read?.bytes)) {
        if (attempt < MAX_ATTEMPTS) continue;
        throw new FlowError("file_unsettled", { path: target });
      }
      replaceFileSync(target, next);
      return { path: target, tightened, changed: true };
    }
  } catch (err) {
    throw fail(target, err);
  } finally {
    lock.release();
  }
}
