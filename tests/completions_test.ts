// `okta-aws completions <shell>`: scripts generated from the command tree that the shells
// parse and that complete commands, flags and values, as a user's shell would run them.
import assert from "node:assert/strict";
import { completionScript, SHELLS } from "../src/cli/commands/completions/completions.ts";
import { allCommands, flagsOf, ROOT } from "../src/cli/tree.ts";
import { runCli } from "./helpers.ts";

function has(program: string): boolean {
  return new Deno.Command("sh", { args: ["-c", `command -v ${program}`], stdout: "null" })
    .outputSync().success;
}

function sh(program: string, args: string[]): { code: number; stdout: string; stderr: string } {
  const out = new Deno.Command(program, { args, stdout: "piped", stderr: "piped" }).outputSync();
  return {
    code: out.code,
    stdout: new TextDecoder().decode(out.stdout),
    stderr: new TextDecoder().decode(out.stderr),
  };
}

Deno.test("every flag of every command is in each completion script", () => {
  for (const shell of SHELLS) {
    const script = completionScript(shell);
    for (const command of allCommands(ROOT).filter((c) => c !== ROOT)) {
      for (const flag of flagsOf(command)) {
        const needle = shell === "fish" ? `-l ${flag.name}` : `--${flag.name}`;
        assert.ok(script.includes(needle), `${shell}: ${flag.name} of ${command.path.join(" ")}`);
      }
    }
  }
});

Deno.test("the bash script parses and completes subcommands, a flag of sso login, and --format's values", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const r = await runCli(["completions", "bash"], { home: dir });
    assert.equal(r.code, 0, r.stderr);
    await Deno.writeTextFile(`${dir}/c.bash`, r.stdout);
    assert.equal(sh("bash", ["-n", `${dir}/c.bash`]).code, 0);
    const complete = (words: string) => {
      const list = words.split(" ");
      return sh("bash", [
        "-c",
        `source ${dir}/c.bash; COMP_WORDS=(${words}); COMP_CWORD=${
          list.length - 1
        }; _okta_aws; echo "\${COMPREPLY[@]}"`,
      ]).stdout.trim();
    };
    assert.equal(complete("okta-aws sso login --for"), "--force");
    assert.equal(complete("okta-aws web -f pro"), "process-credentials");
    assert.equal(complete("okta-aws s"), "sso status setup");
    assert.equal(complete("okta-aws m2m --private-key-f"), "--private-key-file");
    // The words a newcomer tabs for: the shells, the commands after help, the profiles.
    assert.match(complete("okta-aws completions "), /^bash zsh fish powershell( |$)/);
    assert.equal(complete("okta-aws help s"), "sso status setup");
    await Deno.writeTextFile(
      `${dir}/config`,
      "[default]\nregion = x\n[profile dev]\n[sso-session okta]\n[profile prod-admin]\n",
    );
    await Deno.writeTextFile(`${dir}/credentials`, "[multi]\naws_access_key_id = A\n");
    const files = `AWS_CONFIG_FILE=${dir}/config AWS_SHARED_CREDENTIALS_FILE=${dir}/credentials`;
    assert.equal(
      sh("bash", [
        "-c",
        `source ${dir}/c.bash; export ${files}; COMP_WORDS=(okta-aws sso --profile ""); COMP_CWORD=3; _okta_aws; echo "\${COMPREPLY[@]}"`,
      ]).stdout.trim(),
      "default dev prod-admin multi",
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test({
  name: "the fish script parses and completes a flag with its description",
  ignore: !has("fish"),
  async fn() {
    const dir = await Deno.makeTempDir();
    try {
      await Deno.writeTextFile(`${dir}/c.fish`, completionScript("fish"));
      assert.equal(sh("fish", ["-n", `${dir}/c.fish`]).code, 0);
      const out = sh("fish", [
        "-c",
        `source ${dir}/c.fish; complete -C 'okta-aws sso login --fo'; complete -C 'okta-aws -f '`,
      ]).stdout;
      assert.match(out, /^--force\tSign in even when the cached token is still valid$/m);
      // Descriptions keep their apostrophes.
      const duration =
        sh("fish", ["-c", `source ${dir}/c.fish; complete -C 'okta-aws web --aws-session-d'`])
          .stdout;
      assert.match(duration, /the app's SessionDuration/);
      assert.match(out, /^process-credentials\t/m);
      assert.doesNotMatch(out, /^deno\.json$/m, "--format completes its values, not files");
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test({
  name: "the zsh script parses and loads in a zsh without compinit",
  ignore: !has("zsh"),
  async fn() {
    const dir = await Deno.makeTempDir();
    try {
      await Deno.writeTextFile(`${dir}/c.zsh`, completionScript("zsh"));
      assert.equal(sh("zsh", ["-n", `${dir}/c.zsh`]).code, 0);
      // A zsh without compinit (macOS's default without a framework): no "compdef" error.
      const bare = sh("zsh", ["-f", "-c", `source ${dir}/c.zsh && echo loaded`]);
      assert.doesNotMatch(bare.stderr, /compdef|command not found/);
      assert.match(bare.stdout, /loaded/);
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test("completions without a known shell is a usage error naming the shells", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const r = await runCli(["completions", "tcsh"], { home: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /bash, zsh, fish, powershell/);
    assert.equal(r.stdout, "");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("the PowerShell script completes --profile from the AWS config and credentials files", () => {
  const script = completionScript("powershell");
  assert.match(script, /\$prev -eq '--profile' -or \$prev -eq '-p'/);
  assert.match(script, /AWS_CONFIG_FILE[\s\S]*AWS_SHARED_CREDENTIALS_FILE/);
  assert.ok(script.includes(String.raw`'^\s*\[(?:profile\s+)?([^\]\s]+)\]\s*$'`));
});
