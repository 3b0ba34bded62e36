// Text questions (the `aws configure sso` wizard's): a line of input on the terminal (drawn on
// stderr), or, without a terminal, the default, or an error naming the flag that answers.
import { FlowError } from "../errors.ts";
import type { Lang } from "../i18n/phrase.ts";
import type { Text } from "../i18n/text.ts";

export interface Question {
  /** As `aws configure sso` words it: "SSO start URL". */
  message: string;
  /** Shown in brackets and taken on Enter. */
  fallback?: string;
  /** The flag that answers it without a prompt. */
  flag: string;
  /** An empty answer is not allowed. */
  required?: boolean;
  /** Returns a reason when the answer is not usable (asked again on a terminal). */
  validate?: (answer: string) => string | undefined;
}

export type Ask = (question: Question) => Promise<string>;

/** Without a terminal: the default, else an error naming the flag. */
export function noTerminalAsk(question: Question): Promise<string> {
  const answer = question.fallback ?? "";
  if (answer === "" && question.required) {
    return Promise.reject(
      new FlowError("answer_needed", { question: question.message, flag: question.flag }),
    );
  }
  return Promise.resolve(answer);
}

/** What the brackets show when a question has no default, as `aws configure sso` does. */
const NONE = { en: "None", ko: "없음" } satisfies Text;

/** On the terminal, with @inquirer/prompts' input; Ctrl-C is `cancelled`. */
export function terminalAsk(lang: Lang): Ask {
  return async (question) => {
    const [{ input }, process] = await Promise.all([
      import("@inquirer/prompts"),
      import("node:process"),
    ]);
    try {
      const answer = await input({
        message: `${question.message} [${question.fallback || NONE[lang]}]:`,
        validate: (value) => {
          const v = value.trim() || question.fallback || "";
          if (v === "" && question.required) return false;
          return v === "" ? true : question.validate?.(v) ?? true;
        },
      }, { output: process.stderr });
      return answer.trim() || question.fallback || "";
    } catch (err) {
      if (err instanceof Error && err.name === "ExitPromptError") throw new FlowError("cancelled");
      throw err;
    }
  };
}

/** A secret on the terminal with echo off (nothing drawn as it is typed); Ctrl-C cancels. */
export async function askSecret(message: string): Promise<string> {
  const [{ password }, process] = await Promise.all([
    import("@inquirer/prompts"),
    import("node:process"),
  ]);
  try {
    return await password({ message: `${message}:` }, { output: process.stderr });
  } catch (err) {
    if (err instanceof Error && err.name === "ExitPromptError") throw new FlowError("cancelled");
    throw err;
  }
}

/** A yes/no question on the terminal (default no); Ctrl-C cancels. */
export async function askYesNo(message: string): Promise<boolean> {
  const [{ confirm }, process] = await Promise.all([
    import("@inquirer/prompts"),
    import("node:process"),
  ]);
  try {
    return await confirm({ message, default: false }, { output: process.stderr });
  } catch (err) {
    if (err instanceof Error && err.name === "ExitPromptError") throw new FlowError("cancelled");
    throw err;
  }
}
