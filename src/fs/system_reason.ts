// What the system said when a file operation failed, in the user's words and language where it
// is a common case (no permission, no such file, no space, read-only disk), else its own text.
import { type Phrase, phrase } from "../i18n/phrase.ts";

/** A catalogue phrase for a known file-system error; the first line of the message otherwise. */
export function systemReason(err: unknown): Phrase | string {
  if (err instanceof Deno.errors.PermissionDenied) return phrase("reason_sys_permission");
  if (err instanceof Deno.errors.NotFound) return phrase("reason_sys_not_found");
  if (err instanceof Deno.errors.IsADirectory) return phrase("reason_is_directory");
  const message = err instanceof Error ? err.message : String(err);
  if (/No space left|os error 28/i.test(message)) return phrase("reason_sys_no_space");
  if (/Read-only file system|os error 30/i.test(message)) return phrase("reason_sys_read_only");
  return message.split("\n")[0]!.replace(/,?\s*(open|rename|write|mkdir)\s.*$/, "");
}
