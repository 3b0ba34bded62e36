// The config-file writes of `sso configure` and `sso remove`: their edits applied through the
// lossless INI editor in one locked, atomic write; a file open to others is closed to 0600
// and the user told.
import type { Lang } from "../i18n/messages.ts";
import { t } from "../i18n/messages.ts";
import { applyEdits, binaryToBytes, bytesToBinary, iniFileError } from "../aws/shared_ini.ts";
import { updateFile } from "../fs/atomic_write.ts";
import type { ConfigEdit } from "../flow/sso_configure.ts";

/**
 * Edits the config file: `plan` sees its current text (a fresh read, under the file's lock)
 * and returns the edits to make. A line the AWS CLI would reject is file_invalid, nothing
 * written. Returns the edits made.
 */
export async function editConfig(
  path: string,
  plan: (text: string) => readonly ConfigEdit[],
  log: (line: string) => void,
  lang: Lang,
): Promise<readonly ConfigEdit[]> {
  let edits: readonly ConfigEdit[] = [];
  const result = await updateFile(path, (current) => {
    try {
      const text = bytesToBinary(current);
      edits = plan(text);
      return binaryToBytes(applyEdits(text, edits));
    } catch (err) {
      throw iniFileError(err, path);
    }
  });
  if (result.tightened) log(t("notice_tightened", { path: result.path }, lang));
  return edits;
}
