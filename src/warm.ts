// The warm path of process-credentials and exec: a request whose credentials are cached and
// fresh is answered from two small files, before any configuration parsing or npm package
// loads, so that `credential_process` costs about as much as starting deno.
import type { Io } from "../main.ts";
import type { ParsedArgs } from "./config/argv.ts";
import { cacheRoot } from "./cache/paths.ts";
import { requestFingerprint } from "./cache/fingerprint.ts";
import { lookupCached } from "./cache/aws_credentials.ts";
import { readOptionalText } from "./fs/read.ts";
import { oktaYamlPath } from "./aws/paths.ts";
import { processCredentialsJson } from "../plugins/process_credentials.ts";
import type { Lang } from "./i18n/messages.ts";

/** Answers the request from the cache and returns the exit code, or undefined on a miss. */
export async function tryWarm(io: Io, args: ParsedArgs, lang: Lang): Promise<number | undefined> {
  const exec = args.rest.length > 0;
  const format = args.flags.format;
  // Only these can be served from the cache; anything else skips the file reads.
  if (exec ? format !== undefined : format !== undefined && format !== "process-credentials") {
    return undefined;
  }
  if (args.flags["all-profiles"] === true || args.flags["write-aws-credentials"] === true) {
    return undefined;
  }
  let root: string;
  let yamlPath: string;
  try {
    root = cacheRoot(io.env, Deno.build.os);
    yamlPath = oktaYamlPath(io.env);
  } catch {
    return undefined;
  }
  const fingerprint = await requestFingerprint({
    flags: args.flags,
    exec,
    env: io.env,
    dotenv: readOptionalText(`${io.cwd}/.env`) ?? "",
    oktaYaml: readOptionalText(yamlPath) ?? "",
  });
  // The fingerprint covers `exec`, so a hit was stored for this same mode.
  const hit = lookupCached(root, fingerprint, Date.now());
  if (!hit) return undefined;
  const { set, delivery } = hit;
  if (!exec) {
    io.stdout(`${processCredentialsJson(set)}\n`);
    return 0;
  }
  const { checkNested, runExec } = await import("../plugins/exec.ts");
  checkNested(io.env, delivery.forceNested);
  return await runExec(set, {
    command: args.rest,
    env: io.env,
    legacyVariables: delivery.legacyVariables,
    lang,
    log: (line) => io.stderr(`${line}\n`),
    terminal: Deno.stdin.isTerminal(),
    os: Deno.build.os,
  });
}
