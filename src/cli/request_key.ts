// A request's key in the credential cache, from what the user gave as it is, before any
// parsing: computed by the warm path in main.ts and by the pipeline alike. Small on purpose:
// a line the cache cannot answer pays only for this module before it is parsed.
import type { Deps } from "../deps.ts";
import { VERSION } from "../version.ts";
import { requestFingerprint } from "../cache/fingerprint.ts";
import { cacheRoot, trustListPath } from "../cache/paths.ts";
import { readAwsFileText, readCacheText, readOptionalText } from "../fs/read.ts";
import { configFilePath, oktaYamlPath } from "../aws/paths.ts";
import { readManagedText } from "../config/managed_path.ts";

export interface RequestKey {
  /** The cache directory. */
  root: string;
  fingerprint: string;
}

/** The exec command: the words after `--`. */
export function commandAfterDashes(args: readonly string[]): readonly string[] {
  const dashes = args.indexOf("--");
  return dashes < 0 ? [] : args.slice(dashes + 1);
}

/**
 * The request's key: argv before `--` (the exec command's words are not part of it, only
 * whether there is one), every `OKTA_*` variable (every flag reads `OKTA_*` names) and the AWS
 * ones that matter, `.env`, okta.yaml, (with a `.env`) the trusted-.env list and (for `sso`)
 * the AWS config file as bytes. Equal inputs parse to equal settings, so a
 * stored answer is the answer of a run with the same inputs. Throws what reading them throws
 * (no home directory, an unreadable .env).
 */
export async function requestKey(deps: Deps): Promise<RequestKey> {
  const dashes = deps.args.indexOf("--");
  const before = (args: readonly string[]) => dashes < 0 ? args : args.slice(0, dashes);
  const dotenv = readOptionalText(`${deps.cwd}/.env`) ?? "";
  const fingerprint = await requestFingerprint({
    version: VERSION,
    args: before(deps.args),
    exec: commandAfterDashes(deps.args).length > 0,
    env: deps.env,
    dotenv,
    oktaYaml: readOptionalText(oktaYamlPath(deps.env)) ?? "",
    trustList: dotenv === "" ? "" : readCacheText(trustListPath(deps.env, deps.os), 1 << 20) ?? "",
    // Only an Identity Center request reads it: the web flow's warm path stays two files.
    awsConfig: before(deps.args).includes("sso")
      ? readAwsFileText(configFilePath(deps.env)) ?? ""
      : "",
    managed: readManagedText(deps.env, deps.os) ?? "",
  });
  return { root: cacheRoot(deps.env, deps.os), fingerprint };
}

/** Whether an answer was stored for the key (the pipeline checks that it is still fresh). */
export function hasStoredAnswer(key: RequestKey): boolean {
  try {
    return Deno.statSync(`${key.root}/requests/${key.fingerprint}.json`).isFile;
  } catch {
    return false;
  }
}
