// A request's fingerprint: a hash of everything that decides which credentials a run gets
// and how they are delivered (the command, its flags, the variables it reads, .env and
// okta.yaml as bytes). Equal fingerprints may share cached credentials; the warm path
// computes it without parsing any of them.
import { sha256Hex } from "./store.ts";

/** Variables that change a run's outcome besides the flags' own (endpoints, region, cache). */
const AWS_ENV = [
  "AWS_REGION",
  "AWS_DEFAULT_REGION",
  "AWS_ENDPOINT_URL",
  "AWS_ENDPOINT_URL_STS",
  "OKTA_AWS_CACHE_DIR",
];

export interface FingerprintInput {
  /** The command's words (`["web"]`). */
  command: readonly string[];
  flags: Readonly<Record<string, string | boolean | undefined>>;
  exec: boolean;
  /** The variables the command's flags read. */
  envNames: readonly string[];
  env: Readonly<Record<string, string>>;
  dotenv: string;
  oktaYaml: string;
}

export function requestFingerprint(input: FingerprintInput): Promise<string> {
  const flags = Object.entries(input.flags).filter(([, v]) => v !== undefined).sort();
  const names = [...new Set([...input.envNames, ...AWS_ENV])].sort();
  const env = names.filter((n) => input.env[n] !== undefined).map((n) => [n, input.env[n]]);
  return sha256Hex(
    JSON.stringify([2, input.command, flags, input.exec, env, input.dotenv, input.oktaYaml]),
  );
}
