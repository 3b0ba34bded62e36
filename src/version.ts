// The version shown by --version and sent in the User-Agent. deno.json's "version" is the one
// source: a test fails when this differs (importing the JSON here cost the warm path 1-3 ms).
export const VERSION = "0.1.0";

/** `okta-aws/<version> (<os>; <arch>)`, or okta-aws-cli's bare name for policy rules. */
export function userAgent(short: boolean, os: string, arch: string): string {
  return short ? "okta-aws-cli" : `okta-aws/${VERSION} (${os}; ${arch})`;
}

/** What `deno task install` records beside the sources it copies (scripts/install.ts). */
export interface InstallRecord {
  method: "deno task install";
  version: string;
  /** The clone it was installed from, and its commit when it was a git clone. */
  from: string;
  commit?: string;
  installedAt: string;
}

/** How this copy runs: a compiled binary (and whose), an installed copy, or a clone. */
export function installLine(): string {
  if (Deno.build.standalone) {
    const exe = Deno.execPath();
    const how = /[/\\]Cellar[/\\]/.test(exe)
      ? "Homebrew"
      : /chocolatey/i.test(exe)
      ? "Chocolatey"
      : "a compiled binary";
    return `installed: ${how} (${exe})`;
  }
  const root = new URL("../", import.meta.url);
  const dir = decodeURIComponent(root.pathname).replace(/\/$/, "");
  try {
    const record: InstallRecord = JSON.parse(
      Deno.readTextFileSync(new URL("install.json", root)),
    );
    const commit = record.commit ? ` at ${record.commit}` : "";
    return `installed: deno task install on ${
      record.installedAt.slice(0, 10)
    } from ${record.from}${commit}; sources in ${dir}`;
  } catch {
    return `installed: no; run from the clone ${dir}`;
  }
}

/**
 * `okta-aws 0.1.0 (deno 2.9.6, x86_64-unknown-linux-gnu)` and how it was installed: what a bug
 * report needs.
 */
export function versionLine(): string {
  return `okta-aws ${VERSION} (deno ${Deno.version.deno}, ${Deno.build.target})\n${installLine()}`;
}
