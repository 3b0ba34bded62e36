// Redaction for --debug-api-calls: every secret value becomes a short fingerprint, so that
// two lines can be matched up without showing the secret; a secret a person chose or reads
// (a password, a user code) gets no fingerprint at all, since a dictionary would reverse it.

const SECRET_NAMES = new Set([
  "access_token",
  "id_token",
  "refresh_token",
  "device_code",
  "user_code",
  "actor_token",
  "subject_token",
  "token",
  "client_assertion",
  "client_secret",
  "password",
  "mfa_token",
  "oob_code",
  "samlresponse",
  "samlassertion",
  "sessiontoken",
  "secretaccesskey",
  "accesskeyid",
  "code",
  "code_verifier",
  // Pre-signed URLs (S3, CloudFront, GCS, Azure SAS): a team config may be fetched from one.
  "x-amz-signature",
  "x-amz-security-token",
  "x-amz-credential",
  "signature",
  "sig",
  // STS AssumeRoleWithWebIdentity (an Okta access token)
  "webidentitytoken",
  // IAM Identity Center's JSON (compared lower-cased)
  "accesstoken",
  "refreshtoken",
  "clientsecret",
  "devicecode",
  "codeverifier",
  "idtoken",
]);

/** Few enough possible values to try them all: shown as `<redacted>`, never fingerprinted. */
const GUESSABLE_NAMES = new Set(["password", "user_code", "usercode", "otp", "passcode", "answer"]);

/** FNV-1a over the value: stable, short, and not reversible for any real secret. */
export function fingerprint(value: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `<redacted:${hash.toString(16).padStart(8, "0")}>`;
}

function isSecret(name: string): boolean {
  const lower = name.toLowerCase();
  return SECRET_NAMES.has(lower) || GUESSABLE_NAMES.has(lower);
}

/** What a secret parameter's value is shown as. */
function redacted(name: string, value: string): string {
  return GUESSABLE_NAMES.has(name.toLowerCase()) ? "<redacted>" : fingerprint(value);
}

export function redactUrl(url: URL): string {
  const copy = new URL(url);
  for (const [name, value] of url.searchParams) {
    if (isSecret(name)) copy.searchParams.set(name, redacted(name, value));
  }
  return copy.toString();
}

/** Redacts a form body or a JSON body; anything else is shown only by its size. */
export function redactBody(body: string): string {
  const trimmed = body.trim();
  if (trimmed.startsWith("{")) {
    try {
      return JSON.stringify(
        JSON.parse(trimmed),
        (key, value) => typeof value === "string" && isSecret(key) ? redacted(key, value) : value,
      );
    } catch {
      return `<${body.length} bytes>`;
    }
  }
  if (/^[\w.%+-]+=/.test(trimmed)) {
    const params = new URLSearchParams(trimmed);
    const out: string[] = [];
    for (const [name, value] of params) {
      out.push(`${name}=${isSecret(name) ? redacted(name, value) : value}`);
    }
    return out.join("&");
  }
  return `<${body.length} bytes>`;
}
