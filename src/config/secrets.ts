// The variables that carry a secret okta-aws reads (the m2m private key, the direct-auth
// password): exec and --server children never inherit them, whatever the command runs.
import type { FlagSpec } from "./flag_spec.ts";

/** okta-aws's own secret-bearing variables, named where their flags are declared. */
export const PRIVATE_KEY_VARIABLE = "OKTA_AWSCLI_PRIVATE_KEY";
export const PASSWORD_VARIABLE = "OKTA_AWSCLI_PASSWORD";

const OWN: readonly string[] = [PRIVATE_KEY_VARIABLE, PASSWORD_VARIABLE];

/**
 * Every variable a child must not inherit: ours, and those of any flag marked `secret` (a
 * plugin's own), upper-cased (Windows names are case-insensitive).
 */
export function secretVariables(flags: readonly FlagSpec[] = []): string[] {
  const declared = flags.filter((f) => f.secret).flatMap((f) => f.env);
  return [...new Set([...OWN, ...declared].map((name) => name.toUpperCase()))];
}
