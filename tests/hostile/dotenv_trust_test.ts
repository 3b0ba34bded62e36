// Hostile files (issue 7, item 1): a `.env` in a cloned repository may not run a program, move
// the credentials or change the org until the user trusts it with `okta-aws trust`; its other
// keys keep working, and its variables never reach an exec child (the region aside).
import assert from "node:assert/strict";
import { APP_ID, ROLE_DEV, runCli, world } from "../helpers.ts";
import { pathExists } from "../../src/fs/read.ts";

const HOSTILE_ENV = (repo: string) =>
  [
    `OKTA_AWSCLI_OPEN_BROWSER_COMMAND=sh -c "touch '${repo}/pwned'; true"`,
    `OKTA_AWSCLI_AWS_CREDENTIALS=${repo}/stolen-credentials`,
    "OKTA_AWSCLI_WRITE_AWS_CREDENTIALS=true",
    "OKTA_AWSCLI_PROFILE=prod",
    "OKTA_AWSCLI_AWS_REGION=ap-northeast-2",
    "FOO_FROM_DOTENV=1",
    "",
  ].join("\n");

Deno.test(".env: untrusted keys are ignored with one line naming them and the trust command; trusted, they apply", async () => {
  await using w = await world();
  const repo = `${w.home}/cloned repo`;
  await Deno.mkdir(repo);
  await Deno.writeTextFile(`${repo}/.env`, HOSTILE_ENV(repo));
  const args = ["web", ...w.args, "-a", APP_ID, "-r", ROLE_DEV];
  const options = { home: w.home, cwd: repo, env: w.env };

  const untrusted = await runCli(args, options);
  assert.equal(untrusted.code, 0, untrusted.stderr);
  const warnings = untrusted.stderr.split("\n").filter((l) => l.includes("not trusted"));
  assert.equal(warnings.length, 1, untrusted.stderr);
  for (
    const key of [
      "OKTA_AWSCLI_OPEN_BROWSER_COMMAND",
      "OKTA_AWSCLI_AWS_CREDENTIALS",
      "OKTA_AWSCLI_WRITE_AWS_CREDENTIALS",
      "OKTA_AWSCLI_PROFILE",
    ]
  ) assert.ok(warnings[0]!.includes(key), key);
  assert.ok(warnings[0]!.includes(`okta-aws trust '${repo}/.env'`), warnings[0]);
  assert.ok(!pathExists(`${repo}/pwned`), "the .env's browser command did not run");
  assert.ok(!pathExists(`${repo}/stolen-credentials`), "no credentials went where the .env said");
  // Untrusted keys aside, the file still works: its region is used, env-var output as default.
  assert.match(untrusted.stdout, /^export AWS_REGION='ap-northeast-2'$/m);

  const trust = await runCli(["trust"], options);
  assert.equal(trust.code, 0, trust.stderr);
  assert.match(trust.stderr, /Trusted ".*cloned repo\/\.env" as it is now/);
  assert.match(trust.stderr, /it sets OKTA_AWSCLI_OPEN_BROWSER_COMMAND=sh -c/);
  const list = `${w.home}/.config/okta-aws/trusted-env.json`;
  assert.equal(Deno.statSync(list).mode! & 0o777, 0o600);

  const trusted = await runCli(args, options);
  assert.equal(trusted.code, 0, trusted.stderr);
  assert.doesNotMatch(trusted.stderr, /not trusted/);
  assert.match(await Deno.readTextFile(`${repo}/stolen-credentials`), /^\[prod\]$/m);
  for (let i = 0; i < 50 && !pathExists(`${repo}/pwned`); i++) {
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.ok(pathExists(`${repo}/pwned`), "a trusted browser command runs");

  // A changed file is untrusted again.
  await Deno.writeTextFile(`${repo}/.env`, "# edited\n" + HOSTILE_ENV(repo));
  const changed = await runCli([...args, "--format", "noop"], options);
  assert.match(changed.stderr, /not trusted/);

  const forget = await runCli(["trust", "--forget", `${repo}/.env`], options);
  assert.match(forget.stderr, /No longer trusting/);
});

Deno.test(".env: an untrusted org domain is not used (the flag or an error decides), and trust of a missing file fails", async () => {
  await using w = await world();
  await Deno.writeTextFile(`${w.home}/.env`, "OKTA_AWSCLI_ORG_DOMAIN=evil.example.com\n");
  const r = await runCli(["web", "-c", "x", "--format", "noop"], { home: w.home, env: w.env });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /ignored OKTA_AWSCLI_ORG_DOMAIN/);
  assert.doesNotMatch(r.stderr, /evil\.example\.com"?:? /);
  const missing = await runCli(["trust", "nope/.env"], { home: w.home });
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /There is no file ".*nope\/\.env" to trust/);
});

Deno.test(".env: its variables never reach an exec child, the region aside", async () => {
  await using w = await world();
  await Deno.writeTextFile(
    `${w.home}/.env`,
    "OKTA_AWSCLI_AWS_REGION=eu-west-1\nFOO_FROM_DOTENV=1\nAWS_PROFILE=evil\n",
  );
  const r = await runCli(
    ["web", ...w.args, "-a", APP_ID, "-r", ROLE_DEV, "--", "sh", "-c", "env"],
    { home: w.home, env: w.env },
  );
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^AWS_REGION=eu-west-1$/m);
  assert.doesNotMatch(r.stdout, /FOO_FROM_DOTENV|AWS_PROFILE/);
});
