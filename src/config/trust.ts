// Which `.env` files the user trusts, in the spirit of `direnv allow` and `mise trust`: a
// `.env` comes with whatever repository was cloned, so the settings that run a program,
// choose where secrets are written or choose the org (FlagSpec.needsTrust) are taken from it
// only when the user recorded that file, by path and content hash, with `okta-aws trust`.
// A changed file is untrusted again. The list lives in the user's config dir, 0600.
import { sha256Hex } from "../cache/fingerprint.ts";
import { readCacheText } from "../fs/read.ts";
import { writePrivateFile } from "../fs/atomic_write.ts";

export interface TrustedFile {
  sha256: string;
  /** RFC 3339, for the user reading the file. */
  trustedAt: string;
}

export interface TrustList {
  version: 1;
  files: Record<string, TrustedFile>;
}

const EMPTY: TrustList = { version: 1, files: {} };

/** The trust list; empty when absent or unreadable (nothing is trusted then). */
export function readTrustList(path: string): TrustList {
  const text = readCacheText(path, 1024 * 1024);
  if (text === undefined) return EMPTY;
  try {
    const value = JSON.parse(text);
    if (typeof value?.files !== "object" || value.files === null) return EMPTY;
    const files: Record<string, TrustedFile> = {};
    for (const [name, entry] of Object.entries(value.files as Record<string, unknown>)) {
      const e = entry as Partial<TrustedFile> | null;
      if (typeof e?.sha256 === "string" && /^[0-9a-f]{64}$/.test(e.sha256)) {
        files[name] = { sha256: e.sha256, trustedAt: String(e.trustedAt ?? "") };
      }
    }
    return { version: 1, files };
  } catch {
    return EMPTY;
  }
}

export function writeTrustList(path: string, list: TrustList): void {
  writePrivateFile(path, new TextEncoder().encode(`${JSON.stringify(list, null, 2)}\n`));
}

/** The file's absolute path with symlinks resolved: how it is recorded and looked up. */
export function canonicalPath(path: string): string {
  try {
    return Deno.realPathSync(path);
  } catch {
    return path;
  }
}

/** True when `path` (canonical) is recorded with the hash of `text`. */
export async function isTrusted(list: TrustList, path: string, text: string): Promise<boolean> {
  const entry = list.files[path];
  return entry !== undefined && entry.sha256 === await sha256Hex(text);
}
