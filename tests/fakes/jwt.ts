// Realistic RS256 id_tokens for the fake Okta org: a key pair per fake, claims as Okta sets them.

function b64url(bytes: Uint8Array | string): string {
  const raw = typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes;
  let binary = "";
  for (const b of raw) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export interface Signer {
  sign(claims: Record<string, unknown>): Promise<string>;
}

export async function createSigner(): Promise<Signer> {
  const { privateKey } = await crypto.subtle.generateKey(
    {
      name: "RSASSA-PKCS1-v1_5",
      modulusLength: 2048,
      publicExponent: new Uint8Array([1, 0, 1]),
      hash: "SHA-256",
    },
    true,
    ["sign", "verify"],
  );
  return {
    async sign(claims) {
      const header = b64url(JSON.stringify({ alg: "RS256", kid: "fake-okta-key", typ: "JWT" }));
      const payload = b64url(JSON.stringify(claims));
      const signature = await crypto.subtle.sign(
        "RSASSA-PKCS1-v1_5",
        privateKey,
        new TextEncoder().encode(`${header}.${payload}`),
      );
      return `${header}.${payload}.${b64url(new Uint8Array(signature))}`;
    },
  };
}
