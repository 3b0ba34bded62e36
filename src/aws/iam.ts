// IAM ListAccountAliases with the credentials just issued, for okta-aws-cli's --all-profiles
// names (`<alias>-<IdP>-<role>`). @aws-sdk/client-iam is imported only on this path; requests
// go through okta-aws's HTTP policy; AWS_ENDPOINT_URL_IAM points it elsewhere.
import type { AwsCredentials } from "../credentials.ts";
import type { Fetch } from "../http/client.ts";
import { sdkHttpHandler } from "./sdk_http.ts";
import { FlowError } from "../errors.ts";
import { sdkError, type SdkErrorInfo } from "./sdk_error.ts";

/** IAM is global per partition: the region its endpoint is signed for. */
const IAM_REGION: Record<string, string> = {
  aws: "us-east-1",
  "aws-cn": "cn-north-1",
  "aws-us-gov": "us-gov-west-1",
  "aws-eusc": "eusc-de-east-1",
};

/** A failed ListAccountAliases that means "no alias to use": none, or no right to read it. */
function noAlias({ name, status }: SdkErrorInfo): boolean {
  return name === "NoSuchEntity" || name === "AccessDenied" ||
    name === "AccessDeniedException" || status === 403;
}

/**
 * The account's first alias, or undefined when it has none or IAM refuses (the role may not
 * allow iam:ListAccountAliases): the caller falls back to the account id. Any other failure (a
 * 500, throttling, no answer) throws iam_alias_failed, or the network error as it came: a name
 * built on it would differ from the last run's.
 */
export async function accountAlias(
  credentials: AwsCredentials,
  partition: string,
  http: Fetch,
  endpoint?: string,
): Promise<string | undefined> {
  const { IAMClient, ListAccountAliasesCommand } = await import("@aws-sdk/client-iam");
  const client = new IAMClient({
    region: IAM_REGION[partition] ?? "us-east-1",
    ...(endpoint ? { endpoint } : {}),
    maxAttempts: 2,
    requestHandler: sdkHttpHandler(http),
    credentials: {
      accessKeyId: credentials.accessKeyId,
      secretAccessKey: credentials.secretAccessKey,
      sessionToken: credentials.sessionToken,
    },
  });
  try {
    const out = await client.send(new ListAccountAliasesCommand({}));
    const alias = out.AccountAliases?.[0];
    // IAM aliases are lowercase letters, digits and hyphens: anything else is not one.
    return alias && /^[a-z0-9](?:[a-z0-9-]{1,61}[a-z0-9])?$/.test(alias) ? alias : undefined;
  } catch (err) {
    if (err instanceof FlowError) throw err;
    const failure = sdkError(err);
    if (noAlias(failure)) return undefined;
    throw new FlowError("iam_alias_failed", {
      error: `${failure.name}${failure.status ? ` (HTTP ${failure.status})` : ""}`,
    }, { cause: err });
  } finally {
    client.destroy();
  }
}
