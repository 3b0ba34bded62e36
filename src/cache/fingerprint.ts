// A request's fingerprint: a hash of everything that decides which credentials a run gets
// and how they are delivered (the arguments, the variables, .env and okta.yaml as bytes).
// Equal fingerprints may share cached credentials; the warm path computes it without parsing
// any of them.

/** Lower-case hex SHA-256 of text or bytes: the names of the cache's files, digests checked. */
export async function sha256Hex(data: string | Uint8Array): Promise<string> {
  // A copy of given bytes is a plain ArrayBuffer view, which WebCrypto takes as it is.
  const bytes = typeof data === "string" ? new TextEncoder().encode(data) : new Uint8Array(data);
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Variables besides the `OKTA_*` ones that change a run's outcome (region, endpoints). */
const AWS_ENV = [
  "AWS_REGION",
  "AWS_DEFAULT_REGION",
  "AWS_ENDPOINT_URL",
  "AWS_ENDPOINT_URL_STS",
  // Identity Center: which profile of which config file, which endpoints.
  "AWS_PROFILE",
  "AWS_CONFIG_FILE",
  "AWS_ENDPOINT_URL_SSO",
  "AWS_ENDPOINT_URL_SSO_OIDC",
];

export interface FingerprintInput {
  /** okta-aws's version: another version may read the same request differently. */
  version: string;
  /** The arguments before `--`, as given. */
  args: readonly string[];
  /** Whether a command follows `--`. */
  exec: boolean;
  env: Readonly<Record<string, string>>;
  dotenv: string;
  oktaYaml: string;
  /** The trusted-.env list (only read when there is a .env): trusting changes the answer. */
  trustList: string;
  /** The AWS config file, for `okta-aws sso` (its profile names the account and role). */
  awsConfig: string;
  /** The machine's managed defaults (config/managed.ts): an enforced org changes the answer. */
  managed: string;
}

/** `OKTA_*` variables that say where okta-aws keeps things, not which credentials a run gets. */
const NOT_THE_REQUEST = ["OKTA_AWS_TOKEN_STORE"];

export function requestFingerprint(input: FingerprintInput): Promise<string> {
  const names = Object.keys(input.env).filter((n) =>
    (n.startsWith("OKTA_") && !NOT_THE_REQUEST.includes(n)) || AWS_ENV.includes(n)
  ).sort();
  const env = names.map((n) => [n, input.env[n]]);
  return sha256Hex(
    JSON.stringify([
      4,
      input.version,
      input.args,
      input.exec,
      env,
      input.dotenv,
      input.oktaYaml,
      input.trustList,
      input.awsConfig,
      input.managed,
    ]),
  );
}
