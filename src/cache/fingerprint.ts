// A request's fingerprint: a hash of everything that decides which credentials a run gets
// (flags, the relevant environment, .env and okta.yaml as bytes). Equal fingerprints may
// share cached credentials; the warm path computes it without parsing YAML.
import { FLAGS } from "../config/flags.ts";
import { sha256Hex } from "./store.ts";

const AWS_ENV = [
  "AWS_REGION",
  "AWS_DEFAULT_REGION",
  "AWS_ENDPOINT_URL",
  "AWS_ENDPOINT_URL_STS",
  "OKTA_AWS_CACHE_DIR",
];
const RELEVANT_ENV = [...new Set([...FLAGS.flatMap((f) => f.env), ...AWS_ENV])].sort();

export interface FingerprintInput {
  flags: Record<string, string | boolean | undefined>;
  exec: boolean;
  env: Record<string, string>;
  dotenv: string;
  oktaYaml: string;
}

export function requestFingerprint(input: FingerprintInput): Promise<string> {
  const flags = Object.entries(input.flags).filter(([, v]) => v !== undefined).sort();
  const env = RELEVANT_ENV.filter((n) => input.env[n] !== undefined).map((n) => [n, input.env[n]]);
  return sha256Hex(JSON.stringify([1, flags, input.exec, env, input.dotenv, input.oktaYaml]));
}
