// The interface every output plugin implements, the narrow context it sees, and what it may
// know of the run when it checks its own options.
import type { CredentialSet } from "../src/credentials.ts";
import type { Lang } from "../src/i18n/messages.ts";

/** A plugin's own option values, by flag name (only the flags it declares in mod.ts). */
export type OptionValues = Readonly<Record<string, string | boolean | undefined>>;

/** The parts of the run a plugin may consult while it checks its options. */
export interface PluginHost {
  env: Readonly<Record<string, string>>;
  /** Variables of `env` that hold a secret (upper-case): a child never inherits them. */
  secretVariables: readonly string[];
  os: string;
  /** stdin is a terminal: a Ctrl-C there already reaches a child. */
  stdinIsTerminal: boolean;
  /** stdout is a terminal: a person reads it, no shell evaluates it. */
  stdoutIsTerminal: boolean;
  /** The words after `--` (the exec command); empty when none. */
  command: readonly string[];
  /** For plugins that reach a service (console): the run's fetch and browser opener. */
  fetch: typeof fetch;
  openUrl: (url: string, command: string | undefined) => Promise<void>;
}

/**
 * Asks the pipeline again (cache, lock, provider) for the same role as `previous`, with
 * nobody prompted: exec --server renews its credentials with it while the command runs.
 */
export type Renew = (previous: CredentialSet) => Promise<CredentialSet>;

/** What a plugin sees while it delivers: two streams, the language and renew, nothing else. */
export interface OutputContext {
  /** Writes to stdout: only what a program parses. */
  write: (text: string) => void;
  /** Writes one line to stderr. */
  log: (line: string) => void;
  lang: Lang;
  renew: Renew;
}

/** Delivers credential sets; the return value is the exit code. */
export type Emit = (sets: CredentialSet[], context: OutputContext) => Promise<number>;

export interface OutputPlugin {
  name: string;
  /**
   * Checks the plugin's option values and returns its emitter; throws UsageError (or
   * FlowError) before any sign-in starts when an option is wrong.
   */
  prepare(values: OptionValues, host: PluginHost): Emit;
}
