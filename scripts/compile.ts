// `deno task compile`: single binaries for Linux, macOS and Windows (x64 and arm64) in dist/.
// `deno task compile --smoke`: the offline check CI can do: type check, module graph and
// embedding, with DENORT_BIN set to this deno (the output is then a plain deno, not okta-aws).
import { VERSION } from "../src/version.ts";
import { lazyModules } from "../src/cli/tree.ts";

const TARGETS = [
  "x86_64-unknown-linux-gnu",
  "aarch64-unknown-linux-gnu",
  "x86_64-apple-darwin",
  "aarch64-apple-darwin",
  "x86_64-pc-windows-msvc",
];
const PERMISSIONS = [
  "--allow-env",
  "--allow-read",
  "--allow-write",
  "--allow-net",
  "--allow-run",
  "--allow-sys",
];
const root = new URL("..", import.meta.url).pathname;

/** Lower-case hex SHA-256 of a file, as `sha256sum` prints it. */
async function sha256File(path: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", await Deno.readFile(path));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

async function compile(
  target: string | undefined,
  output: string,
  env: Record<string, string> = {},
) {
  // These load through computed import()s: compile must embed them (the list lives with the
  // command tree, and a test keeps it complete).
  const include = lazyModules().flatMap((path) => ["--include", path]);
  const args = ["compile", ...PERMISSIONS, ...include, "--no-prompt", "--output", output];
  if (target) args.push("--target", target);
  args.push(`${root}main.ts`);
  console.error(`deno ${args.join(" ")}`);
  // The child's own output is the explanation when it fails (denort unreachable, a bad
  // import): it goes straight to the terminal.
  const { code } = await new Deno.Command(Deno.execPath(), {
    args,
    env,
    cwd: root,
    stdout: "inherit",
    stderr: "inherit",
  }).spawn().status;
  if (code !== 0) {
    console.error(
      `compile: deno compile${target ? ` --target ${target}` : ""} failed (exit ${code})`,
    );
  }
  return code;
}

if (Deno.args.includes("--smoke")) {
  const dir = await Deno.makeTempDir({ prefix: "okta-aws-compile-" });
  try {
    const output = `${dir}/okta-aws-smoke${Deno.build.os === "windows" ? ".exe" : ""}`;
    const code = await compile(undefined, output, { DENORT_BIN: Deno.execPath() });
    if (code !== 0) Deno.exit(code);
    const size = (await Deno.stat(output)).size;
    // Every lazily loaded module must be inside (a missing one fails only when that command
    // runs): the output holds each module's source, so look for its opening line.
    const bytes = new TextDecoder("latin1").decode(await Deno.readFile(output));
    const utf8AsLatin1 = (text: string) =>
      new TextDecoder("latin1").decode(new TextEncoder().encode(text));
    const missing: string[] = [];
    for (const path of lazyModules()) {
      const first = (await Deno.readTextFile(path)).split("\n")[0]!;
      if (!bytes.includes(utf8AsLatin1(first))) missing.push(path.slice(root.length));
    }
    if (missing.length > 0) {
      console.error(`compile smoke: not embedded: ${missing.join(", ")}`);
      Deno.exit(1);
    }
    console.error(
      `compile smoke: ${output} (${(size / 1e6).toFixed(1)} MB) built with DENORT_BIN; ` +
        `all ${lazyModules().length} lazily loaded modules embedded`,
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
} else {
  const only = Deno.args.find((a) => !a.startsWith("-"));
  await Deno.mkdir(`${root}dist`, { recursive: true });
  const sums: string[] = [];
  for (const target of only ? [only] : TARGETS) {
    const ext = target.includes("windows") ? ".exe" : "";
    const name = `okta-aws-${VERSION}-${target}${ext}`;
    const code = await compile(target, `${root}dist/${name}`);
    if (code !== 0) Deno.exit(code);
    sums.push(`${await sha256File(`${root}dist/${name}`)}  ${name}`);
  }
  await Deno.writeTextFile(`${root}dist/SHA256SUMS`, `${sums.join("\n")}\n`);
  console.error(`compile: ${sums.length} binaries and dist/SHA256SUMS`);
}
