#!/usr/bin/env -S deno run --allow-all
// okta-aws: temporary AWS credentials through Okta. This file is the only place that reads
// argv and the environment and decides the exit code; the flows load lazily so that --help,
// --version and usage errors stay fast.
import { parseArgs } from "./src/config/argv.ts";
import { helpText } from "./src/config/help.ts";
import { FlowError, UsageError } from "./src/errors.ts";
import { detectLang, type Lang, render, t } from "./src/i18n/messages.ts";
import { VERSION } from "./src/version.ts";

export interface Io {
  args: string[];
  env: Record<string, string>;
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isInteractive: boolean;
}

const encoder = new TextEncoder();

// Deno loads every statically written import() with the start-up graph, npm packages and all;
// computed specifiers keep --help, --version and usage errors off that path, and the warm
// cache path off the npm packages. `deno compile` embeds both modules through `--include`
// (scripts/compile.ts).
const COMMANDS_MODULE = new URL("./src/commands.ts", import.meta.url).href;
const WARM_MODULE = new URL("./src/warm.ts", import.meta.url).href;
type Commands = typeof import("./src/commands.ts");
type Warm = typeof import("./src/warm.ts");

function realIo(): Io {
  return {
    args: Deno.args,
    env: Deno.env.toObject(),
    cwd: Deno.cwd(),
    stdout: (text) => writeAll(Deno.stdout, text),
    stderr: (text) => writeAll(Deno.stderr, text),
    isInteractive: Deno.stdin.isTerminal() && Deno.stderr.isTerminal(),
  };
}

function writeAll(stream: { writeSync(p: Uint8Array): number }, text: string): void {
  let bytes = encoder.encode(text);
  while (bytes.length > 0) bytes = bytes.subarray(stream.writeSync(bytes));
}

function langFromArgs(args: string[], env: Record<string, string>): Lang {
  const i = args.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const explicit = i < 0
    ? env.OKTA_AWS_LANG
    : args[i]!.includes("=")
    ? args[i]!.split("=")[1]
    : args[i + 1];
  return detectLang(explicit, env);
}

function printError(io: Io, lang: Lang, message: string, hint: string | undefined): void {
  io.stderr(`${t("error_prefix", {}, lang)}${message}\n`);
  if (hint) io.stderr(`${t("hint_prefix", {}, lang)}${hint}\n`);
}

/** Runs okta-aws with the given I/O and returns the exit code. */
export async function main(io: Io): Promise<number> {
  let lang = langFromArgs(io.args, io.env);
  let debug = false;
  try {
    const args = parseArgs(io.args);
    if (args.help) {
      io.stdout(helpText(lang));
      return 0;
    }
    if (args.version) {
      io.stdout(`okta-aws ${VERSION}\n`);
      return 0;
    }
    if (args.command === "web") {
      const { tryWarm }: Warm = await import(WARM_MODULE);
      const warm = await tryWarm(io, args, lang);
      if (warm !== undefined) return warm;
    }
    const commands: Commands = await import(COMMANDS_MODULE);
    if (args.command === "list-profiles") return await commands.listProfiles(io, lang);
    if (args.command === "status") return await commands.status(io, args.flags, lang);
    if (args.command === "logout") return await commands.logout(io, args.flags, lang);
    debug = args.flags.debug === true || /^(true|1)$/i.test(io.env.OKTA_AWSCLI_DEBUG ?? "");
    // Settings may set the language (--lang in .env or okta.yaml): errors follow it.
    return await commands.runWeb(io, args.flags, args.rest, (chosen) => lang = chosen);
  } catch (err) {
    if (err instanceof UsageError) {
      const { message, hint } = render(err.key, err.params, lang);
      printError(io, lang, message, hint);
      return 2;
    }
    if (err instanceof FlowError) {
      const { message, hint } = render(err.code, err.params, lang);
      printError(io, lang, message, hint);
      if (debug && err.cause) io.stderr(`${String((err.cause as Error).stack ?? err.cause)}\n`);
      return err.code === "cancelled" ? 130 : 1;
    }
    const message = err instanceof Error ? err.message : String(err);
    const { message: text, hint } = render("error_unexpected", { message }, lang);
    printError(io, lang, text, hint);
    if (debug && err instanceof Error) io.stderr(`${err.stack}\n`);
    return 1;
  }
}

if (import.meta.main) {
  Deno.exit(await main(realIo()));
}
