// Choosing among accounts, roles or apps: an arrow-key, type-to-filter list on the terminal
// (drawn on stderr), or, without a terminal, an error naming the choices and the flag.
import type { Text } from "../i18n/text.ts";
import { FlowError } from "../errors.ts";
import type { Lang, Phrase } from "../i18n/phrase.ts";
import { printable } from "../text/printable.ts";

export interface Choice<T> {
  name: string;
  value: T;
  description?: string;
}

export interface PickRequest<T> {
  message: string;
  choices: Choice<T>[];
  /** What is being chosen and the flag that presets it, for the no-terminal error. */
  what: Phrase;
  flag: string;
}

export type Picker = <T>(request: PickRequest<T>) => Promise<T>;

/** A picker that never asks: for runs without a terminal. */
export function noTerminalPicker<T>(request: PickRequest<T>): Promise<T> {
  return Promise.reject(
    new FlowError("choice_needed", {
      what: request.what,
      flag: request.flag,
      // The label and what it stands for: "Data Production (arn:aws:iam::...)".
      choices: request.choices.map((c) =>
        c.description === undefined || c.description === c.name
          ? c.name
          : `${c.name} (${c.description})`
      ).join(", "),
    }),
  );
}

/** The picker's own words (key help, "no results"), in the user's language. */
const PICKER_TEXT = {
  navigate: { en: "navigate", ko: "이동" },
  select: { en: "select", ko: "선택" },
  none: { en: "No results found", ko: "결과가 없습니다" },
} satisfies Record<string, Text>;

/** The interactive picker, on stdin and stderr, with @inquirer/prompts' search. */
export function terminalPicker(lang: Lang): Picker {
  return async <T>(request: PickRequest<T>): Promise<T> => {
    const [{ search }, process, { styleText }] = await Promise.all([
      import("@inquirer/prompts"),
      import("node:process"),
      import("node:util"),
    ]);
    const own: Record<string, string> = {
      navigate: PICKER_TEXT.navigate[lang],
      select: PICKER_TEXT.select[lang],
      "No results found": PICKER_TEXT.none[lang],
    };
    try {
      const value = await search<T>({
        message: request.message,
        pageSize: 15,
        theme: {
          style: {
            keysHelpTip: (keys: [string, string][]) =>
              keys.map(([key, action]) =>
                `${styleText("bold", key)} ${styleText("dim", own[action] ?? action)}`
              ).join(styleText("dim", " • ")),
            error: (text: string) => styleText("red", `> ${own[text] ?? text}`),
          },
        },
        source: (term) => {
          const needle = (term ?? "").toLowerCase();
          return request.choices
            .filter((c) =>
              c.name.toLowerCase().includes(needle) ||
              (c.description ?? "").toLowerCase().includes(needle)
            )
            .map((c) => ({
              // Names and descriptions come from Okta and the assertion: no escape sequences.
              name: printable(c.name),
              value: c.value,
              // Shown under the list for the highlighted choice: not when the name says it.
              description: c.description === undefined || c.name.includes(c.description)
                ? undefined
                : printable(c.description),
            }));
        },
        // The menu goes away when the prompt ends, Ctrl-C included; the answer stays, below.
      }, { output: process.stderr, clearPromptOnDone: true });
      const chosen = request.choices.find((c) => c.value === value);
      if (chosen) {
        process.stderr.write(
          `${styleText("green", "✔")} ${styleText("bold", request.message)} ${
            styleText("cyan", printable(chosen.name))
          }\n`,
        );
      }
      return value;
    } catch (err) {
      if (err instanceof Error && err.name === "ExitPromptError") throw new FlowError("cancelled");
      throw err;
    }
  };
}
