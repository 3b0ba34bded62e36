// PEM certificates as text: the blocks of a bundle file, and the check Deno does not do early.
// Deno takes a certificate whose base64 is broken without a word, then fails every request of
// the client with "Unable to add pem file"; so such a block is set aside here, by name.

const BLOCK = /-----BEGIN CERTIFICATE-----\r?\n([\s\S]*?)-----END CERTIFICATE-----/g;

/** One certificate block of a PEM text, re-wrapped the way Deno expects it. */
export interface PemCertificate {
  pem: string;
  /** Its base64 body, whitespace removed. */
  body: string;
}

/** Every `CERTIFICATE` block of `text`, in order; other blocks and text around them are ignored. */
export function pemCertificates(text: string): PemCertificate[] {
  return [...text.matchAll(BLOCK)].map((m) => {
    const body = m[1]!.replace(/\s+/g, "");
    const lines = body.match(/.{1,64}/g) ?? [];
    return {
      pem: `-----BEGIN CERTIFICATE-----\n${lines.join("\n")}\n-----END CERTIFICATE-----\n`,
      body,
    };
  });
}

/** Whether a block's body is strict, padded base64 that decodes to something (a DER SEQUENCE). */
export function wellFormedBase64(body: string): boolean {
  if (body.length === 0 || body.length % 4 !== 0) return false;
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body)) return false;
  // A certificate is a DER SEQUENCE: its first byte is 0x30, which base64 starts with "M".
  return body.startsWith("M");
}

/**
 * A name for a certificate the runtime cannot use, for --debug: its place and the start of its
 * SHA-256 fingerprint (as `openssl x509 -fingerprint -sha256` prints it), or of its text when
 * the base64 itself is broken.
 */
export async function certificateLabel(
  where: string,
  index: number,
  body: string,
): Promise<string> {
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = Uint8Array.from(atob(body), (c) => c.charCodeAt(0));
  } catch {
    bytes = new TextEncoder().encode(body);
  }
  const digest = new Uint8Array(
    await crypto.subtle.digest("SHA-256", bytes),
  );
  const hex = [...digest.slice(0, 8)].map((b) => b.toString(16).padStart(2, "0").toUpperCase());
  return `${where} #${index + 1} (SHA-256 ${hex.join(":")}...)`;
}
