// Exec mode end to end: exit statuses, environment, stdin, signals, nesting, and Ctrl-C
// during a device prompt.
import assert from "node:assert/strict";
import { ROLE_DEV, runCli, startCli, walk, world } from "./helpers.ts";

const NOOP_BROWSER = { OKTA_AWSCLI_OPEN_BROWSER: "false" };

Deno.test("exec passes the child's exit status through: 0, 1, 7, 127, 126, 128+15", async () => {
  await using w = await world();
  await Deno.writeTextFile(`${w.home}/not-executable`, "#!/bin/sh\n");
  const cases: [string[], number][] = [
    [["true"], 0],
    [["false"], 1],
    [["sh", "-c", "exit 7"], 7],
    [["no-such-command-okta-aws"], 127],
    [[`${w.home}/not-executable`], 126],
    [["sh", "-c", "kill -TERM $$"], 143],
  ];
  for (const [command, expected] of cases) {
    const r = await runCli(["web", ...w.args, "-r", ROLE_DEV, "--", ...command], {
      home: w.home,
      env: { ...w.env, ...NOOP_BROWSER },
    });
    assert.equal(r.code, expected, `${command.join(" ")}: ${r.stderr}`);
    assert.equal(r.stdout, "");
  }
  const missing = await runCli([
    "web",
    ...w.args,
    "-r",
    ROLE_DEV,
    "--",
    "no-such-command-okta-aws",
  ], {
    home: w.home,
    env: { ...w.env, ...NOOP_BROWSER },
  });
  assert.match(missing.stderr, /Cannot run "no-such-command-okta-aws": command not found/);
  // Every run after the first was served from the caches: one sign-in, one STS call.
  assert.equal(w.okta.count("/oauth2/v1/device/authorize"), 1);
  assert.equal(w.sts.calls.length, 1);
});

Deno.test("exec gives the child the new credentials, keeps PATH and others, drops stale AWS variables", async () => {
  await using w = await world();
  const r = await runCli(
    ["web", ...w.args, "-r", ROLE_DEV, "-n", "ap-northeast-2", "--", "env"],
    {
      home: w.home,
      env: {
        ...w.env,
        AWS_PROFILE: "stale",
        AWS_DEFAULT_PROFILE: "stale",
        AWS_SECURITY_TOKEN: "stale",
        AWS_CREDENTIAL_FILE: "stale",
        AWS_SESSION_TOKEN: "stale",
        UNRELATED: "kept",
        PATH: `/opt/okta-aws-test/bin:${Deno.env.get("PATH")}`,
      },
    },
  );
  assert.equal(r.code, 0, r.stderr);
  const env = Object.fromEntries(
    r.stdout.trim().split("\n").map((
      l,
    ) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]),
  );
  const issued = w.sts.issued[0]!;
  assert.equal(env.AWS_ACCESS_KEY_ID, issued.accessKeyId);
  assert.equal(env.AWS_SECRET_ACCESS_KEY, issued.secretAccessKey);
  assert.equal(env.AWS_SESSION_TOKEN, issued.sessionToken);
  assert.equal(env.AWS_CREDENTIAL_EXPIRATION, issued.expiration);
  assert.equal(env.AWS_REGION, "ap-northeast-2");
  assert.equal(env.AWS_DEFAULT_REGION, "ap-northeast-2");
  assert.equal(env.OKTA_AWS_EXEC, "default");
  assert.equal(env.UNRELATED, "kept");
  assert.equal(env.PATH, `/opt/okta-aws-test/bin:${Deno.env.get("PATH")}`);
  for (
    const stale of [
      "AWS_PROFILE",
      "AWS_DEFAULT_PROFILE",
      "AWS_SECURITY_TOKEN",
      "AWS_CREDENTIAL_FILE",
    ]
  ) {
    assert.equal(env[stale], undefined, stale);
  }
});

Deno.test("exec streams stdin to the child", async () => {
  await using w = await world();
  const r = await runCli([
    "web",
    ...w.args,
    "-r",
    ROLE_DEV,
    "--exec",
    "--",
    "sh",
    "-c",
    "read a; echo got:$a",
  ], {
    home: w.home,
    env: w.env,
    stdin: "hello\n",
  });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, "got:hello\n");
});

Deno.test("exec inside an okta-aws exec child is refused unless --force-nested", async () => {
  await using w = await world();
  const nested = await runCli(["web", ...w.args, "-r", ROLE_DEV, "--", "true"], {
    home: w.home,
    env: { ...w.env, OKTA_AWS_EXEC: "prod" },
  });
  assert.equal(nested.code, 1);
  assert.match(nested.stderr, /Refusing to run inside another okta-aws exec \(profile "prod"\)/);
  assert.match(nested.stderr, /--force-nested/);
  assert.equal(w.okta.count("/oauth2/v1/device/authorize"), 0, "refused before any sign-in");
  const forced = await runCli(
    ["web", ...w.args, "-r", ROLE_DEV, "--force-nested", "--", "true"],
    {
      home: w.home,
      env: { ...w.env, OKTA_AWS_EXEC: "prod" },
    },
  );
  assert.equal(forced.code, 0, forced.stderr);
});

Deno.test("Ctrl-C during the device prompt exits 130, frees its locks, leaves no partial file", async () => {
  await using w = await world({ okta: { pollForever: "authorization_pending" } });
  const running = await startCli(
    ["web", ...w.args, "-r", ROLE_DEV, "-f", "process-credentials"],
    {
      home: w.home,
      env: { ...w.env, ...NOOP_BROWSER },
    },
  );
  await running.waitForStderr(/user_code=/);
  await new Promise((r) => setTimeout(r, 300));
  running.child.kill("SIGINT");
  const r = await running.finish();
  assert.equal(r.code, 130);
  assert.equal(r.stdout, "");
  const files = walk(w.home).filter((f) => !f.isDir).map((f) => f.path);
  assert.deepEqual(files.filter((f) => f.endsWith(".tmp")), [], files.join(", "));
  const locks = files.filter((f) => f.endsWith(".lock"));
  assert.ok(locks.length >= 2, `the request and session locks: ${files.join(", ")}`);
  for (const lock of locks) {
    const file = Deno.openSync(`${w.home}/${lock}`, { write: true });
    assert.ok(file.tryLockSync(true), `${lock} was freed by the kernel`);
    file.close();
  }
});

Deno.test("--lang after -- reaches the child only: okta-aws keeps speaking English", async () => {
  await using w = await world();
  const env = { ...w.env, ...NOOP_BROWSER };
  const echo = await runCli(
    [
      "web",
      ...w.args,
      "-r",
      ROLE_DEV,
      "--",
      "sh",
      "-c",
      'printf "%s\\n" "$@"',
      "sh",
      "--lang",
      "ko",
    ],
    { home: w.home, env },
  );
  assert.equal(echo.code, 0, echo.stderr);
  assert.equal(echo.stdout, "--lang\nko\n");
  const missing = await runCli(
    ["web", ...w.args, "-r", ROLE_DEV, "--", "no-such-command-okta-aws", "--lang", "ko"],
    { home: w.home, env },
  );
  assert.equal(missing.code, 127);
  assert.match(
    missing.stderr,
    /^error: Cannot run "no-such-command-okta-aws": command not found$/m,
  );
  assert.doesNotMatch(missing.stderr, /오류/);
});
