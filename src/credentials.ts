// The one shape of credentials that flows produce and output plugins consume, and the check
// every credential from a server passes before a plugin sees it.
import { FlowError } from "./errors.ts";
import type { MessageKey } from "./i18n/messages.ts";
import { phrase } from "./i18n/phrase.ts";

/** Temporary AWS credentials with what they are for. */
export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  /** From STS's answer, never from the local clock. */
  expiration: Date;
}

/** One set of credentials and the profile it belongs to. */
export interface CredentialSet {
  profile: string;
  credentials: AwsCredentials;
  roleArn: string;
  /** The SAML provider and the Federation app the role came through, when known. */
  principalArn?: string;
  appId?: string;
  /** Set only when the user gave a region: then it is written and exported. */
  region?: string;
  /** --chain: the flow's role the chain started from (principalArn and appId are its). */
  via?: string;
  /** The user chose the role in a picker: a later run served from the cache says so. */
  picked?: boolean;
  /**
   * The session's name in AWS (RoleSessionName: CloudTrail's name of the person): the SAML
   * assertion's, the m2m client's, the direct user's, or the hop before's on --chain.
   */
  sessionName?: string;
  /** The session policies the session was narrowed with, as `status` shows them. */
  policies?: string;
}

/** RFC 3339 in UTC with a Z and no fraction, as the AWS CLI and SDKs write it. */
export function rfc3339(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** What the credential cache keys a provider's credentials by, besides the role: no secrets. */
export interface ProviderIdentity {
  /** The org (or start URL) the credentials come through; `logout --org-domain` matches it. */
  org: string;
  [key: string]: string | number;
}

/**
 * How credentials are asked for. A renewal (exec --server, while the command runs) names the
 * set it replaces: the same role again, and nobody is asked anything: no sign-in, picker,
 * prompt or push. A provider that would need the user throws `renewal_needs_user`.
 */
export interface RetrieveRequest {
  renewing?: CredentialSet;
}

/**
 * A flow: options in, credential sets out, nothing else (aws-vault's provider shape). The
 * delivery pipeline (src/cli/pipeline.ts) adds the cache, the locks and the output plugins.
 */
export interface CredentialProvider {
  identity: ProviderIdentity;
  retrieve(request?: RetrieveRequest): Promise<CredentialSet[]>;
}

const ACCESS_KEY_ID = /^[A-Z0-9]{16,128}$/;
const SECRET = /^[A-Za-z0-9+/=]{16,256}$/;
const SESSION_TOKEN = /^[A-Za-z0-9+/=_-]{16,16384}$/;
/** No AWS credential lives longer than 36 hours (GetSessionToken); a week is generous. */
const MAX_LIFETIME_MS = 7 * 24 * 3600_000;

/**
 * Checks credentials from a server before any plugin sees them: the charsets AWS issues
 * (so that nothing a shell, a JSON reader or an INI file would read as syntax gets through)
 * and an expiration that is a real time in the future. Throws credentials_invalid naming the
 * field, never its value.
 */
export function checkCredentials(
  c: AwsCredentials,
  where: { from: string; role: string; now: number },
): AwsCredentials {
  const fail = (field: string, reason: MessageKey) => {
    throw new FlowError("credentials_invalid", { ...where, field, reason: phrase(reason) });
  };
  if (!ACCESS_KEY_ID.test(c.accessKeyId)) fail("AccessKeyId", "reason_credential_charset");
  if (!SECRET.test(c.secretAccessKey)) fail("SecretAccessKey", "reason_credential_charset");
  if (!SESSION_TOKEN.test(c.sessionToken)) fail("SessionToken", "reason_credential_charset");
  const expires = c.expiration.getTime();
  if (Number.isNaN(expires)) fail("Expiration", "reason_credential_time");
  else if (expires <= where.now) fail("Expiration", "reason_credential_past");
  else if (expires - where.now > MAX_LIFETIME_MS) fail("Expiration", "reason_credential_time");
  return c;
}
