// Where the AWS and Okta files live, resolved the way the AWS SDKs resolve them.
import { UsageError } from "../errors.ts";
import { phrase } from "../i18n/phrase.ts";

/** HOME, else USERPROFILE, else HOMEDRIVE + HOMEPATH; throws when none is set. */
export function homeDir(env: Readonly<Record<string, string>>): string {
  const home = env.HOME || env.USERPROFILE ||
    (env.HOMEDRIVE && env.HOMEPATH ? `${env.HOMEDRIVE}${env.HOMEPATH}` : "");
  if (!home) {
    throw new UsageError("usage_missing", {
      what: phrase("what_home"),
      flag: "--aws-credentials",
      env: "HOME",
    });
  }
  return home;
}

/** Expands a leading `~` (alone or followed by a separator) as the SDKs do. */
export function expandHome(path: string, env: Readonly<Record<string, string>>): string {
  if (path === "~") return homeDir(env);
  if (path.startsWith("~/") || path.startsWith("~\\")) return homeDir(env) + path.slice(1);
  return path;
}

/**
 * The shared credentials file: the explicit path, else AWS_SHARED_CREDENTIALS_FILE, else
 * `~/.aws/credentials`. An empty setting is an error, not "the default".
 */
export function credentialsFilePath(
  explicit: string | undefined,
  env: Readonly<Record<string, string>>,
): string {
  const fromEnv = env.AWS_SHARED_CREDENTIALS_FILE;
  const chosen = explicit ?? fromEnv;
  if (chosen !== undefined && chosen.trim() === "") {
    throw new UsageError("usage_invalid", {
      flag: explicit !== undefined ? "--aws-credentials" : "AWS_SHARED_CREDENTIALS_FILE",
      value: chosen,
      reason: phrase("reason_empty"),
    });
  }
  return expandHome(chosen ?? `${homeDir(env)}/.aws/credentials`, env);
}

export function oktaYamlPath(env: Readonly<Record<string, string>>): string {
  return `${homeDir(env)}/.okta/okta.yaml`;
}

/** The shared config file: `AWS_CONFIG_FILE`, else `~/.aws/config`. */
export function configFilePath(env: Readonly<Record<string, string>>): string {
  const fromEnv = env.AWS_CONFIG_FILE;
  return fromEnv ? expandHome(fromEnv, env) : `${homeDir(env)}/.aws/config`;
}
