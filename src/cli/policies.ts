// --policy-arn, --session-policy and --read-only, checked before any sign-in: at most 10 managed
// policy ARNs, an inline policy file that is JSON and within STS's 2048 characters once minified.
import { UsageError } from "../errors.ts";
import { phrase } from "../i18n/phrase.ts";
import {
  MAX_POLICY_ARNS,
  MAX_POLICY_CHARS,
  POLICY_ARN,
  type SessionPolicies,
} from "../aws/session_policy.ts";
import { readOptionalText } from "../fs/read.ts";
import type { FlagValues } from "../config/flag_spec.ts";
import type { POLICY_FLAGS } from "./flags.ts";

export type PolicyValues = FlagValues<typeof POLICY_FLAGS>;

/** The session policies the values ask for; undefined when none. */
export function sessionPolicies(values: PolicyValues): SessionPolicies | undefined {
  const arns = (values.policyArn ?? "").split(",").map((a) => a.trim()).filter((a) => a !== "");
  for (const arn of arns) {
    if (!POLICY_ARN.test(arn)) {
      throw new UsageError("usage_invalid", {
        flag: "--policy-arn",
        value: arn,
        reason: phrase("reason_policy_arn"),
      });
    }
  }
  if (arns.length + (values.readOnly ? 1 : 0) > MAX_POLICY_ARNS) {
    throw new UsageError("usage_invalid", {
      flag: "--policy-arn",
      value: arns.join(","),
      reason: phrase("reason_policy_count", { max: MAX_POLICY_ARNS }),
    });
  }
  const policy = values.sessionPolicy === undefined
    ? undefined
    : inlinePolicy(values.sessionPolicy);
  if (arns.length === 0 && !values.readOnly && policy === undefined) return undefined;
  return { arns, readOnly: values.readOnly, ...(policy ? { policy } : {}) };
}

/** The inline policy file's JSON, minified; a usage error naming the file otherwise. */
function inlinePolicy(path: string): string {
  const invalid = (reason: ReturnType<typeof phrase>) =>
    new UsageError("usage_invalid", { flag: "--session-policy", value: path, reason });
  const text = readOptionalText(path);
  if (text === undefined) throw invalid(phrase("reason_no_such_file"));
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw invalid(phrase("reason_policy_json", { why }));
  }
  if (typeof doc !== "object" || doc === null || Array.isArray(doc) || !("Statement" in doc)) {
    throw invalid(phrase("reason_policy_statement"));
  }
  const minified = JSON.stringify(doc);
  if (minified.length > MAX_POLICY_CHARS) {
    throw invalid(
      phrase("reason_policy_size", { size: minified.length, max: MAX_POLICY_CHARS }),
    );
  }
  return minified;
}
