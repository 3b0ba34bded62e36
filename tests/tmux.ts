// Driving okta-aws in a real terminal: tmux with its own socket, keys sent, the screen read.

export const hasTmux = new Deno.Command("sh", { args: ["-c", "command -v tmux"], stdout: "null" })
  .outputSync().success;

/** Runs `tmux -L <socket> <args>` and returns its stdout. */
export function tmux(socket: string, ...args: string[]): string {
  const out = new Deno.Command("tmux", {
    args: ["-L", socket, ...args],
    stdout: "piped",
    stderr: "piped",
  })
    .outputSync();
  return new TextDecoder().decode(out.stdout);
}

/** Polls `check` every 100 ms until it holds; throws naming `what` after `ms`. */
export async function waitFor(check: () => boolean, what: string, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A word for `sh -c`, single-quoted. */
export const shellQuote = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;

export interface TmuxRun {
  /** The tmux server's socket name, for send-keys. */
  socket: string;
  /** What the terminal shows now. */
  screen(): string;
  /** Waits for the command to end and returns its exit status. */
  exit(ms?: number): Promise<number>;
  /** Ends the tmux server. */
  kill(): void;
}

/**
 * `okta-aws <args>` (main.ts) in a fresh tmux terminal with only `env` set (plus DENO_DIR and
 * NO_COLOR); the exit status is kept in a file in `dir`.
 */
export async function oktaAwsInTmux(
  args: string[],
  env: Record<string, string>,
  dir: string,
): Promise<TmuxRun> {
  const { cacheDir, MAIN } = await import("./helpers.ts");
  const socket = `okta-aws-tmux-${crypto.randomUUID().slice(0, 8)}`;
  const done = `${dir}/tmux-exit.txt`;
  const vars = Object.entries({
    OKTA_AWS_TOKEN_STORE: "file",
    ...env,
    DENO_DIR: await cacheDir(),
    NO_COLOR: "1",
  })
    .map(([k, v]) => `${k}=${shellQuote(v)}`);
  const command = ["env", ...vars, shellQuote(Deno.execPath()), "run", "-A", "--quiet"]
    .concat(shellQuote(MAIN), args.map(shellQuote)).join(" ");
  const script = `${command}; echo EXIT=$? > ${shellQuote(done)}; sleep 30`;
  tmux(socket, "new-session", "-d", "-x", "150", "-y", "40", "sh", "-c", script);
  const status = () => {
    try {
      return /EXIT=(\d+)/.exec(Deno.readTextFileSync(done))?.[1];
    } catch {
      return undefined;
    }
  };
  return {
    socket,
    screen: () => tmux(socket, "capture-pane", "-p"),
    async exit(ms = 30_000) {
      await waitFor(() => status() !== undefined, "the end of the run", ms);
      return Number(status());
    },
    kill: () => tmux(socket, "kill-server"),
  };
}
