// IAM ARNs, parsed in one place: `arn:PARTITION:iam::ACCOUNT:TYPE/PATH/NAME` for roles and SAML
// providers (the SAML Role values, --aws-iam-role, --chain, the credential server's AccountId,
// the console's partition).

export interface IamArn {
  arn: string;
  /** `aws`, `aws-cn`, `aws-us-gov`, ... */
  partition: string;
  accountId: string;
  type: "role" | "saml-provider";
  /** What follows the type: `Admin`, `team/Admin` (path and name). */
  resource: string;
  /** The last segment of the resource: the role's or provider's name. */
  name: string;
}

const IAM_ARN = /^arn:(aws[\w-]*):iam::(\d{12}):(role|saml-provider)\/(.+)$/;
/** The characters IAM allows in a role's path and name (as STS takes it), 1-512 of them. */
const ROLE_RESOURCE = /^[\w+=,.@/-]{1,512}$/;

/** An IAM role or SAML provider ARN, or undefined when `text` is not one. */
export function parseIamArn(text: string): IamArn | undefined {
  const m = IAM_ARN.exec(text);
  if (!m) return undefined;
  const resource = m[4]!;
  return {
    arn: text,
    partition: m[1]!,
    accountId: m[2]!,
    type: m[3] === "role" ? "role" : "saml-provider",
    resource,
    name: resource.split("/").pop()!,
  };
}

/** A role ARN STS takes: any partition, twelve-digit account, IAM's characters. */
export function isRoleArn(text: string): boolean {
  const arn = parseIamArn(text);
  return arn?.type === "role" && ROLE_RESOURCE.test(arn.resource);
}

/** An ARN's partition (`aws`, `aws-cn`, `aws-us-gov`); `aws` when it names none. */
export function partitionOf(arn: string): string {
  return /^arn:([^:]+):/.exec(arn)?.[1] ?? "aws";
}

/** The part of an ARN after its type (`Admin`, `team/Admin`, `okta`); the text when none. */
export function resourceOf(arn: string): string {
  return arn.slice(arn.indexOf("/") + 1);
}
