// Where the managed defaults are (config/managed.ts reads them), kept light: the warm path
// fingerprints the file without loading the YAML parser.
import { readOptionalText } from "../fs/read.ts";

/** Where the managed file is on this OS (OKTA_AWS_MANAGED_CONFIG first). */
export function managedConfigPath(env: Readonly<Record<string, string>>, os: string): string {
  if (env.OKTA_AWS_MANAGED_CONFIG) return env.OKTA_AWS_MANAGED_CONFIG;
  if (os === "windows") {
    return `${env.ProgramData || env.PROGRAMDATA || "C:\\ProgramData"}\\okta-aws\\config.yaml`;
  }
  if (os === "darwin") return "/Library/Application Support/okta-aws/config.yaml";
  return "/etc/okta-aws/config.yaml";
}

/** The managed file's text, or undefined when the machine has none. */
export function readManagedText(
  env: Readonly<Record<string, string>>,
  os: string,
): string | undefined {
  return readOptionalText(managedConfigPath(env, os));
}
