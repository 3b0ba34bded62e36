// The m2m signing key: a PEM private key in PKCS#8 (`PRIVATE KEY`), PKCS#1
// (`RSA PRIVATE KEY`) or SEC1 (`EC PRIVATE KEY`) form, as a WebCrypto key for RS256 (RSA) or
// ES256/ES384/ES512 (EC, by curve). node:crypto reads every form; WebCrypto signs.
import { FlowError } from "../errors.ts";

export interface SigningKey {
  key: CryptoKey;
  /** The JWS alg it signs with. */
  alg: "RS256" | "ES256" | "ES384" | "ES512";
}

const SUPPORTED = "PEM PKCS#8 (BEGIN PRIVATE KEY), PKCS#1 (BEGIN RSA PRIVATE KEY) or SEC1 " +
  "(BEGIN EC PRIVATE KEY), unencrypted, RSA or EC P-256/P-384/P-521";

const CURVES: Record<string, { crv: "P-256" | "P-384" | "P-521"; alg: SigningKey["alg"] }> = {
  prime256v1: { crv: "P-256", alg: "ES256" },
  secp384r1: { crv: "P-384", alg: "ES384" },
  secp521r1: { crv: "P-521", alg: "ES512" },
};

/** What the text looks like, for the error: its PEM label, or "no PEM block". */
function seen(pem: string): string {
  const label = /-----BEGIN ([A-Z0-9 ]{1,40})-----/.exec(pem)?.[1];
  return label ? `a PEM "${label}" block` : "no PEM block";
}

/** `--private-key` as okta-aws-cli takes it: one line with literal `\n` for the newlines. */
export function unescapePem(value: string): string {
  return value.includes("\\n") ? value.replaceAll("\\n", "\n") : value;
}

function unusable(pem: string, cause?: unknown): FlowError {
  return new FlowError("private_key_unusable", { seen: seen(pem), supported: SUPPORTED }, {
    cause,
  });
}

/** The smallest RSA modulus okta-aws signs with (Okta refuses less, as NIST does). */
export const MIN_RSA_BITS = 2048;

/**
 * The private-key block of a PEM text: the first `PRIVATE KEY` block, whatever surrounds it
 * (a comment, a certificate of a cert-plus-key bundle); the whole text when it has none.
 */
export function privateKeyBlock(pem: string): string {
  const block = /-----BEGIN ((?:RSA |EC |ENCRYPTED )?PRIVATE KEY)-----[\s\S]*?-----END \1-----/
    .exec(
      pem.replace(/\r\n?/g, "\n"),
    );
  return block ? block[0] : pem;
}

/**
 * Reads the key into a signing key. Throws private_key_unusable naming the form it saw and the
 * forms that work, or private_key_too_short for an RSA key under 2048 bits; the key's text
 * never reaches a message.
 */
export async function signingKey(text: string): Promise<SigningKey> {
  const { createPrivateKey } = await import("node:crypto");
  const pem = privateKeyBlock(text);
  let der: Uint8Array<ArrayBuffer>;
  let type: string | undefined;
  let curve: string | undefined;
  let bits: number | undefined;
  try {
    const key = createPrivateKey({ key: pem, format: "pem" });
    type = key.asymmetricKeyType;
    curve = key.asymmetricKeyDetails?.namedCurve;
    bits = key.asymmetricKeyDetails?.modulusLength;
    der = new Uint8Array(key.export({ type: "pkcs8", format: "der" }));
  } catch (err) {
    // The error may quote the input: only its name goes on.
    throw unusable(pem, err instanceof Error ? err.name : undefined);
  }
  if (type === "rsa") {
    if (bits !== undefined && bits < MIN_RSA_BITS) {
      throw new FlowError("private_key_too_short", { bits });
    }
    const key = await crypto.subtle.importKey(
      "pkcs8",
      der,
      { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" },
      false,
      ["sign"],
    );
    return { key, alg: "RS256" };
  }
  const ec = type === "ec" && curve ? CURVES[curve] : undefined;
  if (!ec) throw unusable(pem);
  const key = await crypto.subtle.importKey(
    "pkcs8",
    der,
    { name: "ECDSA", namedCurve: ec.crv },
    false,
    ["sign"],
  );
  return { key, alg: ec.alg };
}
