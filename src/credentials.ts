// The one shape of credentials that flows produce and output plugins consume.

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
 * A flow: options in, credential sets out, nothing else (aws-vault's provider shape). The
 * delivery pipeline (src/cli/pipeline.ts) adds the cache, the locks and the output plugins.
 */
export interface CredentialProvider {
  identity: ProviderIdentity;
  retrieve(): Promise<CredentialSet[]>;
}
