// Reading the files okta-aws reads but does not own (.env, okta.yaml) and its cache files:
// regular files only (a FIFO or a device would hang or never end) and never more than a cap,
// so that a hostile file cannot stall a run or fill its memory.
import { FlowError } from "../errors.ts";
import { phrase } from "../i18n/phrase.ts";

/** Settings files (.env, okta.yaml) are small; a megabyte is plenty. */
export const SETTINGS_FILE_CAP = 1024 * 1024;

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
    // The file may grow between stat and read: never read past the cap.
    const buffer = new Uint8Array(Math.min(info.size, cap) + 1);
    let size = 0;
    for (;;) {
      const n = file.readSync(buffer.subarray(size));
      if (n === null || n === 0) break;
      size += n;
      if (size > cap) throw unusable(phrase("reason_over_cap", { max: cap }));
      if (size === buffer.length) break;
    }
    return buffer.subarray(0, size);
  } finally {
    file.close();
  }
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

/** A cache file's text; undefined when absent, not a regular file, too large or unreadable. */
export function readCacheText(path: string, cap: number): string | undefined {
  try {
    const bytes = readRegular(path, cap, () => new Error("unusable"));
    return bytes === undefined ? undefined : new TextDecoder().decode(bytes);
  } catch {
    return undefined;
  }
}
