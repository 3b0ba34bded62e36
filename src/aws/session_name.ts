// AWS session names (RoleSessionName, SourceIdentity): what CloudTrail shows as the person
// behind a session. STS takes 2-64 of letters, digits and `+=,.@_-`; a login or a client's name
// is made to fit (other characters become `-`), never refused.
const ALLOWED = /[^\w+=,.@-]/g;

/** `name` within STS's charset and 2-64 characters; `fallback` when nothing of it is left. */
export function fittedSessionName(name: string | undefined, fallback = "okta-aws"): string {
  const fitted = (name ?? "").replace(ALLOWED, "-").slice(0, 64);
  return fitted.replaceAll("-", "") === "" ? fallback : fitted.padEnd(2, "-");
}
