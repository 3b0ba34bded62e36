// `deno task install`: an `okta-aws` command for the current user that no longer needs this
// clone. It copies the sources with deno.json and deno.lock into a versioned directory
// (`<root>/share/okta-aws/<version>-<hash>/`, with an install.json that `--version` reads),
// fills a module cache of its own (`<root>/share/okta-aws/deno_dir`) with every module any
// command may load, lazily loaded ones and npm packages included, so that the first run of each
// command downloads nothing and works offline; then writes the launcher `<root>/bin/okta-aws`
// (`okta-aws.cmd` on Windows), removes older copies, and checks that the command answers.
// `--uninstall` (the `uninstall` task) removes the launcher, the copies and the cache.
// DENO_INSTALL_ROOT chooses <root> (default ~/.deno). A compiled binary (`deno task compile`) is
// the other self-contained form, where Deno's runtime can be downloaded.
import { VERSION } from "../src/version.ts";

const root = new URL("..", import.meta.url).pathname;
const NAME = "okta-aws";
const windows = Deno.build.os === "windows";
/** What the copy holds: the program and what it needs to run (no tests, no scripts). */
const COPIED = ["main.ts", "deno.json", "deno.lock", "LICENSE", "src", "plugins"];

function fail(message: string): never {
  console.error(`install: ${message}`);
  Deno.exit(1);
}

async function run(
  step: string,
  command: string,
  args: string[],
  options: { env?: Record<string, string>; shown?: string } = {},
): Promise<void> {
  console.error(options.shown ?? `${command} ${args.join(" ")}`);
  const env = options.env ?? {};
  let code: number;
  try {
    ({ code } = await new Deno.Command(command, {
      args,
      env,
      stdout: "inherit",
      stderr: "inherit",
    }).spawn().status);
  } catch (err) {
    fail(`${step} could not start: ${err instanceof Error ? err.message : err}`);
  }
  if (code !== 0) fail(`${step} failed (exit ${code})`);
}

export function installRoot(): string {
  const home = Deno.env.get("HOME") ?? Deno.env.get("USERPROFILE") ?? "";
  return Deno.env.get("DENO_INSTALL_ROOT") || `${home}/.deno`;
}

/** Every file of the copy, relative to the clone, in a stable order. */
function filesOf(base: string, relative = ""): string[] {
  const path = relative ? `${base}/${relative}` : base;
  const info = Deno.statSync(path);
  if (!info.isDirectory) return [relative];
  return [...Deno.readDirSync(path)].map((e) => e.name).sort()
    .flatMap((name) => filesOf(base, relative ? `${relative}/${name}` : name));
}

/** The first 8 hex digits of a SHA-256 over the files' names and bytes: the copy's name. */
async function contentHash(files: string[]): Promise<string> {
  const parts: Uint8Array[] = [];
  for (const file of files) {
    parts.push(new TextEncoder().encode(`${file}\0`), await Deno.readFile(`${root}${file}`));
  }
  const all = new Uint8Array(await new Blob(parts as Uint8Array<ArrayBuffer>[]).arrayBuffer());
  const digest = await crypto.subtle.digest("SHA-256", all);
  return Array.from(new Uint8Array(digest).slice(0, 4), (b) => b.toString(16).padStart(2, "0"))
    .join("");
}

/** The clone's commit, when it is a git clone with git on PATH. */
async function commitOf(): Promise<string | undefined> {
  try {
    const out = await new Deno.Command("git", {
      args: ["-C", root, "rev-parse", "--short", "HEAD"],
      stdout: "piped",
      stderr: "null",
    }).output();
    return out.success ? new TextDecoder().decode(out.stdout).trim() : undefined;
  } catch {
    return undefined;
  }
}

/** A word for `sh`, single-quoted. */
const shQuote = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;

/**
 * The launcher: Deno with the copy's config and lock (frozen: never rewritten) and the install's
 * own cache; the user's DENO_DIR is handed back to every program okta-aws starts (main.ts).
 */
export function launcher(deno: string, copy: string, cache: string): string {
  const args = [
    "run",
    "--allow-all",
    "--quiet",
    "--no-prompt",
    "--frozen",
    "--config",
    `${copy}/deno.json`,
    "--lock",
    `${copy}/deno.lock`,
    `${copy}/main.ts`,
  ];
  if (windows) {
    const q = (s: string) => `"${s}"`;
    return [
      "@echo off",
      "rem okta-aws, installed by `deno task install`; `deno task uninstall` removes it.",
      'if defined DENO_DIR set "OKTA_AWS_USER_DENO_DIR=%DENO_DIR%"',
      `set "DENO_DIR=${cache}"`,
      'set "OKTA_AWS_INSTALLED_DENO_DIR=1"',
      `set "OKTA_AWS_DENO=${deno}"`,
      'if not exist "%OKTA_AWS_DENO%" set "OKTA_AWS_DENO=deno"',
      `"%OKTA_AWS_DENO%" ${args.map((a) => (a.startsWith("-") ? a : q(a))).join(" ")} %*`,
      "",
    ].join("\r\n");
  }
  return [
    "#!/bin/sh",
    "# okta-aws, installed by `deno task install`; `deno task uninstall` removes it.",
    `deno=${shQuote(deno)}`,
    '[ -x "$deno" ] || deno=deno',
    'if [ -n "${DENO_DIR+set}" ]; then OKTA_AWS_USER_DENO_DIR=$DENO_DIR; export OKTA_AWS_USER_DENO_DIR; fi',
    `DENO_DIR=${shQuote(cache)} OKTA_AWS_INSTALLED_DENO_DIR=1 exec "$deno" ${
      args.map(shQuote).join(" ")
    } "$@"`,
    "",
  ].join("\n");
}

function removeIfPresent(path: string): boolean {
  try {
    Deno.removeSync(path, { recursive: true });
    return true;
  } catch (err) {
    if (err instanceof Deno.errors.NotFound) return false;
    throw err;
  }
}

async function install(): Promise<void> {
  const base = installRoot();
  const share = `${base}/share/${NAME}`;
  const bin = `${base}/bin`;
  const files = COPIED.flatMap((entry) => {
    try {
      return filesOf(root, entry);
    } catch {
      return fail(`${root}${entry} is missing: run the task from a whole clone`);
    }
  });
  const copy = `${share}/${VERSION}-${await contentHash(files)}`;
  const cache = `${share}/deno_dir`;
  // The same name is the same content: written over in place, never half-switched (the
  // launcher moves to a copy only once it is complete and cached).
  for (const file of files) {
    const to = `${copy}/${file}`;
    Deno.mkdirSync(to.slice(0, to.lastIndexOf("/")), { recursive: true });
    Deno.copyFileSync(`${root}${file}`, to);
  }
  const commit = await commitOf();
  const record = {
    method: "deno task install",
    version: VERSION,
    from: root.replace(/\/$/, ""),
    ...(commit ? { commit } : {}),
    installedAt: new Date().toISOString(),
  };
  Deno.writeTextFileSync(`${copy}/install.json`, `${JSON.stringify(record, null, 2)}\n`);
  // Every module any command may load: main.ts's graph and each file of the copy (the
  // commands, plugins and catalogue load through computed import()s), npm packages included.
  const modules = files.filter((f) => f.endsWith(".ts")).map((f) => `${copy}/${f}`);
  const config = ["--config", `${copy}/deno.json`, "--lock", `${copy}/deno.lock`];
  await run(
    "caching the modules",
    Deno.execPath(),
    ["cache", "--quiet", "--frozen", ...config, ...modules],
    {
      env: { DENO_DIR: cache },
      shown: `DENO_DIR=${cache} deno cache --frozen ${
        config.join(" ")
      } <the ${modules.length} modules of the copy>`,
    },
  );

  Deno.mkdirSync(bin, { recursive: true });
  const command = `${bin}/${NAME}${windows ? ".cmd" : ""}`;
  const temp = `${command}.partial-${Deno.pid}`;
  Deno.writeTextFileSync(temp, launcher(Deno.execPath(), copy, cache), { mode: 0o755 });
  Deno.renameSync(temp, command);
  // Older copies (another version, or this clone before a change) are no longer run.
  for (const entry of Deno.readDirSync(share)) {
    const path = `${share}/${entry.name}`;
    if (entry.isDirectory && path !== copy && path !== cache) removeIfPresent(path);
  }
  // The installed command must answer, from another directory than the clone.
  await run("the installed command's --version", command, ["--version"]);
  const onPath = (Deno.env.get("PATH") ?? "").split(windows ? ";" : ":").includes(bin);
  console.error(
    `install: ${command} is ready (sources in ${copy})${
      onPath ? "" : `; add ${bin} to PATH (export PATH="${bin}:$PATH")`
    }`,
  );
}

function uninstall(): void {
  const base = installRoot();
  const removed = [
    `${base}/bin/${NAME}`,
    `${base}/bin/${NAME}.cmd`,
    `${base}/share/${NAME}`,
  ].filter(removeIfPresent);
  console.error(
    removed.length > 0
      ? `uninstall: removed ${removed.join(", ")}`
      : `uninstall: nothing of okta-aws under ${base}`,
  );
}

if (import.meta.main) {
  if (Deno.args.includes("--uninstall")) uninstall();
  else await install();
}
