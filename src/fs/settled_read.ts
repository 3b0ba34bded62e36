// Reading a file that another program may be rewriting in place: `aws configure set` truncates
// ~/.aws/config and writes it again, so a read in that window sees nothing or a prefix. Our own
// lock cannot stop a program that does not take it; a read that looks torn is read again until
// it settles, and a file that was not empty a moment before is never taken for an empty one.
import { FlowError } from "../errors.ts";
import { phrase } from "../i18n/phrase.ts";
import { AWS_FILE_CAP } from "./read.ts";

/** One read of the file, with what stat said just before. */
export interface FileRead {
  bytes: Uint8Array;
  size: number;
  mtimeMs: number;
}

export interface SettleOptions {
  /** The file as the caller read it a moment before (outside the lock), when it did. */
  before?: Uint8Array;
  /** True when `fresh` lost what `before` had that is not the caller's (a torn read). */
  torn?: (fresh: Uint8Array, before: Uint8Array) => boolean;
  /** Checks stat before the read (size cap, regular file); throws to refuse the file. */
  check?: (info: Deno.FileInfo) => void;
  /** For tests: the clock and the pause between reads. */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** A file changed this recently may be mid-write: read it twice to be sure. */
const RECENT_MS = 2_000;
/** The pause between two reads of a file that may be mid-write. */
const PAUSE_MS = 25;
/** How long a read may take to settle before okta-aws gives up (nothing written). */
export const SETTLE_DEADLINE_MS = 3_000;

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The file's bytes and stat; undefined when it does not exist or is a directory. */
function readOnce(
  path: string,
  check?: (info: Deno.FileInfo) => void,
): FileRead | undefined {
  let info: Deno.FileInfo;
  try {
    info = Deno.statSync(path);
  } catch (err) {
    if (err instanceof Deno.errors.NotFound || err instanceof Deno.errors.NotADirectory) {
      return undefined;
    }
    throw err;
  }
  check?.(info);
  if (info.isDirectory) return undefined;
  let bytes: Uint8Array;
  try {
    bytes = Deno.readFileSync(path);
  } catch (err) {
    if (err instanceof Deno.errors.NotFound) return undefined;
    throw err;
  }
  return { bytes, size: info.size, mtimeMs: info.mtime?.getTime() ?? 0 };
}

/** True when the file on disk still holds exactly `bytes` (a compare before a rename). */
export function stillHolds(path: string, bytes: Uint8Array | undefined): boolean {
  try {
    const now = Deno.readFileSync(path);
    return bytes !== undefined && equalBytes(now, bytes);
  } catch (err) {
    if (err instanceof Deno.errors.NotFound) return bytes === undefined;
    throw err;
  }
}

/**
 * The file's bytes once they can be trusted: a read that is empty while the file was not a
 * moment before, that stat's size contradicts, that `torn` flags, or of a file modified in the
 * last two seconds, is read again after a pause until two reads agree (a torn read never does:
 * the writer finishes within milliseconds). An empty read of a non-empty file is never
 * accepted; a read still changing after SETTLE_DEADLINE_MS is file_unsettled, nothing written.
 */
export async function settledRead(
  path: string,
  options: SettleOptions = {},
): Promise<FileRead | undefined> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));
  const deadline = now() + SETTLE_DEADLINE_MS;
  let wasFull = (options.before?.length ?? 0) > 0;
  let previous: FileRead | undefined;
  for (;;) {
    const read = readOnce(path, options.check);
    if (read === undefined) return undefined;
    const emptied = read.bytes.length === 0 && wasFull;
    const torn = options.before !== undefined && options.torn !== undefined &&
      options.torn(read.bytes, options.before);
    const doubtful = emptied || torn || read.size !== read.bytes.length ||
      now() - read.mtimeMs < RECENT_MS;
    if (!doubtful) return read;
    const agrees = previous !== undefined && equalBytes(previous.bytes, read.bytes);
    // Two reads a pause apart agree: settled, unless it is empty where there was text, or a
    // torn-looking read that may still be mid-write (given until the deadline to come back).
    if (agrees && !emptied && (!torn || now() >= deadline)) return read;
    if (now() >= deadline) throw new FlowError("file_unsettled", { path });
    if (read.bytes.length > 0) wasFull = true;
    previous = read;
    await sleep(PAUSE_MS);
  }
}

/**
 * The AWS config or credentials file, settled: undefined when it does not exist (or is a
 * directory); a FIFO, a device or a file over AWS_FILE_CAP is file_unusable, as fs/read.ts
 * says it. One settled read, no second pass.
 */
export async function readAwsFileSettled(path: string): Promise<Uint8Array | undefined> {
  const check = (info: Deno.FileInfo) => {
    if (info.isDirectory) return;
    if (!info.isFile) {
      throw new FlowError("file_unusable", { path, reason: phrase("reason_not_regular") });
    }
    if (info.size > AWS_FILE_CAP) {
      throw new FlowError("file_unusable", {
        path,
        reason: phrase("reason_over_cap", { max: AWS_FILE_CAP }),
      });
    }
  };
  return (await settledRead(path, { check }))?.bytes;
}
