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

/** The real world; the browser module loads only when a URL is opened. */
export function realDeps(): Deps {
  const stdinIsTerminal = Deno.stdin.isTerminal();
  return {
    args: Deno.args,
    env: Deno.env.toObject(),
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
      await openBrowser(url, command, Deno.build.os, Deno.env.toObject());
    },
  };
}

if (import.meta.main) {
  Deno.exit(await main(realDeps()));
}
