// The one message catalogue: every user-facing error, hint and notice in English and Korean.
// Templates use {name} placeholders; values are inserted with control characters escaped
// (quote them in the template).
import { printable } from "../text/printable.ts";
import type { Lang, Params } from "./phrase.ts";
import type { Entry } from "./entry.ts";

export type { Entry } from "./entry.ts";
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

export { detectLang, phrase } from "./phrase.ts";
export type { Lang, Params, Phrase } from "./phrase.ts";

export const CATALOGUE = {
  ...OKTA_MESSAGES,
  ...STS_MESSAGES,
  ...HTTP_MESSAGES,
  ...FILE_MESSAGES,
  ...REASON_MESSAGES,
  ...CLI_MESSAGES,
  ...HEADLESS_MESSAGES,
  ...DOCTOR_MESSAGES,
  ...SSO_MESSAGES,
  ...NETWORK_MESSAGES,
} satisfies Record<string, Entry>;

export type MessageKey = keyof typeof CATALOGUE;

function fill(template: string, params: Params, lang: Lang): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) => {
    const value = params[name];
    if (value === undefined) return all;
    if (typeof value === "object") return render(value.key, value.params ?? {}, lang).message;
    // Values may come from a server or a file: no escape sequence reaches the terminal.
    return printable(String(value));
  });
}

/** Renders a catalogue entry; `hint` is absent when the entry has none. */
export function render(
  key: MessageKey,
  params: Params,
  lang: Lang,
): { message: string; hint?: string } {
  const entry: Entry = CATALOGUE[key];
  const message = fill(lang === "ko" ? entry.ko : entry.en, params, lang);
  const hintTemplate = lang === "ko" ? entry.hintKo ?? entry.hintEn : entry.hintEn;
  return hintTemplate === undefined
    ? { message }
    : { message, hint: fill(hintTemplate, params, lang) };
}

/** Renders only the message line of an entry. */
export function t(key: MessageKey, params: Params, lang: Lang): string {
  return render(key, params, lang).message;
}
