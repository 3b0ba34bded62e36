// The version shown by --version and sent in the User-Agent.
export const VERSION = "0.1.0";

/** `okta-aws/<version> (<os>; <arch>)`, or okta-aws-cli's bare name for policy rules. */
export function userAgent(short: boolean, os: string, arch: string): string {
  return short ? "okta-aws-cli" : `okta-aws/${VERSION} (${os}; ${arch})`;
}
