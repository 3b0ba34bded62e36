#!/usr/bin/env -S deno run --allow-all
// okta-aws: temporary AWS credentials through Okta. This file is the only place that reads
// argv and the environment and decides the exit code; the flows load lazily so that --help,
// --version and usage errors stay fast.
import { Command, CommanderError, Option } from "commander";
import { FLAGS, optionKey } from "./src/config/flags.ts";
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

type Action =
  | { kind: "web"; flags: Record<string, string | boolean | undefined>; command: string[] }
  | { kind: "list-profiles" };

function buildProgram(io: Io, onAction: (action: Action) => void): Command {
  const program = new Command("okta-aws")
    .description("Temporary AWS credentials through Okta (SAML federation and IAM Identity Center)")
    .version(VERSION, "-v, --version")
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => {} })
    .showSuggestionAfterError(true);
  const web = program
    .command("web", { isDefault: true })
    .description("AWS Account Federation (SAML) through Okta device authorization")
    .argument("[command...]", "with --exec or after --: run it with the credentials")
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => {} });
  for (const spec of FLAGS) {
    const letters = spec.short ? `-${spec.short}, ` : "";
    const value = spec.type === "string" ? ` <${spec.arg ?? "value"}>` : "";
    const env = spec.env.length > 0 ? ` [env: ${spec.env[0]}]` : "";
    web.addOption(new Option(`${letters}--${spec.name}${value}`, `${spec.description}${env}`));
  }
  web.action((command: string[], options: Record<string, string | boolean | undefined>) => {
    const flags: Record<string, string | boolean | undefined> = {};
    for (const spec of FLAGS) flags[spec.name] = options[optionKey(spec.name)];
    onAction({ kind: "web", flags, command });
  });
  program
    .command("list-profiles")
    .description("List the profiles of ~/.okta/okta.yaml")
    .exitOverride()
    .action(() => onAction({ kind: "list-profiles" }));
  return program;
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
  let action: Action | undefined;
  try {
    try {
      await buildProgram(io, (a) => action = a).parseAsync(io.args, { from: "user" });
    } catch (err) {
      if (!(err instanceof CommanderError)) throw err;
      if (err.exitCode === 0) return 0;
      throw new UsageError("usage_commander", { reason: err.message.replace(/^error: /, "") });
    }
    if (!action) return 0;
    if (action.kind === "list-profiles") {
      const { listProfiles } = await import("./src/commands.ts");
      return await listProfiles(io, lang);
    }
    debug = action.flags.debug === true || io.env.OKTA_AWSCLI_DEBUG === "true";
    const { runWeb } = await import("./src/commands.ts");
    const result = await runWeb(io, action.flags, action.command);
    lang = result.lang;
    return result.code;
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
    printError(io, lang, `unexpected failure: ${message}`, "Run again with --debug and report it.");
    if (debug && err instanceof Error) io.stderr(`${err.stack}\n`);
    return 1;
  }
}

if (import.meta.main) {
  Deno.exit(await main(realIo()));
}
