// okta-aws-cli 2.6 behaviour an upgrading user relies on (issue 8), end to end against the
// fakes: their flags, variables, .env and okta.yaml do what they did.
import assert from "node:assert/strict";
import { APP_ID, ROLE_DEV, runCli, testDeps, type World, world } from "./helpers.ts";
import { main } from "../src/cli/main.ts";

async function run(w: World, args: string[], env: Record<string, string> = {}, cwd?: string) {
  const io = testDeps([...args, ...w.args], { home: w.home, env: { ...w.env, ...env } });
  if (cwd) io.deps.cwd = cwd;
  const code = await main(io.deps);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

Deno.test("a --format flag beats OKTA_AWSCLI_WRITE_AWS_CREDENTIALS: eval gets its lines, and is told", async () => {
  const w = await world();
  try {
    const r = await run(w, ["web", "-a", APP_ID, "-r", ROLE_DEV, "-f", "env-var"], {
      OKTA_AWSCLI_WRITE_AWS_CREDENTIALS: "true",
    });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^export AWS_ACCESS_KEY_ID='ASIA/m);
    assert.match(r.stderr, /--write-aws-credentials \(environment\) is ignored: --format env-var/);
    assert.throws(() => Deno.statSync(`${w.home}/.aws/credentials`), "no file written");
  } finally {
    await w.close();
  }
});

Deno.test("-z with -f process-credentials writes the profile and prints the JSON, warm calls too", async () => {
  const w = await world();
  try {
    const args = [
      "web",
      "-a",
      APP_ID,
      "-r",
      ROLE_DEV,
      "-z",
      "-p",
      "dev",
      "-f",
      "process-credentials",
    ];
    const first = await runCli([...args, ...w.args], { home: w.home, env: w.env });
    assert.equal(first.code, 0, first.stderr);
    assert.equal(JSON.parse(first.stdout).AccessKeyId, w.sts.issued[0]!.accessKeyId);
    const file = await Deno.readTextFile(`${w.home}/.aws/credentials`);
    assert.match(
      file,
      new RegExp(`^\\[dev\\]\\naws_access_key_id = ${w.sts.issued[0]!.accessKeyId}`, "m"),
    );
    const warm = await runCli([...args, ...w.args], { home: w.home, env: w.env });
    assert.equal(warm.code, 0, warm.stderr);
    assert.equal(JSON.parse(warm.stdout).AccessKeyId, w.sts.issued[0]!.accessKeyId);
    assert.equal(w.sts.issued.length, 1, "the warm call came from the cache");
  } finally {
    await w.close();
  }
});
