// The one bilingual shape: every text a user reads (a flag's help, a command's summary, a
// catalogue entry and its hint, a picker's words) is given in English and Korean side by side.
// No imports: every area file and spec can take it without pulling anything else in.

export interface Text {
  en: string;
  ko: string;
}

/** One catalogue entry: the message, and the hint (the next step) when it has one. */
export interface Entry extends Text {
  hint?: Text;
}

/** The text in a language. */
export function inLang(text: Text, lang: "en" | "ko"): string {
  return lang === "ko" ? text.ko : text.en;
}
