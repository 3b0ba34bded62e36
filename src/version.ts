// The version shown by --version and sent in the User-Agent. deno.json's "version" is the one
// source: a test fails when this differs (importing the JSON here cost the warm path 1-3 ms).
export const VERSION = "0.1.0";

/** `okta-aws/<version> (<os>; <arch>)`, or okta-aws-cli's bare name for policy rules. */
export function userAgent(short: boolean, os: string, arch: string): string {
  return short ? "okta-aws-cli" : `okta-aws/${VERSION} (${os}; ${arch})`;
}

/** `okta-aws 0.1.0 (deno 2.9.6, x86_64-unknown-linux-gnu)`: what a bug report needs. */
export function versionLine(): string {
  return `okta-aws ${VERSION} (deno ${Deno.version.deno}, ${Deno.build.target})`;
}
