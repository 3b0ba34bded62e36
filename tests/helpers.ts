// Shared test helpers: spawning main.ts as a user would, in an isolated HOME, and a
// standard fake org + STS pair for the web flow.
import assert from "node:assert/strict";
import { type FakeOkta, type FakeOktaScript, startFakeOkta } from "./fakes/okta.ts";
import { type FakeSts, type FakeStsScript, startFakeSts } from "./fakes/sts.ts";
import { type SamlOptions, samlResponse } from "./fakes/saml.ts";
import type { Deps } from "../src/deps.ts";

export const MAIN = new URL("../main.ts", import.meta.url).pathname;
export const CLIENT_ID = "0oatestawscli";
export const APP_ID = "0oatestfedapp";
export const PROVIDER = "arn:aws:iam::123456789012:saml-provider/okta";
export const ROLE_DEV = "arn:aws:iam::123456789012:role/Developer";
export const ROLE_ADMIN = "arn:aws:iam::123456789012:role/Admin";
export const PROVIDER_2 = "arn:aws:iam::210987654321:saml-provider/okta";
export const ROLE_PROD = "arn:aws:iam::210987654321:role/ReadOnly";

let denoDir: string | undefined;

/** Deno's cache dir, so that a child with another HOME does not download again. */
export async function cacheDir(): Promise<string> {
  if (denoDir) return denoDir;
  const out = await new Deno.Command(Deno.execPath(), { args: ["info", "--json"], stdout: "piped" })
    .output();
  denoDir = JSON.parse(new TextDecoder().decode(out.stdout)).denoDir as string;
  return denoDir;
}

/**
 * The machine's TLS and proxy variables. Our machines sit behind a TLS-inspecting proxy: a
 * child deno that downloads anything (an empty DENO_DIR, `deno install`) needs its CA and proxy,
 * so every test that clears the environment keeps these. The fakes listen on loopback, which a
 * proxy would otherwise carry: NO_PROXY gets 127.0.0.1 and localhost when a proxy is set.
 */
export function machineNetworkEnv(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of MACHINE_NETWORK_VARIABLES) {
    const value = Deno.env.get(name);
    if (value !== undefined) out[name] = value;
  }
  if (PROXY_VARIABLES.some((name) => out[name])) {
    const listed = [out.NO_PROXY ?? out.no_proxy, "127.0.0.1", "localhost"].filter((v) => v);
    out.NO_PROXY = listed.join(",");
  }
  return out;
}

const PROXY_VARIABLES = [
  "HTTPS_PROXY",
  "https_proxy",
  "HTTP_PROXY",
  "http_proxy",
  "ALL_PROXY",
  "all_proxy",
];

/** What machineNetworkEnv() keeps; a TLS test scrubs all of it from the tool it runs. */
export const MACHINE_NETWORK_VARIABLES = [
  "NODE_EXTRA_CA_CERTS",
  "SSL_CERT_FILE",
  "DENO_CERT",
  "DENO_TLS_CA_STORE",
  ...PROXY_VARIABLES,
  "NO_PROXY",
  "no_proxy",
];

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: Record<string, string>;
  cwd?: string;
  home: string;
  stdin?: string;
  /**
   * Run without the machine's CA and proxy variables (the Deno cache is filled, so nothing is
   * downloaded): a TLS test decides alone what the tool trusts and which proxy it takes.
   */
  scrubMachineNetwork?: boolean;
}

let fakeBin: string | undefined;

/**
 * A directory put first on PATH: its `xdg-open` records the URL in $OKTA_AWS_TEST_OPENED
 * instead of starting a browser, so tests never open one; a loopback address it visits
 * (tests/fixtures/browser.ts) and records where it led.
 */
async function fakeBinDir(): Promise<string> {
  if (fakeBin) return fakeBin;
  fakeBin = await Deno.makeTempDir({ prefix: "okta-aws-fakebin-" });
  // A loopback address (the console's one-time redirect page) is visited, as a browser would.
  const browser = new URL("./fixtures/browser.ts", import.meta.url).pathname;
  const script = `#!/bin/sh
case "$1" in
  http://127.0.0.1:*/console-*) exec "${Deno.execPath()}" run --quiet --allow-net --allow-write "${browser}" "$1" "$OKTA_AWS_TEST_OPENED" ;;
esac
[ -n "$OKTA_AWS_TEST_OPENED" ] && printf '%s\\n' "$*" >> "$OKTA_AWS_TEST_OPENED"
exit 0
`;
  await Deno.writeTextFile(`${fakeBin}/xdg-open`, script, { mode: 0o755 });
  return fakeBin;
}

/** `okta-aws <args>` (main.ts) with only the given environment, like a fresh shell. */
async function cliCommand(args: string[], options: RunOptions, stdin: "null" | "piped") {
  return new Deno.Command(Deno.execPath(), {
    args: ["run", "--allow-all", "--quiet", MAIN, ...args],
    env: {
      ...(options.scrubMachineNetwork ? {} : machineNetworkEnv()),
      PATH: `${await fakeBinDir()}:${Deno.env.get("PATH") ?? "/usr/bin:/bin"}`,
      HOME: options.home,
      DENO_DIR: await cacheDir(),
      NO_COLOR: "1",
      LANG: "C.UTF-8",
      // Files, as on a machine with no keychain; the keychain's own tests choose it.
      OKTA_AWS_TOKEN_STORE: "file",
      ...options.env,
    },
    clearEnv: true,
    cwd: options.cwd ?? options.home,
    stdin,
    stdout: "piped",
    stderr: "piped",
  });
}

/** The one `error:` line and the one `hint:` line of a failed run (asserts there is one each). */
export function oneError(r: RunResult): { error: string; hint: string } {
  const errors = r.stderr.split("\n").filter((l) => l.startsWith("error: "));
  const hints = r.stderr.split("\n").filter((l) => l.startsWith("hint: "));
  assert.equal(errors.length, 1, r.stderr);
  assert.equal(hints.length, 1, r.stderr);
  assert.equal(r.stdout, "", "nothing on stdout");
  return { error: errors[0]!, hint: hints[0]! };
}

/** Runs `okta-aws <args>` to the end, feeding `options.stdin` when given. */
export async function runCli(args: string[], options: RunOptions): Promise<RunResult> {
  const child = (await cliCommand(args, options, options.stdin === undefined ? "null" : "piped"))
    .spawn();
  if (options.stdin !== undefined) {
    const writer = child.stdin.getWriter();
    await writer.write(new TextEncoder().encode(options.stdin));
    await writer.close();
  }
  const out = await child.output();
  return {
    code: out.code,
    stdout: new TextDecoder().decode(out.stdout),
    stderr: new TextDecoder().decode(out.stderr),
  };
}

/** Okta's answers to a client that is not the app's Allowed Web SSO Client (guide step 1.2)... */
export const NOT_WEB_SSO_CLIENT = {
  error: "invalid_grant",
  error_description:
    "The target audience app must be configured to allow the client to request a 'web_sso_token'.",
};

/** ...and to a client without the Device Authorization grant (guide step 1.1). */
export const NO_DEVICE_GRANT = {
  error: "unauthorized_client",
  error_description: "The client is not authorized to use the provided grant type.",
};

export interface World {
  okta: FakeOkta;
  sts: FakeSts;
  home: string;
  /** Flags that point okta-aws at the fakes. */
  args: string[];
  env: Record<string, string>;
  close(): Promise<void>;
  /** `await using`: close() when the scope ends. */
  [Symbol.asyncDispose](): Promise<void>;
}

export interface WorldOptions {
  okta?: Partial<FakeOktaScript>;
  sts?: FakeStsScript;
  saml?: Partial<SamlOptions>;
}

/** A fake org with one Federation app granting Developer and Admin, and a fake STS. */
export async function world(options: WorldOptions = {}): Promise<World> {
  const assertion = samlResponse({
    roles: [{ provider: PROVIDER, role: ROLE_DEV }, { provider: PROVIDER, role: ROLE_ADMIN }],
    sessionDuration: 3600,
    ...options.saml,
  });
  const okta = await startFakeOkta({
    clientId: CLIENT_ID,
    interval: 1,
    apps: [{ id: APP_ID, label: "AWS Account Federation" }],
    assertions: { [APP_ID]: assertion },
    ...options.okta,
  });
  const sts = await startFakeSts(options.sts);
  const home = await Deno.makeTempDir({ prefix: "okta-aws-test-" });
  return {
    okta,
    sts,
    home,
    args: ["--org-domain", okta.url, "--oidc-client-id", CLIENT_ID],
    // The fake STS answers IAM's ListAccountAliases too: no call ever leaves the machine.
    env: { AWS_ENDPOINT_URL_STS: sts.url, AWS_ENDPOINT_URL_IAM: sts.url },
    [Symbol.asyncDispose](this: World) {
      return this.close();
    },
    async close() {
      await okta.close();
      await sts.close();
      await Deno.remove(home, { recursive: true });
    },
  };
}

/**
 * Every secret of the run that appears in `text`: Okta's tokens (access, id, refresh, web
 * SSO), the SAML assertions the org serves, and the AWS secrets STS issued.
 */
export function leakedSecrets(text: string, w: World): string[] {
  return secretsOf(w).filter((s) => text.includes(s));
}

/** The secrets leakedSecrets() looks for; tests check it is not empty where it matters. */
export function secretsOf(w: World): string[] {
  return [
    ...w.okta.secrets,
    ...Object.values(w.okta.script.assertions ?? {}),
    ...w.sts.issued.flatMap((c) => [c.secretAccessKey, c.sessionToken]),
  ];
}

export interface RunningCli {
  child: Deno.ChildProcess;
  /** Resolves once stderr matches, with all stderr read so far. */
  waitForStderr(pattern: RegExp, ms?: number): Promise<string>;
  /** Waits for the exit and returns it with everything printed. */
  finish(): Promise<RunResult>;
}

/** Starts `okta-aws <args>` and lets the test act while it runs (signals, prompts). */
export async function startCli(args: string[], options: RunOptions): Promise<RunningCli> {
  const child = (await cliCommand(args, options, "null")).spawn();
  let stderr = "";
  let stdout = "";
  const decoder = new TextDecoder();
  const pump = async (stream: ReadableStream<Uint8Array>, into: (s: string) => void) => {
    for await (const chunk of stream) into(decoder.decode(chunk, { stream: true }));
  };
  const pumps = Promise.all([
    pump(child.stderr, (s) => stderr += s),
    pump(child.stdout, (s) => stdout += s),
  ]);
  return {
    child,
    async waitForStderr(pattern, ms = 20_000) {
      const deadline = Date.now() + ms;
      while (!pattern.test(stderr)) {
        if (Date.now() > deadline) throw new Error(`stderr never matched ${pattern}: ${stderr}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return stderr;
    },
    async finish() {
      const status = await child.status;
      await pumps;
      return { code: status.code, stdout, stderr };
    },
  };
}

/**
 * Every file under `dir`, relative, with its mode. An entry gone between the listing and its
 * stat is not there (a keyring daemon still exiting removes its socket directory).
 */
export function walk(dir: string, prefix = ""): { path: string; mode: number; isDir: boolean }[] {
  const out: { path: string; mode: number; isDir: boolean }[] = [];
  let entries: Deno.DirEntry[];
  try {
    entries = [...Deno.readDirSync(dir)];
  } catch (err) {
    if (prefix !== "" && err instanceof Deno.errors.NotFound) return out;
    throw err;
  }
  for (const entry of entries) {
    const path = `${dir}/${entry.name}`;
    let mode: number;
    try {
      mode = Deno.statSync(path).mode! & 0o777;
    } catch (err) {
      if (err instanceof Deno.errors.NotFound) continue;
      throw err;
    }
    out.push({ path: `${prefix}${entry.name}`, mode, isDir: entry.isDirectory });
    if (entry.isDirectory) out.push(...walk(path, `${prefix}${entry.name}/`));
  }
  return out;
}

const shellQuote = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;

/** A shell command line that runs okta-aws against the world's fakes, for tmux. */
export async function cliShellCommand(w: World, args: string[]): Promise<string> {
  return [
    "env",
    ...Object.entries(machineNetworkEnv()).map(([k, v]) => `${k}=${shellQuote(v)}`),
    `HOME=${shellQuote(w.home)}`,
    `DENO_DIR=${shellQuote(await cacheDir())}`,
    `AWS_ENDPOINT_URL_STS=${shellQuote(w.sts.url)}`,
    `AWS_ENDPOINT_URL_IAM=${shellQuote(w.sts.url)}`,
    "SHELL=/bin/bash",
    "NO_COLOR=1",
    shellQuote(Deno.execPath()),
    "run",
    "-A",
    "--quiet",
    shellQuote(MAIN),
    ...w.args.map(shellQuote),
    ...args.map(shellQuote),
  ].join(" ");
}

export interface TestIo {
  deps: Deps;
  stdout(): string;
  stderr(): string;
  /** URLs the browser was asked to open. */
  opened: string[];
  /** Every wait the run asked for, in ms (none really happen). */
  slept: number[];
}

/**
 * The outside world for an in-process `main(deps)`: argv, a clean environment with HOME, captured
 * streams, the real fetch (the fakes listen on 127.0.0.1), a recording browser and a sleep
 * that returns at once.
 */
export function testDeps(
  args: string[],
  options: {
    home: string;
    env?: Record<string, string>;
    interactive?: boolean;
    stderrIsTerminal?: boolean;
  },
): TestIo {
  let stdout = "";
  let stderr = "";
  const opened: string[] = [];
  const slept: number[] = [];
  return {
    deps: {
      args,
      env: {
        HOME: options.home,
        LANG: "C.UTF-8",
        PATH: Deno.env.get("PATH") ?? "",
        OKTA_AWS_TOKEN_STORE: "file",
        ...options.env,
      },
      cwd: options.home,
      os: "linux",
      arch: "x86_64",
      stdout: (text) => stdout += text,
      stderr: (text) => stderr += text,
      stdinIsTerminal: false,
      interactive: options.interactive ?? false,
      stderrIsTerminal: options.stderrIsTerminal ?? false,
      stdoutIsTerminal: false,
      fetch: globalThis.fetch,
      now: Date.now,
      sleep: (ms) => {
        slept.push(ms);
        return Promise.resolve();
      },
      openUrl: (url) => {
        opened.push(url);
        return Promise.resolve();
      },
    },
    stdout: () => stdout,
    stderr: () => stderr,
    opened,
    slept,
  };
}

/** The real AWS CLI v2 (Debian's awscli), when installed: tests that need it are skipped else. */
export const AWS_CLI = "/usr/bin/aws";
export const hasAwsCli = (() => {
  try {
    return Deno.statSync(AWS_CLI).isFile;
  } catch {
    return false;
  }
})();

/** Runs the real AWS CLI with only PATH, no pager, no instance metadata, and `env`. */
export async function awsCli(args: string[], env: Record<string, string>): Promise<RunResult> {
  const out = await new Deno.Command(AWS_CLI, {
    args,
    env: { PATH: Deno.env.get("PATH")!, AWS_PAGER: "", AWS_EC2_METADATA_DISABLED: "true", ...env },
    clearEnv: true,
    stdout: "piped",
    stderr: "piped",
  }).output();
  return {
    code: out.code,
    stdout: new TextDecoder().decode(out.stdout),
    stderr: new TextDecoder().decode(out.stderr),
  };
}

/** An output context's renew for plugins that never renew: a call fails the test. */
export const noRenewal = (): Promise<never> =>
  Promise.reject(new Error("this plugin was not expected to renew"));

/** Writes `~/.okta/okta.yaml` under `home` (the directory made as needed). */
export async function writeOktaYaml(home: string, text: string): Promise<string> {
  await Deno.mkdir(`${home}/.okta`, { recursive: true });
  const path = `${home}/.okta/okta.yaml`;
  await Deno.writeTextFile(path, text);
  return path;
}

/** Writes a `.env` in `dir` (the working directory the run gets). */
export async function writeDotenv(dir: string, text: string): Promise<string> {
  const path = `${dir}/.env`;
  await Deno.writeTextFile(path, text);
  return path;
}
