// The one message catalogue: every user-facing error, hint and notice in English and Korean.
// Templates use {name} placeholders; values are inserted with control characters escaped
// (quote them in the template).
import { printable } from "../text/printable.ts";
import { particle } from "./josa.ts";
import type { Lang, Params } from "./phrase.ts";
import { type Entry, inLang } from "./text.ts";
import type { MessageKey } from "./keys.ts";
import { NETWORK_MESSAGES } from "./network.ts";
import { OKTA_MESSAGES } from "./okta.ts";
import { STS_MESSAGES } from "./sts.ts";
import { HTTP_MESSAGES } from "./http.ts";
import { FILE_MESSAGES } from "./files.ts";
import { REASON_MESSAGES } from "./reasons.ts";
import { CLI_MESSAGES } from "./cli.ts";
import { HEADLESS_MESSAGES } from "./headless.ts";
import { DOCTOR_MESSAGES } from "./doctor.ts";
import { SSO_MESSAGES } from "./sso.ts";
import { SETUP_MESSAGES } from "./setup.ts";

export type { Entry } from "./text.ts";
export type { MessageKey } from "./keys.ts";
export { detectLang, phrase } from "./phrase.ts";
export type { Lang, Params, Phrase } from "./phrase.ts";

/** The area files, each one part of the catalogue (one file per area of the program). */
export const AREAS: Readonly<Record<string, Readonly<Record<string, Entry>>>> = {
  okta: OKTA_MESSAGES,
  sts: STS_MESSAGES,
  http: HTTP_MESSAGES,
  files: FILE_MESSAGES,
  reasons: REASON_MESSAGES,
  cli: CLI_MESSAGES,
  headless: HEADLESS_MESSAGES,
  doctor: DOCTOR_MESSAGES,
  sso: SSO_MESSAGES,
  setup: SETUP_MESSAGES,
  network: NETWORK_MESSAGES,
};

/** The areas merged into one catalogue; a key two areas define is an error, not an override. */
export function mergeAreas(
  areas: Readonly<Record<string, Readonly<Record<string, Entry>>>>,
): Map<string, Entry> {
  const merged = new Map<string, Entry>();
  const owner = new Map<string, string>();
  for (const [area, entries] of Object.entries(areas)) {
    for (const [key, entry] of Object.entries(entries)) {
      const first = owner.get(key);
      if (first !== undefined) {
        throw new Error(`catalogue key "${key}" is defined in both ${first} and ${area}`);
      }
      owner.set(key, area);
      merged.set(key, entry);
    }
  }
  return merged;
}

/** Every entry by key (MessageKey is the type of its keys: i18n/keys.ts). */
export const CATALOGUE: ReadonlyMap<string, Entry> = mergeAreas(AREAS);

/**
 * The template with its placeholders filled. `{^을}` after a placeholder is the particle that
 * fits how its value ends (i18n/josa.ts); at the start of a phrase, how the text before the
 * phrase ends (`before`).
 */
function fill(template: string, params: Params, lang: Lang, before = ""): string {
  let last = before;
  return template.replace(/\{(\^?)([\w\uac00-\ud7a3]+)\}/g, (all, mark: string, name: string) => {
    if (mark) return particle(last, name);
    const value = params[name];
    if (value === undefined) return all;
    // Values may come from a server or a file: no escape sequence reaches the terminal.
    last = typeof value === "object"
      ? render(value.key, value.params ?? {}, lang, last).message
      : printable(String(value));
    return last;
  });
}

/** Renders a catalogue entry; `hint` is absent when the entry has none. */
export function render(
  key: MessageKey,
  params: Params,
  lang: Lang,
  before = "",
): { message: string; hint?: string } {
  const entry = CATALOGUE.get(key);
  if (entry === undefined) return { message: key };
  const message = fill(inLang(entry, lang), params, lang, before);
  return entry.hint === undefined
    ? { message }
    : { message, hint: fill(inLang(entry.hint, lang), params, lang) };
}

/** Renders only the message line of an entry. */
export function t(key: MessageKey, params: Params, lang: Lang): string {
  return render(key, params, lang).message;
}
