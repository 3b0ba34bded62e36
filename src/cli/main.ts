// The command line's entry: argv against the command tree, --help and --version, the warm
// path of cacheable commands, then the command's module; every error becomes one line, a
// hint and an exit code. Returns the code: only main.ts exits.
import type { Deps } from "../deps.ts";
import { FlowError, UsageError } from "../errors.ts";
import { detectLang, type Lang, render, t } from "../i18n/messages.ts";
import { VERSION } from "../version.ts";
import { langArgument, parseArgs } from "./argv.ts";
import { helpText } from "./help.ts";
import { commandName, type CommandRequest, type CommandSpec, ROOT } from "./tree.ts";

type CommandModule = { run(request: CommandRequest, deps: Deps): Promise<number> };
type Pipeline = typeof import("./pipeline.ts");

// Deno loads every statically written import() with the start-up graph, npm packages and all;
// computed specifiers keep --help, --version and usage errors off that path, and the warm
// path off the npm packages. `deno compile` embeds these modules through `--include`
// (scripts/compile.ts, from the tree).
const moduleUrl = (file: string) => new URL(`./${file}`, import.meta.url).href;

function printError(deps: Deps, lang: Lang, message: string, hint: string | undefined): void {
  deps.stderr(`${t("error_prefix", {}, lang)}${message}\n`);
  if (hint) deps.stderr(`${t("hint_prefix", {}, lang)}${hint}\n`);
}

/** Runs okta-aws with the given outside world and returns the exit code. */
export async function main(deps: Deps): Promise<number> {
  let lang = detectLang(langArgument(deps.args) ?? deps.env.OKTA_AWS_LANG, deps.env);
  let command: CommandSpec | undefined;
  let debug = /^(true|1)$/i.test(deps.env.OKTA_AWSCLI_DEBUG ?? "");
  try {
    const parsed = parseArgs(deps.args, ROOT);
    command = parsed.command;
    debug ||= parsed.flags.debug === true;
    if (parsed.help) {
      deps.stdout(helpText(command, lang));
      return 0;
    }
    if (parsed.version) {
      deps.stdout(`okta-aws ${VERSION}\n`);
      return 0;
    }
    if (!command.module) {
      // A group without a command of its own (okta-aws sso): show what it holds.
      deps.stderr(helpText(command, lang));
      return 2;
    }
    const request: CommandRequest = {
      command,
      flags: parsed.flags,
      rest: parsed.rest,
      lang,
      setLang: (chosen) => lang = chosen,
    };
    if (command.warm) {
      const { serveCached }: Pipeline = await import(moduleUrl("pipeline.ts"));
      const served = await serveCached(request, deps, lang);
      if (served !== undefined) return served;
    }
    const module: CommandModule = await import(moduleUrl(command.module));
    return await module.run(request, deps);
  } catch (err) {
    if (err instanceof UsageError) {
      // The hint names the help of the command at hand.
      const params = { command: commandName(command ?? ROOT), ...err.params };
      const { message, hint } = render(err.key, params, lang);
      printError(deps, lang, message, hint);
      return 2;
    }
    if (err instanceof FlowError) {
      const { message, hint } = render(err.code, err.params, lang);
      printError(deps, lang, message, hint);
      if (debug && err.cause) deps.stderr(`${String((err.cause as Error).stack ?? err.cause)}\n`);
      return err.code === "cancelled" ? 130 : 1;
    }
    const message = err instanceof Error ? err.message : String(err);
    const { message: text, hint } = render("error_unexpected", { message }, lang);
    printError(deps, lang, text, hint);
    if (debug && err instanceof Error) deps.stderr(`${err.stack}\n`);
    return 1;
  }
}
