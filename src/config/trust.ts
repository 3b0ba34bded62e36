// Which `.env` files the user trusts, in the spirit of `direnv allow` and `mise trust`: a
// `.env` comes with whatever repository was cloned, so the settings that run a program,
// choose where secrets are written or choose the org (FlagSpec.needsTrust) are taken from it
// only when the user recorded that file, by path and content hash, with `okta-aws trust`.
// A changed file is untrusted again. The list lives in the user's config dir, 0600.
import { sha256Hex } from "../cache/fingerprint.ts";
import { jsonObject, stringField } from "../text/json.ts";
import { readCacheText } from "../fs/read.ts";
import { updateFile } from "../fs/atomic_write.ts";

export interface TrustedFile {
  sha256: string;
  /** RFC 3339, for the user reading the file. */
  trustedAt: string;
}

export interface TrustList {
  version: 1;
  files: Record<string, TrustedFile>;
}

/** The trust list in a file's text; empty when absent or not one (nothing is trusted then). */
export function parseTrustList(text: string | undefined): TrustList {
  const list: TrustList = { version: 1, files: {} };
  if (text === undefined) return list;
  try {
    const files = jsonObject(jsonObject(JSON.parse(text))?.files);
    for (const [name, entry] of Object.entries(files ?? {})) {
      const e = jsonObject(entry);
      const sha256 = e && stringField(e, "sha256");
      if (e && sha256 !== undefined && /^[0-9a-f]{64}$/.test(sha256)) {
        list.files[name] = { sha256, trustedAt: String(e.trustedAt ?? "") };
      }
    }
  } catch {
    // Not JSON: nothing trusted.
  }
  return list;
}

export function readTrustList(path: string): TrustList {
  return parseTrustList(readCacheText(path, 1024 * 1024));
}

/**
 * Changes the trust list under its lock, on a fresh read (two `okta-aws trust` at once both
 * land); written 0600 through a temp file.
 */
export async function updateTrustList(
  path: string,
  change: (list: TrustList) => void,
): Promise<void> {
  await updateFile(path, (bytes) => {
    const list = parseTrustList(new TextDecoder().decode(bytes));
    change(list);
    return new TextEncoder().encode(`${JSON.stringify(list, null, 2)}\n`);
  });
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
