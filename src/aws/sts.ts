// STS AssumeRoleWithSAML through @aws-sdk/client-sts, imported only when a flow reaches this
// step. The SDK picks the partition's regional endpoint and honours AWS_ENDPOINT_URL_STS;
// requests go through okta-aws's HTTP policy (deadline, body cap, no redirects), as for Okta.
import { type SessionPolicies, stsPolicyInput } from "./session_policy.ts";
import { partitionOf } from "./arn.ts";
import { type AwsCredentials, checkCredentials } from "../credentials.ts";
import { FlowError } from "../errors.ts";
import type { Fetch } from "../http/client.ts";
import { sdkHttpHandler } from "./sdk_http.ts";
import { sdkError } from "./sdk_error.ts";

/** STS's range of DurationSeconds. */
export const MIN_DURATION = 900;
export const MAX_DURATION = 43200;

export interface AssumeRoleWithSamlInput {
  roleArn: string;
  principalArn: string;
  /** The base64 text exactly as Okta sent it. */
  SAMLAssertion: string;
  durationSeconds: number;
  region: string;
  /** An endpoint in place of the partition's regional one (AWS_ENDPOINT_URL_STS). */
  endpoint?: string;
  /** Session policies: the session gets the role's permissions within them. */
  policies?: SessionPolicies;
}

export interface StsOptions {
  /** okta-aws's HTTP policy (createHttp without `transient`: the SDK retries). */
  http: Fetch;
}

/** The partitions besides `aws`: their regions' prefix and a region to call STS in. */
const PARTITIONS: Record<string, { prefix: string; region: string }> = {
  "aws-cn": { prefix: "cn-", region: "cn-north-1" },
  "aws-us-gov": { prefix: "us-gov-", region: "us-gov-west-1" },
  // The AWS European Sovereign Cloud (2026).
  "aws-eusc": { prefix: "eusc-", region: "eusc-de-east-1" },
};

/** The region to call STS in: the user's, unless it belongs to another partition. */
export function stsRegion(partition: string, region: string): string {
  const own = PARTITIONS[partition];
  if (!own) {
    const foreign = Object.values(PARTITIONS).some((p) => region.startsWith(p.prefix));
    return foreign ? "us-east-1" : region;
  }
  return region.startsWith(own.prefix) ? region : own.region;
}

/** True when STS refused the duration as above the role's MaxSessionDuration. */
export function isDurationError(err: unknown): boolean {
  return err instanceof FlowError && err.code === "sts_duration_exceeded";
}

/** What an STS error is explained with: the role, the provider (SAML) or issuer (OIDC). */
interface Attempted {
  roleArn: string;
  principalArn: string;
  durationSeconds: number;
  webIdentity?: boolean;
}

function explain(err: unknown, input: Attempted): FlowError {
  const { name, message: said } = sdkError(err);
  const message = said ?? String(err);
  const params = {
    role: input.roleArn,
    provider: input.principalArn,
    seconds: input.durationSeconds,
    error: name,
    description: message,
  };
  if (/DurationSeconds exceeds/i.test(message)) {
    return new FlowError("sts_duration_exceeded", params, { cause: err });
  }
  if (input.webIdentity && name.startsWith("InvalidIdentityToken")) {
    return new FlowError("sts_oidc_provider_missing", params, { cause: err });
  }
  if (name === "AccessDenied" || name === "AccessDeniedException") {
    return new FlowError(input.webIdentity ? "sts_web_identity_denied" : "sts_denied", params, {
      cause: err,
    });
  }
  if (/provider.*(doesn't|does not) exist/i.test(message)) {
    return new FlowError("sts_provider_missing", params, { cause: err });
  }
  if (name.startsWith("ExpiredToken")) {
    return new FlowError("sts_expired_assertion", params, { cause: err });
  }
  return new FlowError("sts_failed", params, { cause: err });
}

/** The credentials of an STS answer, checked before anyone sees them. */
function credentialsOf(
  c:
    | { AccessKeyId?: string; SecretAccessKey?: string; SessionToken?: string; Expiration?: Date }
    | undefined,
  from: string,
  role: string,
  now: number,
): AwsCredentials {
  if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken || !c.Expiration) {
    throw new FlowError("sts_failed", {
      role,
      error: "IncompleteResponse",
      description: "the answer lacks credentials",
    });
  }
  return checkCredentials({
    accessKeyId: c.AccessKeyId,
    secretAccessKey: c.SecretAccessKey,
    sessionToken: c.SessionToken,
    expiration: new Date(c.Expiration),
  }, { from, role, now });
}

type StsSdk = typeof import("@aws-sdk/client-sts");

/** One STS call: the SDK loaded lazily, a client on our HTTP policy, errors explained. */
async function withSts<T>(
  target: { region: string; endpoint?: string },
  options: StsOptions,
  explainAs: Attempted,
  call: (sdk: StsSdk, client: InstanceType<StsSdk["STSClient"]>) => Promise<T>,
  /** Signs the calls (AssumeRole); the web-identity and SAML calls are unsigned. */
  credentials?: AwsCredentials,
): Promise<T> {
  const sdk = await import("@aws-sdk/client-sts");
  const client = new sdk.STSClient({
    region: target.region,
    ...(target.endpoint ? { endpoint: target.endpoint } : {}),
    maxAttempts: 3,
    requestHandler: sdkHttpHandler(options.http),
    ...(credentials
      ? {
        credentials: {
          accessKeyId: credentials.accessKeyId,
          secretAccessKey: credentials.secretAccessKey,
          sessionToken: credentials.sessionToken,
        },
      }
      : {}),
  });
  try {
    return await call(sdk, client);
  } catch (err) {
    if (err instanceof FlowError) throw err;
    throw explain(err, explainAs);
  } finally {
    client.destroy();
  }
}

/**
 * STS AssumeRoleWithSAML (API reference: AssumeRoleWithSAML), unsigned. Throws FlowError
 * with sts_denied, sts_provider_missing, sts_duration_exceeded, sts_expired_assertion or
 * sts_failed. Throttling is retried by the SDK (3 attempts).
 */
export function assumeRoleWithSaml(
  input: AssumeRoleWithSamlInput,
  options: StsOptions,
  now: () => number = Date.now,
): Promise<AwsCredentials> {
  return withSts(input, options, input, async (sdk, client) => {
    const output = await client.send(
      new sdk.AssumeRoleWithSAMLCommand({
        RoleArn: input.roleArn,
        PrincipalArn: input.principalArn,
        SAMLAssertion: input.SAMLAssertion,
        DurationSeconds: input.durationSeconds,
        ...stsPolicyInput(input.policies, partitionOf(input.roleArn)),
      }),
    );
    return credentialsOf(output.Credentials, "STS AssumeRoleWithSAML", input.roleArn, now());
  });
}

export interface AssumeRoleWithWebIdentityInput {
  roleArn: string;
  roleSessionName: string;
  /** An Okta access token (m2m, direct): never logged. */
  WebIdentityToken: string;
  durationSeconds: number;
  region: string;
  endpoint?: string;
  /** The token's issuer, for the error that names the IAM OIDC provider to create. */
  issuer: string;
  policies?: SessionPolicies;
}

/**
 * STS AssumeRoleWithWebIdentity (API reference: AssumeRoleWithWebIdentity), unsigned: AWS
 * needs an IAM OIDC identity provider for the token's issuer and audience. Errors as for
 * assumeRoleWithSaml; InvalidIdentityToken is sts_provider_missing.
 */
export function assumeRoleWithWebIdentity(
  input: AssumeRoleWithWebIdentityInput,
  options: StsOptions,
  now: () => number = Date.now,
): Promise<AwsCredentials> {
  const explainAs = {
    roleArn: input.roleArn,
    principalArn: input.issuer,
    durationSeconds: input.durationSeconds,
    webIdentity: true,
  };
  return withSts(input, options, explainAs, async (sdk, client) => {
    const output = await client.send(
      new sdk.AssumeRoleWithWebIdentityCommand({
        RoleArn: input.roleArn,
        RoleSessionName: input.roleSessionName,
        WebIdentityToken: input.WebIdentityToken,
        DurationSeconds: input.durationSeconds,
        ...stsPolicyInput(input.policies, partitionOf(input.roleArn)),
      }),
    );
    return credentialsOf(
      output.Credentials,
      "STS AssumeRoleWithWebIdentity",
      input.roleArn,
      now(),
    );
  });
}

export interface AssumeRoleInput {
  roleArn: string;
  roleSessionName: string;
  externalId?: string;
  sourceIdentity?: string;
  durationSeconds: number;
  region: string;
  endpoint?: string;
  /** The role the call is made as (the previous hop), for the error. */
  from: string;
  policies?: SessionPolicies;
}

/**
 * STS AssumeRole (API reference: AssumeRole), signed with the previous hop's credentials: a
 * role-chaining hop. AWS caps chained sessions at one hour. AccessDenied is sts_chain_denied,
 * naming both roles (the trust policy of `roleArn` must allow `from`).
 */
export function assumeRole(
  input: AssumeRoleInput,
  credentials: AwsCredentials,
  options: StsOptions,
  now: () => number = Date.now,
): Promise<AwsCredentials> {
  const attempted = {
    roleArn: input.roleArn,
    principalArn: input.from,
    durationSeconds: input.durationSeconds,
  };
  return withSts(
    input,
    options,
    attempted,
    async (sdk, client) => {
      const output = await client.send(
        new sdk.AssumeRoleCommand({
          RoleArn: input.roleArn,
          RoleSessionName: input.roleSessionName,
          DurationSeconds: input.durationSeconds,
          ...(input.externalId ? { ExternalId: input.externalId } : {}),
          ...(input.sourceIdentity ? { SourceIdentity: input.sourceIdentity } : {}),
          ...stsPolicyInput(input.policies, partitionOf(input.roleArn)),
        }),
      ).catch((err) => {
        const { name, message } = sdkError(err);
        if (
          (name === "AccessDenied" || name === "AccessDeniedException") &&
          input.sourceIdentity && /SetSourceIdentity/i.test(message ?? "")
        ) {
          throw new FlowError("sts_source_identity_denied", {
            role: input.roleArn,
            from: input.from,
            description: message ?? name,
          }, { cause: err });
        }
        if (name === "AccessDenied" || name === "AccessDeniedException") {
          throw new FlowError("sts_chain_denied", {
            role: input.roleArn,
            from: input.from,
            description: message ?? name,
          }, { cause: err });
        }
        throw err;
      });
      return credentialsOf(output.Credentials, "STS AssumeRole", input.roleArn, now());
    },
    credentials,
  );
}
