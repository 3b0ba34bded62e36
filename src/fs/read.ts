// Reading the files okta-aws reads but does not own (.env, okta.yaml) and its cache files:
// regular files only (a FIFO or a device would hang or never end) and never more than a cap,
// so that a hostile file cannot stall a run or fill its memory.
import { FlowError } from "../errors.ts";
import { phrase } from "../i18n/phrase.ts";

/** Whether anything is at `path` (a file, a directory, a dangling name is not). */
export function pathExists(path: string): boolean {
  try {
    Deno.statSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Settings files (.env, okta.yaml) are small; a megabyte is plenty. */
export const SETTINGS_FILE_CAP = 1024 * 1024;

/**
 * The AWS config and credentials files: one cap for reading and writing them, so that nothing
 * okta-aws writes (a sync of thousands of roles) is a file it then refuses to read.
 */
export const AWS_FILE_CAP = 16 * 1024 * 1024;

/**
 * The bytes of a regular file of at most `cap` bytes; undefined when it does not exist.
 * Throws `unusable(reason)` for a file that is not regular or is too large, and what the OS
 * throws for an unreadable one.
 */
function readRegular(
  path: string,
  cap: number,
  unusable: (reason: ReturnType<typeof phrase>) => Error,
): Uint8Array | undefined {
  let info: Deno.FileInfo;
  try {
    info = Deno.statSync(path);
  } catch (err) {
    if (err instanceof Deno.errors.NotFound || err instanceof Deno.errors.NotADirectory) {
      return undefined;
    }
    throw err;
  }
  if (info.isDirectory) return undefined;
  if (!info.isFile) throw unusable(phrase("reason_not_regular"));
  if (info.size > cap) throw unusable(phrase("reason_over_cap", { max: cap }));
  const file = Deno.openSync(path, { read: true });
  try {
    // Read to the end (the file may have grown since stat), never past the cap.
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const chunk = new Uint8Array(Math.min(64 * 1024, cap + 1 - size));
      const n = file.readSync(chunk);
      if (n === null || n === 0) break;
      size += n;
      if (size > cap) throw unusable(phrase("reason_over_cap", { max: cap }));
      chunks.push(chunk.subarray(0, n));
    }
    const out = new Uint8Array(size);
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  } finally {
    file.close();
  }
}

/** An AWS config or credentials file's bytes (same rules, under AWS_FILE_CAP). */
function readAwsFileBytes(path: string): Uint8Array | undefined {
  return readRegular(
    path,
    AWS_FILE_CAP,
    (reason) => new FlowError("file_unusable", { path, reason }),
  );
}

/** An AWS config or credentials file's text (same rules, under AWS_FILE_CAP). */
export function readAwsFileText(path: string): string | undefined {
  const bytes = readAwsFileBytes(path);
  return bytes === undefined ? undefined : new TextDecoder().decode(bytes);
}

/**
 * A settings file's text, or undefined when it does not exist (or is a directory). A FIFO, a
 * device or a file over 1 MiB is a file_unusable error naming the path.
 */
export function readOptionalText(path: string): string | undefined {
  const bytes = readRegular(
    path,
    SETTINGS_FILE_CAP,
    (reason) => new FlowError("file_unusable", { path, reason }),
  );
  return bytes === undefined ? undefined : new TextDecoder().decode(bytes);
}

/** A settings file's bytes (same rules as readOptionalText): what a digest is taken of. */
export function readOptionalBytes(path: string): Uint8Array | undefined {
  return readRegular(
    path,
    SETTINGS_FILE_CAP,
    (reason) => new FlowError("file_unusable", { path, reason }),
  );
}

/**
 * A regular file's text of at most `cap` bytes, undefined when it does not exist; `unusable`
 * words the error for a FIFO, a device or a file over the cap. For files whose errors name
 * where they came from (a CA bundle).
 */
export function readRegularText(
  path: string,
  cap: number,
  unusable: (reason: ReturnType<typeof phrase>) => Error,
): string | undefined {
  const bytes = readRegular(path, cap, unusable);
  return bytes === undefined ? undefined : new TextDecoder().decode(bytes);
}

/** A cache file's text; undefined when absent, not a regular file, too large or unreadable. */
export function readCacheText(path: string, cap: number): string | undefined {
  try {
    const bytes = readRegular(path, cap, () => new Error("unusable"));
    return bytes === undefined ? undefined : new TextDecoder().decode(bytes);
  } catch {
    return undefined;
  }
}
