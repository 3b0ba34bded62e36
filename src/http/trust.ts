// What a run's HTTPS trusts, on top of Deno's own roots (Mozilla's, DENO_CERT,
// NODE_EXTRA_CA_CERTS, DENO_TLS_CA_STORE, all left as they are): the OS trust store, where a
// company's inspecting proxy CA lives (Keychain, the Windows root store, SSL_CERT_FILE or the
// distribution bundle on Linux), and the AWS CA bundle (--ca-bundle, AWS_CA_BUNDLE, ca_bundle),
// added, never replacing. A certificate the runtime cannot use is set aside, never fatal.
import { FlowError } from "../errors.ts";
import { type Phrase, phrase } from "../i18n/phrase.ts";
import { readRegularText } from "../fs/read.ts";
import { certificateLabel, pemCertificates, wellFormedBase64 } from "./pem.ts";

type Env = Readonly<Record<string, string>>;

/** Where the CA bundle setting came from, in the words of the error that names it. */
export type BundleSource =
  | { from: "flag" }
  | { from: "env" }
  | { from: "dotenv" }
  | { from: "okta.yaml"; profile: string }
  | { from: "managed" | "enforced" }
  | { from: "config"; profile: string; path: string };

export interface BundleChoice {
  path: string;
  source: BundleSource;
}

/** What the run trusts besides Deno's roots, for doctor and --debug. */
export interface TrustReport {
  system:
    | { state: "loaded"; count: number }
    /** DENO_TLS_CA_STORE is set: the user chose the stores; Deno applies them itself. */
    | { state: "deno"; value: string }
    | { state: "unavailable"; reason: string };
  bundle?: BundleChoice & { count: number };
  /** Certificates set aside (the runtime cannot parse them), named for --debug. */
  skipped: string[];
}

export interface TrustWorld {
  /** The OS store in PEM texts; undefined where the runtime has no way to read it. */
  systemCertificates: () => Promise<string[] | undefined>;
  /** Makes a client that adds `caCerts` to Deno's roots (throws for a certificate it rejects). */
  createClient: (caCerts: string[]) => Deno.HttpClient;
}

/** Bundles are PEM files of some hundreds of certificates; 16 MiB is far beyond any. */
const BUNDLE_CAP = 16 * 1024 * 1024;

/** The real world: node:tls's getCACertificates("system") (Deno 2.8+), feature-detected. */
export const REAL_TRUST_WORLD: TrustWorld = {
  async systemCertificates() {
    const tls = await import("node:tls");
    // Feature-detected: a runtime older than Deno 2.8 has no way to read the OS store.
    return typeof tls.getCACertificates === "function"
      ? tls.getCACertificates("system")
      : undefined;
  },
  createClient: (caCerts) => Deno.createHttpClient({ caCerts }),
};

export function bundleSourcePhrase(source: BundleSource): Phrase {
  switch (source.from) {
    case "flag":
      return phrase("trust_source_flag");
    case "env":
      return phrase("trust_source_env");
    case "dotenv":
      return phrase("trust_source_dotenv");
    case "okta.yaml":
      return phrase("trust_source_yaml", { profile: source.profile });
    case "config":
      return phrase("trust_source_config", { profile: source.profile, path: source.path });
    case "managed":
    case "enforced":
      return phrase("source_managed");
  }
}

function bundleError(choice: BundleChoice, reason: Phrase, cause?: unknown): FlowError {
  return new FlowError(
    "ca_bundle_unusable",
    { path: choice.path, source: bundleSourcePhrase(choice.source), reason },
    { cause },
  );
}

function isDirectory(path: string): boolean {
  try {
    return Deno.statSync(path).isDirectory;
  } catch {
    return false;
  }
}

/** The bundle's text: a missing, unreadable or odd file is an error naming it and its source. */
function readBundle(choice: BundleChoice): string {
  let text: string | undefined;
  try {
    text = readRegularText(choice.path, BUNDLE_CAP, (reason) => bundleError(choice, reason));
  } catch (err) {
    if (err instanceof FlowError) throw err;
    const reason = err instanceof Error ? err.message.split("\n")[0]! : String(err);
    throw bundleError(choice, phrase("reason_os_error", { reason }), err);
  }
  if (text === undefined) {
    throw bundleError(
      choice,
      phrase(isDirectory(choice.path) ? "reason_is_directory" : "reason_no_such_file"),
    );
  }
  return text;
}

/**
 * On Linux the OS store is SSL_CERT_FILE when set: Deno's reader refuses the whole file for one
 * broken block, so that file is read here block by block instead.
 */
function systemFallback(env: Env, os: string): string[] | undefined {
  const path = os === "linux" ? env.SSL_CERT_FILE : undefined;
  if (!path) return undefined;
  try {
    const text = readRegularText(path, BUNDLE_CAP, () => new Error("unusable"));
    return text === undefined ? undefined : pemCertificates(text).map((c) => c.pem);
  } catch {
    return undefined;
  }
}

async function loadSystem(
  input: { env: Env; os: string },
  world: TrustWorld,
): Promise<{ report: TrustReport["system"]; pems: string[] }> {
  const chosen = input.env.DENO_TLS_CA_STORE;
  if (chosen !== undefined && chosen !== "") {
    return { report: { state: "deno", value: chosen }, pems: [] };
  }
  try {
    const pems = await world.systemCertificates();
    if (pems === undefined) {
      return { report: { state: "unavailable", reason: "no getCACertificates" }, pems: [] };
    }
    return { report: { state: "loaded", count: pems.length }, pems };
  } catch (err) {
    const fallback = systemFallback(input.env, input.os);
    if (fallback) return { report: { state: "loaded", count: fallback.length }, pems: fallback };
    const reason = err instanceof Error ? err.message.split("\n")[0]! : String(err);
    return { report: { state: "unavailable", reason }, pems: [] };
  }
}

interface Candidate {
  pem: string;
  body: string;
  from: "system" | "bundle";
  /** Where it is, for --debug: "OS store" or the bundle's path. */
  where: string;
  index: number;
}

function candidatesOf(
  pems: readonly string[],
  from: Candidate["from"],
  where: string,
): Candidate[] {
  return pems.flatMap((text) => pemCertificates(text))
    .map((c, index) => ({ ...c, from, where, index }));
}

/**
 * The client over every usable certificate. Deno rejects a whole client for one certificate it
 * cannot parse, so only then is each tried alone and the bad ones set aside.
 */
async function clientOver(
  candidates: Candidate[],
  world: TrustWorld,
): Promise<{ client: Deno.HttpClient; usable: Candidate[]; skipped: string[] }> {
  const skipped: string[] = [];
  let usable: Candidate[] = [];
  for (const c of candidates) {
    if (wellFormedBase64(c.body)) usable.push(c);
    else skipped.push(await certificateLabel(c.where, c.index, c.body));
  }
  try {
    return { client: world.createClient(usable.map((c) => c.pem)), usable, skipped };
  } catch {
    const kept: Candidate[] = [];
    for (const c of usable) {
      try {
        world.createClient([c.pem]).close();
        kept.push(c);
      } catch {
        skipped.push(await certificateLabel(c.where, c.index, c.body));
      }
    }
    usable = kept;
    return { client: world.createClient(usable.map((c) => c.pem)), usable, skipped };
  }
}

/**
 * Loads the OS store (unless DENO_TLS_CA_STORE chose the stores) and the bundle, and makes the
 * one client of the run. A bundle that is missing, unreadable, not PEM, or without one usable
 * certificate is a ca_bundle_unusable error naming the file and where it came from.
 */
export async function loadTrust(
  input: { env: Env; os: string; bundle?: BundleChoice },
  world: TrustWorld = REAL_TRUST_WORLD,
): Promise<{ client: Deno.HttpClient; report: TrustReport }> {
  const system = await loadSystem(input, world);
  const candidates = candidatesOf(system.pems, "system", "OS store");
  let bundleCount = 0;
  if (input.bundle) {
    const fromBundle = candidatesOf([readBundle(input.bundle)], "bundle", input.bundle.path);
    if (fromBundle.length === 0) throw bundleError(input.bundle, phrase("reason_not_pem"));
    bundleCount = fromBundle.length;
    candidates.push(...fromBundle);
  }
  const { client, usable, skipped } = await clientOver(candidates, world);
  const report: TrustReport = { system: system.report, skipped };
  if (system.report.state === "loaded") {
    report.system = { state: "loaded", count: usable.filter((c) => c.from === "system").length };
  }
  if (input.bundle) {
    const count = usable.filter((c) => c.from === "bundle").length;
    if (count === 0) {
      client.close();
      throw bundleError(
        input.bundle,
        phrase("reason_no_usable_certificate", { count: bundleCount }),
      );
    }
    report.bundle = { ...input.bundle, count };
  }
  return { client, report };
}
