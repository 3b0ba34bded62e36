// `deno task install`: puts a working `okta-aws` command on PATH for the current user, from this
// clone: `deno install -g` with this clone's deno.json (the import map) and deno.lock (the
// pinned npm versions), then a check that the installed command answers. `--uninstall` (the
// `uninstall` task) removes it. DENO_INSTALL_ROOT chooses where (default ~/.deno; the command
// goes in its bin/). Every child's output reaches the terminal; a failure says which step.
const root = new URL("..", import.meta.url).pathname;
const NAME = "okta-aws";

/** The `deno install` line this script runs, shown in the README. */
export function installArgs(): string[] {
  return [
    "install",
    "--global",
    "--force",
    "--allow-all",
    "--name",
    NAME,
    "--config",
    `${root}deno.json`,
    "--lock",
    `${root}deno.lock`,
    `${root}main.ts`,
  ];
}

async function run(step: string, command: string, args: string[]): Promise<void> {
  console.error(`${command} ${args.join(" ")}`);
  let code: number;
  try {
    ({ code } = await new Deno.Command(command, {
      args,
      stdout: "inherit",
      stderr: "inherit",
    }).spawn().status);
  } catch (err) {
    console.error(`install: ${step} could not start: ${err instanceof Error ? err.message : err}`);
    Deno.exit(1);
  }
  if (code !== 0) {
    console.error(`install: ${step} failed (exit ${code})`);
    Deno.exit(code);
  }
}

function binDir(): string {
  const home = Deno.env.get("HOME") ?? Deno.env.get("USERPROFILE") ?? "";
  const installRoot = Deno.env.get("DENO_INSTALL_ROOT") || `${home}/.deno`;
  return `${installRoot}/bin`;
}

if (import.meta.main) {
  if (Deno.args.includes("--uninstall")) {
    await run("deno uninstall", Deno.execPath(), ["uninstall", "--global", NAME]);
  } else {
    await run("deno install", Deno.execPath(), installArgs());
    const windows = Deno.build.os === "windows";
    const installed = `${binDir()}/${NAME}${windows ? ".cmd" : ""}`;
    // The installed command must answer, from another directory than the clone.
    await run("the installed command's --version", installed, ["--version"]);
    const onPath = (Deno.env.get("PATH") ?? "").split(windows ? ";" : ":").includes(binDir());
    console.error(
      `install: ${installed} is ready${
        onPath ? "" : `; add ${binDir()} to PATH (export PATH="${binDir()}:$PATH")`
      }`,
    );
  }
}
