#!/usr/bin/env -S deno run --allow-all
// okta-aws: temporary AWS credentials through Okta. The composition root: builds the outside
// world (argv, environment, streams, terminals, fetch, clock, browser) once, runs the CLI, and
// is the only place that exits.
import type { Deps } from "./src/deps.ts";
import { main } from "./src/cli/main.ts";

const encoder = new TextEncoder();

function writeAll(stream: { writeSync(p: Uint8Array): number }, text: string): void {
  let bytes = encoder.encode(text);
  while (bytes.length > 0) bytes = bytes.subarray(stream.writeSync(bytes));
}

/**
 * The user's environment. The launcher `deno task install` writes runs Deno with its own module
 * cache (DENO_DIR, marked OKTA_AWS_INSTALLED_DENO_DIR) and keeps the user's DENO_DIR, if any, in
 * OKTA_AWS_USER_DENO_DIR: every program okta-aws starts gets the user's back, not ours.
 */
export function userEnvironment(env: Record<string, string>): Record<string, string> {
  if (env.OKTA_AWS_INSTALLED_DENO_DIR === undefined) return env;
  const { OKTA_AWS_INSTALLED_DENO_DIR: _, OKTA_AWS_USER_DENO_DIR: user, DENO_DIR: __, ...rest } =
    env;
  return user === undefined ? rest : { ...rest, DENO_DIR: user };
}

/** The real world; the browser module loads only when a URL is opened. */
export function realDeps(): Deps {
  const stdinIsTerminal = Deno.stdin.isTerminal();
  const env = userEnvironment(Deno.env.toObject());
  return {
    args: Deno.args,
    env,
    cwd: Deno.cwd(),
    os: Deno.build.os,
    arch: Deno.build.arch,
    stdout: (text) => writeAll(Deno.stdout, text),
    stderr: (text) => writeAll(Deno.stderr, text),
    stdinIsTerminal,
    interactive: stdinIsTerminal && Deno.stderr.isTerminal(),
    stderrIsTerminal: Deno.stderr.isTerminal(),
    stdoutIsTerminal: Deno.stdout.isTerminal(),
    // Deno sets fetch up on first touch: only the runs that call it pay for that.
    fetch: (input, init) => globalThis.fetch(input, init),
    now: Date.now,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    openUrl: async (url, command) => {
      const browser = new URL("./src/ui/browser.ts", import.meta.url).href;
      const { openBrowser }: typeof import("./src/ui/browser.ts") = await import(browser);
      await openBrowser(url, command, Deno.build.os, env);
    },
  };
}

if (import.meta.main) {
  Deno.exit(await main(realDeps()));
}
