// The command line's entry. A request the credential cache can answer is answered first, from
// two small files, before argv is even parsed (the warm path of credential_process and exec);
// anything else loads the command tree and runs (run.ts). Every error becomes one line, a
// hint and an exit code. Returns the code: only main.ts exits.
import type { Deps } from "../deps.ts";
import { FlowError, UsageError } from "../errors.ts";
import { detectLang, type Lang } from "../i18n/phrase.ts";
import type { RunState } from "./run.ts";
import { activeStore, choiceWaiting } from "../secrets/vault.ts";

type Pipeline = typeof import("./pipeline.ts");
type Key = typeof import("./request_key.ts");
type Run = typeof import("./run.ts");
type Messages = typeof import("../i18n/messages.ts");
type Printable = typeof import("../text/printable.ts");
type Prompt = typeof import("./commands/local/prompt.ts");
type TokenStoreModule = typeof import("../secrets/token_store.ts");
type Marker = typeof import("../secrets/marker.ts");

// Deno loads every statically written import() with the start-up graph, npm packages and all;
// computed specifiers keep each path to what it needs. `deno compile` embeds these modules
// through `--include` (scripts/compile.ts).
const moduleUrl = (file: string) => new URL(`./${file}`, import.meta.url).href;

/** The arguments before `--`: what follows belongs to the exec command. */
function beforeDashes(argv: readonly string[]): readonly string[] {
  const dashes = argv.indexOf("--");
  return dashes < 0 ? argv : argv.slice(0, dashes);
}

/**
 * The `--lang` value given before `--`, read before parsing so that even a parse error speaks
 * the user's language.
 */
export function langArgument(argv: readonly string[]): string | undefined {
  const before = beforeDashes(argv);
  const i = before.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  if (i < 0) return undefined;
  return before[i]!.includes("=") ? before[i]!.slice("--lang=".length) : before[i + 1];
}

/** Help and version are never cached answers: skip the lookup for them. */
function mayBeCached(argv: readonly string[]): boolean {
  const before = beforeDashes(argv);
  return before[0] !== "help" &&
    !before.some((a) => a === "--help" || a === "-h" || a === "--version" || a === "-v");
}

/** The warm path: the exit code of a request the credential cache answered, else undefined. */
async function answerFromCache(deps: Deps, lang: Lang): Promise<number | undefined> {
  const { requestKey, hasStoredAnswer }: Key = await import(moduleUrl("request_key.ts"));
  let key;
  try {
    key = await requestKey(deps);
  } catch {
    // No home directory, an unreadable .env: the full run explains it.
    return undefined;
  }
  if (!hasStoredAnswer(key)) return undefined;
  const { serveCached }: Pipeline = await import(moduleUrl("pipeline.ts"));
  return await serveCached(key, deps, lang);
}

/** A stack trace for --debug: its lines kept, any escape sequence a server slipped in shown. */
async function debugText(text: string): Promise<string> {
  const { printable }: Printable = await import(moduleUrl("../text/printable.ts"));
  return text.split("\n").map(printable).join("\n");
}

/** Prints an error and its hint; the catalogue loads here, not on the warm path. */
async function printError(
  deps: Deps,
  lang: Lang,
  word: (messages: Messages) => { message: string; hint?: string },
): Promise<void> {
  const messages: Messages = await import(moduleUrl("../i18n/messages.ts"));
  await import(moduleUrl("../i18n/register.ts"));
  const { message, hint } = word(messages);
  deps.stderr(`${messages.t("error_prefix", {}, lang)}${message}\n`);
  if (hint) deps.stderr(`${messages.t("hint_prefix", {}, lang)}${hint}\n`);
}

/** Runs okta-aws with the given outside world and returns the exit code. */
export async function main(deps: Deps): Promise<number> {
  const state: RunState = {
    lang: detectLang(langArgument(deps.args) ?? deps.env.OKTA_AWS_LANG, deps.env),
    command: "okta-aws",
    debug: /^(true|1)$/i.test(deps.env.OKTA_AWSCLI_DEBUG ?? ""),
  };
  try {
    // This machine's secrets, when it keeps them in the keychain: read once, before any cache
    // (the keychain's code loads only then).
    const marker: Marker | undefined = mayBeCached(deps.args)
      ? await import(moduleUrl("../secrets/marker.ts"))
      : undefined;
    const root = marker?.rootOf(deps);
    if (marker && root !== undefined && marker.chosenStore(root) === "keychain") {
      const { openSecrets }: TokenStoreModule = await import(
        moduleUrl("../secrets/token_store.ts")
      );
      await openSecrets(deps, async (key, params) => {
        const { t }: Messages = await import(moduleUrl("../i18n/messages.ts"));
        deps.stderr(`${t(key, params, state.lang)}\n`);
      });
    }
    if (deps.args[0] === "prompt") {
      // Drawn on every shell prompt: the segment straight from the cache, before the tree.
      const prompt: Prompt = await import(moduleUrl("commands/local/prompt.ts"));
      const flags = prompt.promptArgs(deps.args);
      if (flags) return prompt.printPrompt(deps, flags);
    }
    if (mayBeCached(deps.args)) {
      const served = await answerFromCache(deps, state.lang);
      if (served !== undefined) return served;
    }
    const { runCommand }: Run = await import(moduleUrl("run.ts"));
    return await runCommand(deps, state);
  } catch (err) {
    const lang = state.lang;
    if (err instanceof UsageError) {
      // The hint names the help of the command at hand.
      await printError(
        deps,
        lang,
        (m) => m.render(err.key, { command: state.command, ...err.params }, lang),
      );
      return 2;
    }
    if (err instanceof FlowError) {
      await printError(deps, lang, (m) => m.render(err.code, err.params, lang));
      if (state.debug && err.cause) {
        const cause = err.cause instanceof Error ? err.cause.stack ?? err.cause : err.cause;
        deps.stderr(`${await debugText(String(cause))}\n`);
      }
      return err.code === "cancelled" ? 130 : 1;
    }
    await printError(deps, lang, (m) =>
      // The catalogue is loaded now: an Error's message reads as words, not a key.
      m.render("error_unexpected", {
        message: err instanceof Error ? err.message : String(err),
      }, lang));
    if (state.debug && err instanceof Error) {
      deps.stderr(`${await debugText(String(err.stack))}\n`);
    }
    return 1;
  } finally {
    // This run's changes to the keychain's item, and a first choice of store once the run has
    // made a cache to keep; nothing to load when neither is there.
    if (activeStore() === "keychain" || choiceWaiting()) {
      const store: TokenStoreModule = await import(moduleUrl("../secrets/token_store.ts"));
      await store.saveSecrets(deps).catch(() => {});
      store.rememberChoice();
    }
  }
}
