// External output plugins: an executable `okta-aws-output-<name>` in the plugins directory
// serves `--format <name>`. It reads the credential sets as JSON on stdin; its exit code is
// ours. This works the same from a compiled binary, which cannot import code at run time.
import type { CredentialSet } from "../src/credentials.ts";
import { rfc3339 } from "../src/credentials.ts";
import { UsageError } from "../src/errors.ts";
import { phrase } from "../src/i18n/messages.ts";
import { closest } from "../src/config/suggest.ts";
import { pluginsDir } from "../src/cache/paths.ts";
import { exitStatus } from "./_signals.ts";
import { FORMAT_NAMES } from "./mod.ts";
import type { OutputPlugin } from "./types.ts";

export const EXTERNAL_PREFIX = "okta-aws-output-";

/** The JSON an external plugin receives on stdin (documented in the README). */
export function externalPayload(sets: CredentialSet[]): string {
  return JSON.stringify({
    version: 1,
    credentials: sets.map((s) => ({
      profile: s.profile,
      roleArn: s.roleArn,
      ...(s.region ? { region: s.region } : {}),
      accessKeyId: s.credentials.accessKeyId,
      secretAccessKey: s.credentials.secretAccessKey,
      sessionToken: s.credentials.sessionToken,
      expiration: rfc3339(s.credentials.expiration),
    })),
  });
}

/** Format names served by executables in `dir`. */
export function listExternal(dir: string, os: string): string[] {
  const names: string[] = [];
  try {
    for (const entry of Deno.readDirSync(dir)) {
      if (!entry.name.startsWith(EXTERNAL_PREFIX)) continue;
      let name = entry.name.slice(EXTERNAL_PREFIX.length);
      if (os === "windows") name = name.replace(/\.(exe|cmd|bat|com)$/i, "");
      if (name && !names.includes(name)) names.push(name);
    }
  } catch {
    // No plugins directory: no external formats.
  }
  return names.sort();
}

/** The executable serving `name` in `dir`, if any. */
export function findExternal(name: string, dir: string, os: string): string | undefined {
  const extensions = os === "windows" ? [".exe", ".cmd", ".bat", ".com", ""] : [""];
  for (const ext of extensions) {
    const path = `${dir}${os === "windows" ? "\\" : "/"}${EXTERNAL_PREFIX}${name}${ext}`;
    try {
      if (Deno.statSync(path).isFile) return path;
    } catch {
      // Try the next extension.
    }
  }
  return undefined;
}

/** Runs the plugin with the credential sets on stdin; stdout and stderr pass through. */
export async function runExternal(path: string, sets: CredentialSet[]): Promise<number> {
  const child = new Deno.Command(path, {
    stdin: "piped",
    stdout: "inherit",
    stderr: "inherit",
  }).spawn();
  const writer = child.stdin.getWriter();
  try {
    await writer.write(new TextEncoder().encode(externalPayload(sets) + "\n"));
    await writer.close();
  } catch {
    // The plugin closed stdin early: its exit code says what happened.
  }
  return exitStatus(await child.status);
}

/** The usage error for a --format that nothing serves, naming what does exist. */
function unknownFormat(format: string, dir: string, os: string): UsageError {
  const found = listExternal(dir, os);
  // `-f env` means env-var far more often than a plugin named env: say so first.
  const guess = FORMAT_NAMES.find((name) => format !== "" && name.startsWith(format)) ??
    closest(format, FORMAT_NAMES);
  return new UsageError("usage_unknown_format", {
    format,
    suggestion: guess ? phrase("notice_did_you_mean", { key: guess }) : "",
    builtin: FORMAT_NAMES.join(", "),
    dir,
    found: found.length > 0 ? found.join(", ") : phrase("none_found"),
  });
}

/** `--format <name>` served by `okta-aws-output-<name>` in the plugins directory. */
export const plugin: OutputPlugin = {
  name: "external",
  prepare(values, host) {
    const format = String(values.format);
    const dir = pluginsDir(host.env, host.os);
    const path = findExternal(format, dir, host.os);
    if (!path) throw unknownFormat(format, dir, host.os);
    return (sets) => runExternal(path, sets);
  },
};
