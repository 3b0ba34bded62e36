// The light half of the message catalogue: languages, references to catalogue entries
// (phrases) and the language choice. Modules on the warm path (a cached credential_process
// answer) import these and not the catalogue itself, which loads only when a message is
// printed.
import type { MessageKey } from "./keys.ts";

export type Lang = "en" | "ko";

/** A catalogue entry used as a parameter of another, rendered in the same language. */
export interface Phrase {
  key: MessageKey;
  params?: Params;
}

export type Params = Record<string, string | number | Phrase>;

/** Refers to a catalogue entry, for a `reason` or a `suggestion` inside another message. */
export function phrase(key: MessageKey, params: Params = {}): Phrase {
  return { key, params };
}

/** Picks the language from `--lang`, then LC_ALL, LC_MESSAGES, LANG. */
export function detectLang(
  explicit: string | undefined,
  env: Readonly<Record<string, string>>,
): Lang {
  const source = explicit ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? "";
  return /^ko/i.test(source) ? "ko" : "en";
}
