// A command line that the cache did not answer: argv against the command tree, --help and
// --version, then the command's module. Loaded by main.ts only when needed, with the tree.
import type { Deps } from "../deps.ts";
import { versionLine } from "../version.ts";
import { parseArgs } from "./argv.ts";
import { helpText } from "./help.ts";
import { commandName, type CommandRequest, ROOT } from "./tree.ts";
import type { Lang } from "../i18n/phrase.ts";

/** A module of the catalogue, by a computed specifier (off the start-up graph). */
const i18n = (file: string) => new URL(`../i18n/${file}`, import.meta.url).href;

type CommandModule = { run(request: CommandRequest, deps: Deps): Promise<number> };

/** What main learns while a run goes on, for the error it may have to print. */
export interface RunState {
  lang: Lang;
  /** The command at hand ("okta-aws web"), for the usage hint. */
  command: string;
  debug: boolean;
}

/** Parses and runs the command; tells `state` the command and language as they are known. */
export async function runCommand(deps: Deps, state: RunState): Promise<number> {
  const parsed = parseArgs(deps.args, ROOT);
  const command = parsed.command;
  state.command = commandName(command);
  state.debug ||= parsed.flags.debug === true;
  if (parsed.help) {
    deps.stdout(helpText(command, state.lang));
    return 0;
  }
  if (parsed.version) {
    deps.stdout(`${versionLine()}\n`);
    return 0;
  }
  if (parsed.deprecated.length > 0) {
    const { t } = await import(i18n("messages.ts"));
    for (const [typed, current] of parsed.deprecated) {
      deps.stderr(`${t("notice_deprecated_flag", { typed, current }, state.lang)}\n`);
    }
  }
  if (!command.module) {
    // A group without a command of its own (okta-aws sso): show what it holds.
    deps.stderr(helpText(command, state.lang));
    return 2;
  }
  const request: CommandRequest = {
    command,
    flags: parsed.flags,
    rest: parsed.rest,
    operands: parsed.operands,
    lang: state.lang,
    setLang: (chosen) => state.lang = chosen,
  };
  // Computed specifier (the group's spec.ts resolved it): see main.ts; scripts/compile.ts
  // embeds every command module.
  const [module]: [CommandModule, unknown] = await Promise.all([
    import(command.module),
    // The catalogue words the errors a command throws; --help and --version never load it.
    import(i18n("register.ts")),
  ]);
  return await module.run(request, deps);
}
