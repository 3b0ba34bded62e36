// exec: runs a command with the credentials in its environment, as aws-vault's exec does.
// The child inherits everything but stale AWS credential and profile variables and okta-aws's
// own secrets (the m2m key, the password: src/config/secrets.ts), gets stdin,
// stdout, stderr and the TTY as they are, receives SIGTERM and SIGHUP (and SIGINT when no
// terminal sent it already) and SIGUSR1/SIGUSR2, and its exit status (or 128 + signal)
// becomes ours.
import type { CredentialSet } from "../src/credentials.ts";
import { rfc3339 } from "../src/credentials.ts";
import { FlowError, UsageError } from "../src/errors.ts";
import {
  type Lang,
  type MessageKey,
  type Params,
  phrase,
  render,
  t,
} from "../src/i18n/messages.ts";
import { exitStatus } from "./_signals.ts";
import type { OutputPlugin } from "./types.ts";

/** Set in every child; a run that finds it refuses to nest unless forced. */
export const EXEC_MARKER = "OKTA_AWS_EXEC";

/** Variables removed from the child's environment before the new ones are added. */
export const STALE_VARIABLES = [
  "AWS_ACCESS_KEY_ID",
  "AWS_SECRET_ACCESS_KEY",
  "AWS_SESSION_TOKEN",
  "AWS_SECURITY_TOKEN",
  "AWS_PROFILE",
  "AWS_DEFAULT_PROFILE",
  "AWS_CREDENTIAL_FILE",
  "AWS_CREDENTIAL_EXPIRATION",
  // Another credential server's (the relative URI and the token file would win over ours).
  "AWS_CONTAINER_CREDENTIALS_FULL_URI",
  "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
  "AWS_CONTAINER_AUTHORIZATION_TOKEN",
  "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE",
];

/** exec's option values that carry `.env`'s AWS_REGION / AWS_DEFAULT_REGION. */
const DOTENV_VALUES: Record<string, string> = {
  AWS_REGION: "dotenv-aws-region",
  AWS_DEFAULT_REGION: "dotenv-aws-default-region",
};

/** The option values for the region variables a `.env` sets (and the environment does not). */
export function dotenvRegionValues(region: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(region)) {
    if (DOTENV_VALUES[name]) out[DOTENV_VALUES[name]] = value;
  }
  return out;
}

export interface ExecOptions {
  command: readonly string[];
  env: Readonly<Record<string, string>>;
  /** Variables never passed on (upper-case names). */
  secretVariables: readonly string[];
  legacyVariables: boolean;
  lang: Lang;
  log: (line: string) => void;
  /** stdin is a terminal: Ctrl-C already reaches the child through it. */
  terminal: boolean;
  os: string;
  /** --server: the child reads credentials from this server instead of its environment. */
  server?: { url: string; token: string };
}

/**
 * The child's environment: ours, minus stale credentials and every secret-bearing variable,
 * plus the new ones: the keys, or with --server only the server's address and token.
 */
export function childEnvironment(
  env: Readonly<Record<string, string>>,
  set: CredentialSet,
  legacyVariables: boolean,
  secretVariables: readonly string[],
  server?: { url: string; token: string },
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    const upper = name.toUpperCase();
    if (!STALE_VARIABLES.includes(upper) && !secretVariables.includes(upper)) out[name] = value;
  }
  const c = set.credentials;
  if (server) {
    out.AWS_CONTAINER_CREDENTIALS_FULL_URI = server.url;
    out.AWS_CONTAINER_AUTHORIZATION_TOKEN = server.token;
  } else {
    out.AWS_ACCESS_KEY_ID = c.accessKeyId;
    out.AWS_SECRET_ACCESS_KEY = c.secretAccessKey;
    out.AWS_SESSION_TOKEN = c.sessionToken;
    if (legacyVariables) out.AWS_SECURITY_TOKEN = c.sessionToken;
    out.AWS_CREDENTIAL_EXPIRATION = rfc3339(c.expiration);
  }
  if (set.region) {
    out.AWS_REGION = set.region;
    out.AWS_DEFAULT_REGION = set.region;
  }
  out[EXEC_MARKER] = set.profile;
  return out;
}

type Resolved = { path: string } | { status: 126 | 127 };

function executable(path: string, os: string): "yes" | "no" | "missing" {
  try {
    const info = Deno.statSync(path);
    if (!info.isFile) return "no";
    if (os === "windows" || info.mode === null) return "yes";
    return (info.mode & 0o111) !== 0 ? "yes" : "no";
  } catch {
    return "missing";
  }
}

/** Finds the program as a shell would: a path as given, else PATH (and PATHEXT on Windows). */
export function resolveCommand(
  name: string,
  env: Readonly<Record<string, string>>,
  os: string,
): Resolved {
  const windows = os === "windows";
  const extensions = windows
    ? ["", ...(env.PATHEXT ?? ".COM;.EXE;.BAT;.CMD").split(";").filter((e) => e)]
    : [""];
  if (name.includes("/") || (windows && name.includes("\\"))) {
    for (const ext of extensions) {
      const state = executable(name + ext, os);
      if (state === "yes") return { path: name + ext };
      if (state === "no") return { status: 126 };
    }
    return { status: 127 };
  }
  let foundButNotExecutable = false;
  const path = env.PATH ?? env.Path ?? "";
  for (const dir of path.split(windows ? ";" : ":")) {
    if (!dir) continue;
    for (const ext of extensions) {
      const candidate = `${dir}${windows ? "\\" : "/"}${name}${ext}`;
      const state = executable(candidate, os);
      if (state === "yes") return { path: candidate };
      if (state === "no") foundButNotExecutable = true;
    }
  }
  return { status: foundButNotExecutable ? 126 : 127 };
}

/**
 * The exit status of a failed spawn: 127 only for "not found", 126 only for "not allowed to
 * execute", as shells use them; 1 (okta-aws failed) for anything else.
 */
export function spawnStatus(err: unknown): 126 | 127 | 1 {
  if (err instanceof Deno.errors.NotFound) return 127;
  if (err instanceof Deno.errors.PermissionDenied) return 126;
  return 1;
}

/** Runs the command and returns its exit status (128 + signal when it was killed). */
export async function runExec(set: CredentialSet, options: ExecOptions): Promise<number> {
  // An empty command cannot reach here (the plugin refuses it); it would be "not found".
  const [name = "", ...args] = options.command;
  const env = childEnvironment(
    options.env,
    set,
    options.legacyVariables,
    options.secretVariables,
    options.server,
  );
  /** Says why the command did not start, as main prints errors, and returns `status`. */
  const report = (status: number, key: MessageKey, params: Params): number => {
    const { message, hint } = render(key, { command: name, ...params }, options.lang);
    options.log(`${t("error_prefix", {}, options.lang)}${message}`);
    if (hint) options.log(`${t("hint_prefix", {}, options.lang)}${hint}`);
    return status;
  };
  const cannotRun = (status: 126 | 127) =>
    report(status, status === 127 ? "exec_not_found" : "exec_not_executable", {});
  const resolved = resolveCommand(name, env, options.os);
  if ("status" in resolved) return cannotRun(resolved.status);
  let child: Deno.ChildProcess;
  try {
    child = new Deno.Command(resolved.path, {
      args,
      env,
      clearEnv: true,
      stdin: "inherit",
      stdout: "inherit",
      stderr: "inherit",
    }).spawn();
  } catch (err) {
    const status = spawnStatus(err);
    if (status !== 1) return cannotRun(status);
    // Neither "not found" nor "not executable" (too many open files, no memory ...): say so.
    const reason = err instanceof Error ? err.message.split("\n")[0]! : String(err);
    return report(1, "exec_spawn_failed", { reason });
  }
  const signals: Deno.Signal[] = options.os === "windows"
    ? ["SIGINT", "SIGBREAK"]
    : ["SIGINT", "SIGTERM", "SIGHUP", "SIGUSR1", "SIGUSR2"];
  const listeners: [Deno.Signal, () => void][] = signals.map((signal) => [signal, () => {
    // A terminal's Ctrl-C reaches the child directly; sending it again would double it.
    if (signal === "SIGINT" && options.terminal) return;
    try {
      child.kill(signal);
    } catch {
      // Already gone.
    }
  }]);
  for (const [signal, listener] of listeners) Deno.addSignalListener(signal, listener);
  try {
    return exitStatus(await child.status, options.os);
  } finally {
    for (const [signal, listener] of listeners) Deno.removeSignalListener(signal, listener);
  }
}

/** The region variables a `.env` gave, as okta-aws-cli's environment would hold them. */
function fromDotenv(
  values: Readonly<Record<string, string | boolean | undefined>>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, key] of Object.entries(DOTENV_VALUES)) {
    const value = values[key];
    if (typeof value === "string" && value !== "") out[name] = value;
  }
  return out;
}

/**
 * exec as an output plugin: refuses to nest (unless --force-nested) and an empty command
 * before any sign-in, then runs the command with the first credential set.
 */
export const plugin: OutputPlugin = {
  name: "exec",
  prepare(values, host) {
    const nestedIn = host.env[EXEC_MARKER];
    if (nestedIn && values["force-nested"] !== true) {
      throw new FlowError("nested_exec", { profile: nestedIn });
    }
    if (host.command.length === 0) {
      throw new UsageError("usage_conflict", { reason: phrase("reason_exec_no_command") });
    }
    return async (sets, context) => {
      const options: ExecOptions = {
        command: host.command,
        env: { ...fromDotenv(values), ...host.env },
        secretVariables: host.secretVariables,
        legacyVariables: values["legacy-aws-variables"] === true,
        lang: context.lang,
        log: context.log,
        terminal: host.stdinIsTerminal,
        os: host.os,
      };
      if (values.server !== true) return await runExec(sets[0]!, options);
      // Loaded only for --server: exec from the cache stays as light as it was.
      const [{ startCredentialServer }, { shadowingProfiles }] = await Promise.all([
        import("./_credential_server.ts"),
        import("./_shadowing.ts"),
      ]);
      for (const shadow of shadowingProfiles(host.env)) {
        context.log(t("notice_server_shadowed", { ...shadow }, context.lang));
      }
      const server = await startCredentialServer(sets[0]!, {
        renew: context.renew,
        now: Date.now,
        log: context.log,
        lang: context.lang,
      });
      try {
        return await runExec(sets[0]!, { ...options, server });
      } finally {
        await server.close();
      }
    };
  },
};
