// STS AssumeRoleWithSAML through @aws-sdk/client-sts, imported only when a flow reaches this
// step. The SDK picks the partition's regional endpoint and honours AWS_ENDPOINT_URL_STS;
// requests go through Deno's fetch, so proxies and custom CAs apply as for Okta.
import type { AwsCredentials } from "../credentials.ts";
import { FlowError } from "../errors.ts";

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
  debug?: (line: string) => void;
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
  options: StsOptions = {},
): Promise<AwsCredentials> {
  const [{ STSClient, AssumeRoleWithSAMLCommand }, { FetchHttpHandler }] = await Promise.all([
    import("@aws-sdk/client-sts"),
    import("@smithy/fetch-http-handler"),
  ]);
  // Deno's fetch honours HTTPS_PROXY, NO_PROXY and DENO_CERT, as the Okta calls do.
  const client = new STSClient({
    region: input.region,
    ...(input.endpoint ? { endpoint: input.endpoint } : {}),
    maxAttempts: 3,
    requestHandler: new FetchHttpHandler({ requestTimeout: 30_000 }),
  });
  if (options.debug) {
    const debug = options.debug;
    client.middlewareStack.add(
      (next) => async (args) => {
        const request = args.request as { method?: string; hostname?: string; path?: string };
        debug(`> ${request.method} ${request.hostname}${request.path} AssumeRoleWithSAML`);
        const result = await next(args);
        const response = result.response as { statusCode?: number };
        debug(`< ${response.statusCode} AssumeRoleWithSAML`);
        return result;
      },
      { step: "finalizeRequest", name: "oktaAwsDebug" },
    );
  }
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
    return {
      accessKeyId: c.AccessKeyId,
      secretAccessKey: c.SecretAccessKey,
      sessionToken: c.SessionToken,
      expiration: new Date(c.Expiration),
    };
  } catch (err) {
    if (err instanceof FlowError) throw err;
    throw explain(err, input);
  } finally {
    client.destroy();
  }
}
