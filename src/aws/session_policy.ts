// Session policies: what narrows a role's session without a new role. STS intersects the role's
// permissions with the managed policies (PolicyArns, at most 10) and the inline policy (Policy,
// at most 2048 characters) given with the call: AssumeRoleWithSAML, AssumeRoleWithWebIdentity
// and AssumeRole all take them. `--read-only` is AWS's managed ReadOnlyAccess, in the role's
// partition.

export interface SessionPolicies {
  /** Managed policy ARNs as given (checked). */
  arns: readonly string[];
  /** AWS's ReadOnlyAccess in the partition of the role assumed. */
  readOnly: boolean;
  /** The inline policy, minified JSON. */
  policy?: string;
}

export const MAX_POLICY_ARNS = 10;
export const MAX_POLICY_CHARS = 2048;

/** A managed policy ARN: AWS's (`iam::aws:policy/...`) or an account's. */
export const POLICY_ARN = /^arn:aws(-[a-z]+)*:iam::(\d{12}|aws):policy\/[\w+=,.@/-]{1,512}$/;

/** The ReadOnlyAccess managed policy of a partition. */
export function readOnlyArn(partition: string): string {
  return `arn:${partition}:iam::aws:policy/ReadOnlyAccess`;
}

/** The ARNs a call in `partition` sends. */
export function policyArns(policies: SessionPolicies, partition: string): string[] {
  return [...policies.arns, ...(policies.readOnly ? [readOnlyArn(partition)] : [])];
}

/** The SDK command's PolicyArns and Policy for a role of `partition` (none: nothing). */
export function stsPolicyInput(
  policies: SessionPolicies | undefined,
  partition: string,
): { PolicyArns?: { arn: string }[]; Policy?: string } {
  if (!policies) return {};
  const arns = policyArns(policies, partition);
  return {
    ...(arns.length > 0 ? { PolicyArns: arns.map((arn) => ({ arn })) } : {}),
    ...(policies.policy ? { Policy: policies.policy } : {}),
  };
}

/**
 * What the cache keys and `status` show of the policies: the ARNs (read-only as its name) and
 * the inline policy's text. "" when there are none.
 */
export function policyKey(policies: SessionPolicies | undefined): string {
  if (!policies) return "";
  return [
    ...policies.arns,
    ...(policies.readOnly ? ["ReadOnlyAccess"] : []),
    ...(policies.policy ? [policies.policy] : []),
  ].join(" ");
}
