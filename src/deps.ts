// The outside world as okta-aws sees it. main.ts builds the real one; tests build their own
// (captured streams, fake servers' URLs in `env`, a recording browser opener). Nothing under
// src/ or plugins/ reads Deno.args, Deno.env, Deno.cwd() or the terminals by itself.
import type { Fetch } from "./http/client.ts";

export type Env = Readonly<Record<string, string>>;

export interface Deps {
  /** The arguments after the program name. */
  args: readonly string[];
  env: Env;
  cwd: string;
  /** `Deno.build.os` and `Deno.build.arch` (or what a test pretends). */
  os: string;
  arch: string;
  /** Writes to stdout: only what a program parses. */
  stdout: (text: string) => void;
  /** Writes to stderr: prompts, progress, warnings, errors. */
  stderr: (text: string) => void;
  /** stdin is a terminal (Ctrl-C there reaches an exec child by itself). */
  stdinIsTerminal: boolean;
  /** stdin and stderr are terminals: the picker may ask. */
  interactive: boolean;
  /** stderr is a terminal: live progress lines are drawn there (logs stay quiet). */
  stderrIsTerminal: boolean;
  /** stdout is a terminal: what a shell should evaluate would only be shown (env-var says so). */
  stdoutIsTerminal: boolean;
  fetch: Fetch;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  /** Opens a URL in the browser, or with the user's command (URL appended, no shell). */
  openUrl: (url: string, command: string | undefined) => Promise<void>;
}
