// The writes of the AWS config and credentials files (sso configure, sso remove, remove, profiles
// sync): their edits applied through the lossless INI editor in one locked, atomic write; a file
// open to others is closed to 0600 (and the user told) when the write changes it.
import type { Lang } from "../i18n/phrase.ts";
import type { Deps } from "../deps.ts";
import { fileLocksDir } from "../cache/paths.ts";
import { t } from "../i18n/messages.ts";
import {
  applyEdits,
  binaryToBytes,
  bytesToBinary,
  iniFileError,
  sectionNames,
} from "../aws/shared_ini.ts";
import { updateFile } from "../fs/atomic_write.ts";
import type { ConfigEdit } from "../flow/sso/mod.ts";

/** The section names of a config file's bytes; undefined when botocore would reject it. */
function namesOf(bytes: Uint8Array): Set<string> | undefined {
  try {
    return new Set(sectionNames(bytesToBinary(bytes)));
  } catch {
    return undefined;
  }
}

/**
 * A fresh read that lost a section the earlier read had, or no longer parses: what a read in
 * the middle of another program's in-place rewrite (`aws configure set`) looks like.
 */
export function tornConfig(fresh: Uint8Array, before: Uint8Array): boolean {
  const had = namesOf(before);
  if (had === undefined) return false;
  const has = namesOf(fresh);
  return has === undefined || [...had].some((name) => !has.has(name));
}

/**
 * Edits the config file: `plan` sees its current text (a fresh, settled read under the file's
 * lock, compared with `before`, the caller's earlier read) and returns the edits to make. A
 * line the AWS CLI would reject is file_invalid, nothing written. Returns the edits made.
 */
export async function editAwsFile(
  path: string,
  plan: (text: string) => readonly ConfigEdit[],
  run: { log: (line: string) => void; lang: Lang; deps: Pick<Deps, "env" | "os"> },
  before?: Uint8Array,
): Promise<readonly ConfigEdit[]> {
  const { log, lang } = run;
  let edits: readonly ConfigEdit[] = [];
  const result = await updateFile(path, (current) => {
    try {
      const text = bytesToBinary(current);
      edits = plan(text);
      return binaryToBytes(applyEdits(text, edits));
    } catch (err) {
      throw iniFileError(err, path);
    }
  }, { before, torn: tornConfig, lockDir: fileLocksDir(run.deps.env, run.deps.os) });
  if (result.tightened) log(t("notice_tightened", { path: result.path }, lang));
  return edits;
}
