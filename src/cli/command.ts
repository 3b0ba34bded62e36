// The shape of one command: the words that select it, its summary, its flags (typed: see
// FlagValues) and the module that runs it. Each command group declares its commands in its own
// commands/<group>/spec.ts as `{...} as const satisfies CommandSpec` (the list of flags stays a
// tuple type, so the command's values are typed); tree.ts only assembles them. Types only: no
// start-up path loads this module.
import type { FlagSpec } from "../config/flag_spec.ts";
import type { Lang } from "../i18n/phrase.ts";
import type { Text } from "../i18n/text.ts";

export interface CommandSpec<F extends readonly FlagSpec[] = readonly FlagSpec[]> {
  /** The words that select it (`["web"]`, `["sso", "login"]`); empty for the root. */
  readonly path: readonly string[];
  readonly summary: Text;
  /** Its own flags; the global ones (GLOBAL_FLAGS) come on top. */
  readonly flags: F;
  /** The module whose `run` carries it out (import.meta.resolve of the group's spec.ts). */
  readonly module?: string;
  /** Takes a command to run after `--` (exec mode). */
  readonly exec?: boolean;
  /** Reads the okta.yaml profile block: its flags are okta.yaml keys. */
  readonly profile?: boolean;
  /** The command that runs when no command word is given (the root's: web). */
  readonly defaultCommand?: CommandSpec;
  readonly subcommands?: readonly CommandSpec[];
  readonly examples?: readonly string[];
  /** Other names that select it (`debug` for doctor, okta-aws-cli's name). */
  readonly aliases?: readonly string[];
  /** Words it takes after its name (`trust [path]`): at most this many, shown as `arg`. */
  readonly operands?: { max: number; arg: string };
}

/** What a command module's `run(request, deps)` receives. */
export interface CommandRequest {
  command: CommandSpec;
  /** Flag values as given on the command line, by long name. */
  flags: Readonly<Record<string, string | boolean>>;
  /** The command after `--`. */
  rest: readonly string[];
  /** The words after the command's name, for a command that takes them (`trust [path]`). */
  operands: readonly string[];
  /** The language chosen so far (--lang, OKTA_AWS_LANG, the locale). */
  lang: Lang;
  /** Tells main the language the settings chose, for the errors that follow. */
  setLang: (lang: Lang) => void;
}
