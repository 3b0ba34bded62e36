// STS AssumeRoleWithSAML through @aws-sdk/client-sts, imported only when a flow reaches this
// step. The SDK picks the partition's regional endpoint and honours AWS_ENDPOINT_URL_STS;
// requests go through okta-aws's HTTP policy (deadline, body cap, no redirects), as for Okta.
import { type AwsCredentials, checkCredentials } from "../credentials.ts";
import { FlowError } from "../errors.ts";
import type { Fetch } from "../http/client.ts";
import { sdkHttpHandler } from "./sdk_http.ts";

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
}

export interface StsOptions {
  /** okta-aws's HTTP policy (createHttp without `transient`: the SDK retries). */
  http: Fetch;
}

const PARTITION_DEFAULT_REGION: Record<string, string> = {
  "aws-cn": "cn-north-1",
  "aws-us-gov": "us-gov-west-1",
};

/** The region to call STS in: the user's, unless it belongs to another partition. */
export function stsRegion(partition: string, region: string): string {
  const fallback = PARTITION_DEFAULT_REGION[partition];
  if (!fallback) {
    return region.startsWith("cn-") || region.startsWith("us-gov-") ? "us-east-1" : region;
  }
  const prefix = partition === "aws-cn" ? "cn-" : "us-gov-";
  return region.startsWith(prefix) ? region : fallback;
}

interface SdkError {
  name?: string;
  Code?: string;
  message?: string;
}

/** True when STS refused the duration as above the role's MaxSessionDuration. */
export function isDurationError(err: unknown): boolean {
  return err instanceof FlowError && err.code === "sts_duration_exceeded";
}

function explain(err: unknown, input: AssumeRoleWithSamlInput): FlowError {
  const e = err as SdkError;
  const name = e.name ?? e.Code ?? "Error";
  const message = e.message ?? String(err);
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
  if (name === "AccessDenied" || name === "AccessDeniedException") {
    return new FlowError("sts_denied", params, { cause: err });
  }
  if (/provider.*(doesn't|does not) exist/i.test(message)) {
    return new FlowError("sts_provider_missing", params, { cause: err });
  }
  if (name.startsWith("ExpiredToken")) {
    return new FlowError("sts_expired_assertion", params, { cause: err });
  }
  if (e.name === "TimeoutError" || /ECONNREFUSED|ENOTFOUND|getaddrinfo|connect/i.test(message)) {
    return new FlowError("network", { host: "sts", reason: message.split("\n")[0]! }, {
      cause: err,
    });
  }
  return new FlowError("sts_failed", params, { cause: err });
}

/**
 * STS AssumeRoleWithSAML (API reference: AssumeRoleWithSAML), unsigned. Throws FlowError
 * with sts_denied, sts_provider_missing, sts_duration_exceeded, sts_expired_assertion or
 * sts_failed. Throttling is retried by the SDK (3 attempts).
 */
export async function assumeRoleWithSaml(
  input: AssumeRoleWithSamlInput,
  options: StsOptions,
  now: () => number = Date.now,
): Promise<AwsCredentials> {
  const { STSClient, AssumeRoleWithSAMLCommand } = await import("@aws-sdk/client-sts");
  const client = new STSClient({
    region: input.region,
    ...(input.endpoint ? { endpoint: input.endpoint } : {}),
    maxAttempts: 3,
    requestHandler: sdkHttpHandler(options.http),
  });
  try {
    const output = await client.send(
      new AssumeRoleWithSAMLCommand({
        RoleArn: input.roleArn,
        PrincipalArn: input.principalArn,
        SAMLAssertion: input.SAMLAssertion,
        DurationSeconds: input.durationSeconds,
      }),
    );
    const c = output.Credentials;
    if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken || !c.Expiration) {
      throw new FlowError("sts_failed", {
        role: input.roleArn,
        error: "IncompleteResponse",
        description: "the answer lacks credentials",
      });
    }
    return checkCredentials({
      accessKeyId: c.AccessKeyId,
      secretAccessKey: c.SecretAccessKey,
      sessionToken: c.SessionToken,
      expiration: new Date(c.Expiration),
    }, { from: "STS AssumeRoleWithSAML", role: input.roleArn, now: now() });
  } catch (err) {
    if (err instanceof FlowError) throw err;
    throw explain(err, input);
  } finally {
    client.destroy();
  }
}
