// Sessions that last: the credential cache of process-credentials, one sign-in for many
// parallel callers, the Okta session cache and refresh tokens, status, logout, and
// external output plugins.
import assert from "node:assert/strict";
import {
  APP_ID,
  CLIENT_ID,
  PROVIDER,
  ROLE_ADMIN,
  ROLE_DEV,
  runCli,
  walk,
  world,
} from "./helpers.ts";

const QUIET = { OKTA_AWSCLI_OPEN_BROWSER: "false" };
const DEVICE = "/oauth2/v1/device/authorize";

Deno.test("16 parallel process-credentials calls with a cold cache: one sign-in, one STS call", async () => {
  await using w = await world({ okta: { polls: ["authorization_pending"] } });
  const args = ["web", ...w.args, "-r", ROLE_DEV, "-f", "process-credentials"];
  const runs = await Promise.all(
    Array.from({ length: 16 }, () => runCli(args, { home: w.home, env: { ...w.env, ...QUIET } })),
  );
  const keys = runs.map((r) => {
    assert.equal(r.code, 0, r.stderr);
    return JSON.parse(r.stdout).AccessKeyId;
  });
  assert.equal(new Set(keys).size, 1, "the same credentials in all 16 outputs");
  assert.equal(w.okta.count(DEVICE), 1, "one device authorization");
  assert.equal(w.sts.calls.length, 1, "one STS call");
  assert.equal(keys[0], w.sts.issued[0]!.accessKeyId);

  const before = w.okta.requests.length;
  const warm = await runCli(args, { home: w.home, env: { ...w.env, ...QUIET } });
  assert.equal(warm.code, 0, warm.stderr);
  assert.equal(JSON.parse(warm.stdout).AccessKeyId, keys[0]);
  assert.equal(warm.stderr, "", "a warm call prints nothing on stderr");
  assert.equal(w.okta.requests.length, before, "a warm call makes zero requests");
  assert.equal(w.sts.calls.length, 1);

  for (const f of walk(`${w.home}/.cache/okta-aws`)) {
    assert.equal(f.mode & 0o077, 0, `${f.path} is ${f.mode.toString(8)}`);
  }
  // The entry is keyed by org, client, app, IdP, role and duration, and says so.
  const [entryFile] = walk(`${w.home}/.cache/okta-aws/aws`);
  const entry = JSON.parse(
    await Deno.readTextFile(`${w.home}/.cache/okta-aws/aws/${entryFile!.path}`),
  );
  assert.deepEqual(
    [entry.org, entry.clientId, entry.appId, entry.principalArn, entry.roleArn, entry.duration],
    [w.okta.url, CLIENT_ID, APP_ID, PROVIDER, ROLE_DEV, 3600],
  );
});

Deno.test("a corrupt cache file is a miss and is replaced", async () => {
  await using w = await world();
  const args = ["web", ...w.args, "-r", ROLE_DEV, "-f", "process-credentials"];
  const env = { ...w.env, ...QUIET };
  assert.equal((await runCli(args, { home: w.home, env })).code, 0);
  for (const f of walk(`${w.home}/.cache/okta-aws/aws`)) {
    await Deno.writeTextFile(`${w.home}/.cache/okta-aws/aws/${f.path}`, "{not json");
  }
  const r = await runCli(args, { home: w.home, env });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).AccessKeyId, w.sts.issued[1]!.accessKeyId);
  assert.equal(w.okta.count(DEVICE), 1, "the Okta session was reused");
});

Deno.test("another role reuses the Okta session; --refresh-window decides when to refresh", async () => {
  await using w = await world();
  const env = { ...w.env, ...QUIET };
  const dev = await runCli(["web", ...w.args, "-r", ROLE_DEV, "-f", "process-credentials"], {
    home: w.home,
    env,
  });
  const admin = await runCli(["web", ...w.args, "-r", ROLE_ADMIN, "-f", "process-credentials"], {
    home: w.home,
    env,
  });
  assert.equal(dev.code + admin.code, 0, dev.stderr + admin.stderr);
  assert.equal(w.okta.count(DEVICE), 1);
  assert.equal(w.sts.calls.length, 2);
  // Credentials live 1 h: a 2 h window makes every call refresh them (without a browser).
  const eager = [
    "web",
    ...w.args,
    "-r",
    ROLE_DEV,
    "-f",
    "process-credentials",
    "--refresh-window",
    "2h",
  ];
  await runCli(eager, { home: w.home, env });
  await runCli(eager, { home: w.home, env });
  assert.equal(w.sts.calls.length, 4);
  assert.equal(w.okta.count(DEVICE), 1);
});

Deno.test("--cache-access-token reuses the Okta session for env-var output too", async () => {
  await using w = await world();
  const args = ["web", ...w.args, "-r", ROLE_DEV, "-e"];
  assert.equal((await runCli(args, { home: w.home, env: w.env })).code, 0);
  const second = await runCli(args, { home: w.home, env: w.env });
  assert.equal(second.code, 0, second.stderr);
  assert.match(second.stdout, /^export AWS_ACCESS_KEY_ID=/m);
  assert.equal(w.okta.count(DEVICE), 1);
  assert.equal(w.sts.calls.length, 2, "env-var output never serves cached AWS credentials");
});

Deno.test("a cached session Okta ended is dropped and the sign-in runs once more", async () => {
  await using w = await world();
  const env = { ...w.env, ...QUIET };
  const args = (role: string) => ["web", ...w.args, "-r", role, "-f", "process-credentials"];
  assert.equal((await runCli(args(ROLE_DEV), { home: w.home, env })).code, 0);
  w.okta.revokeAll();
  const r = await runCli(args(ROLE_ADMIN), { home: w.home, env });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(w.okta.count(DEVICE), 2);
});

Deno.test("--refresh-token renews the Okta session without a browser", async () => {
  await using w = await world({ okta: { allowRefresh: true, accessTokenTtl: 60 } });
  const env = { ...w.env, ...QUIET };
  const args = (
    role: string,
  ) => ["web", ...w.args, "--refresh-token", "-r", role, "-f", "process-credentials"];
  assert.equal((await runCli(args(ROLE_DEV), { home: w.home, env })).code, 0);
  const device = w.okta.requests.find((q) => q.path === DEVICE)!;
  assert.match(device.form.scope!, /offline_access/);
  // The access token lives 60 s, under the 5-minute margin: the next run must refresh.
  const r = await runCli(args(ROLE_ADMIN), { home: w.home, env });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(w.okta.count(DEVICE), 1);
  assert.equal(w.okta.count("/oauth2/v1/token", "refresh_token"), 1);
  const status = await runCli(["status", "--json"], { home: w.home });
  const entries = JSON.parse(status.stdout).entries;
  assert.ok(
    entries.some((e: { kind: string; what: string }) =>
      e.kind === "okta" && e.what.includes("+refresh")
    ),
  );
});

Deno.test("--refresh-token on an app without the Refresh Token grant says how to enable it", async () => {
  await using w = await world();
  const r = await runCli(["web", ...w.args, "--refresh-token", "-r", ROLE_DEV], {
    home: w.home,
    env: w.env,
  });
  assert.equal(r.code, 1);
  assert.match(r.stderr, /refused the offline_access scope/);
  assert.match(r.stderr, /hint: .*"Refresh Token"/);
});

Deno.test("status lists sessions and credentials with time left; logout removes them", async () => {
  await using w = await world();
  const env = { ...w.env, ...QUIET };
  assert.equal(
    (await runCli(["web", ...w.args, "-r", ROLE_DEV, "-f", "process-credentials"], {
      home: w.home,
      env,
    })).code,
    0,
  );
  const table = await runCli(["status"], { home: w.home });
  assert.equal(table.code, 0);
  assert.equal(table.stdout, "", "the table goes to stderr");
  assert.match(table.stderr, /^KIND\s+WHAT\s+EXPIRES\s+LEFT$/m);
  assert.match(table.stderr, /^okta\s+127\.0\.0\.1:\d+ 0oatestawscli .* (59m\d\ds|1h)$/m);
  assert.match(
    table.stderr,
    // The session's name too: who CloudTrail will say it was.
    /^aws\s+127\.0\.0\.1:\d+ arn:aws:iam::123456789012:role\/Developer as jane@example\.com \(1h\)/m,
  );
  const json = JSON.parse((await runCli(["status", "--json"], { home: w.home })).stdout);
  assert.equal(json.entries.length, 2);
  const other = await runCli(["logout", "--org-domain", "other.okta.com"], { home: w.home });
  assert.match(other.stderr, /Removed 0 cached item/);
  const out = await runCli(["logout"], { home: w.home });
  assert.match(out.stderr, /Removed 2 cached item/);
  const after = await runCli(["status"], { home: w.home });
  assert.match(after.stderr, /No cached Okta sessions or AWS credentials/);
  const again = await runCli(["web", ...w.args, "-r", ROLE_DEV, "-f", "process-credentials"], {
    home: w.home,
    env,
  });
  assert.equal(again.code, 0);
  assert.equal(w.okta.count(DEVICE), 2, "after logout the browser is needed again");
});

Deno.test("--format <name> runs okta-aws-output-<name> with the credentials as JSON on stdin", async () => {
  await using w = await world();
  const dir = `${w.home}/plugins`;
  await Deno.mkdir(dir);
  const plugin = `${dir}/okta-aws-output-save`;
  await Deno.writeTextFile(
    plugin,
    `#!/bin/sh\ncat > "${w.home}/received.json"\necho saved\nexit 3\n`,
  );
  await Deno.chmod(plugin, 0o755);
  const env = { ...w.env, OKTA_AWS_PLUGINS_DIR: dir };
  const r = await runCli(["web", ...w.args, "-r", ROLE_DEV, "-f", "save", "-n", "eu-west-1"], {
    home: w.home,
    env,
  });
  assert.equal(r.code, 3, r.stderr);
  assert.equal(r.stdout, "saved\n");
  const received = JSON.parse(await Deno.readTextFile(`${w.home}/received.json`));
  const issued = w.sts.issued[0]!;
  assert.deepEqual(received, {
    version: 1,
    credentials: [{
      profile: "default",
      roleArn: ROLE_DEV,
      region: "eu-west-1",
      accessKeyId: issued.accessKeyId,
      secretAccessKey: issued.secretAccessKey,
      sessionToken: issued.sessionToken,
      expiration: issued.expiration,
    }],
  });
  const missing = await runCli(["web", ...w.args, "-f", "nope"], { home: w.home, env });
  assert.equal(missing.code, 2);
  assert.match(
    missing.stderr,
    /Unknown --format "nope" \(did you mean "noop"\?\): built in are .*; plugins found in ".*\/plugins": save/,
  );
});

Deno.test("process-credentials opens the browser by itself; --open-browser=false stops it", async () => {
  await using w = await world();
  const opened = `${w.home}/opened.txt`;
  const env = { ...w.env, OKTA_AWS_TEST_OPENED: opened };
  const args = ["web", ...w.args, "-r", ROLE_DEV, "-f", "process-credentials"];
  const r = await runCli(args, { home: w.home, env });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(await Deno.readTextFile(opened), `${w.okta.url}/activate?user_code=WDJB-MJHT\n`);
  await runCli(["logout"], { home: w.home });
  const off = await runCli([...args, "--open-browser=false"], { home: w.home, env });
  assert.equal(off.code, 0, off.stderr);
  assert.equal((await Deno.readTextFile(opened)).split("\n").length, 2, "opened once only");
});

Deno.test("secret canaries: no issued token or key outside stdout and the designated files", async () => {
  const { leakedSecrets } = await import("./helpers.ts");
  await using w = await world();
  const env = { ...w.env, ...QUIET };
  const runs = [
    await runCli(["web", ...w.args, "-r", ROLE_DEV, "-z", "-d", "-g"], { home: w.home, env }),
    await runCli(["web", ...w.args, "-r", ROLE_ADMIN, "-f", "process-credentials", "-d"], {
      home: w.home,
      env,
    }),
    await runCli(["status", "--json"], { home: w.home }),
  ];
  for (const r of runs) {
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(leakedSecrets(r.stderr, w), [], "stderr, debug output included");
  }
  assert.deepEqual(leakedSecrets(runs[2]!.stdout, w), [], "status never prints secrets");
  const sinks = [/^\.aws\/credentials$/, /^\.cache\/okta-aws\/(okta|aws)\/[0-9a-f]{64}\.json$/];
  for (const f of walk(w.home).filter((f) => !f.isDir)) {
    if (sinks.some((s) => s.test(f.path))) {
      assert.equal(f.mode & 0o077, 0, f.path);
      continue;
    }
    const text = await Deno.readTextFile(`${w.home}/${f.path}`);
    assert.deepEqual(leakedSecrets(text, w), [], f.path);
  }
});

Deno.test("a warm process-credentials call loads neither the command tree, the catalogue nor any npm package", async () => {
  const { cacheDir, machineNetworkEnv, MAIN } = await import("./helpers.ts");
  await using w = await world();
  const args = ["web", ...w.args, "-r", ROLE_DEV, "-f", "process-credentials"];
  const env = { ...w.env, ...QUIET };
  assert.equal((await runCli(args, { home: w.home, env })).code, 0);
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", "--allow-all", "-L", "debug", MAIN, ...args],
    env: {
      ...machineNetworkEnv(),
      HOME: w.home,
      DENO_DIR: await cacheDir(),
      NO_COLOR: "1",
      // As runCli runs it (the variables are part of the request).
      OKTA_AWS_TOKEN_STORE: "file",
      ...env,
    },
    clearEnv: true,
    stdout: "piped",
    stderr: "piped",
  }).output();
  assert.equal(out.code, 0);
  const log = new TextDecoder().decode(out.stderr);
  const loaded = [...log.matchAll(/fetch_no_follow - specifier: (\S+)/g)].map((m) => m[1]!);
  assert.ok(loaded.some((s) => s.endsWith("/main.ts")), "Deno's debug log lists the modules");
  assert.ok(loaded.some((s) => s.endsWith("/src/cli/pipeline.ts")));
  // Nor the message catalogue: it loads only when something is printed.
  for (
    const absent of [
      "/src/cli/tree.ts",
      "/src/cli/flags.ts",
      "/src/cli/argv.ts",
      "/src/cli/commands/web/web.ts",
      "/src/i18n/messages.ts",
    ]
  ) {
    assert.ok(!loaded.some((s) => s.endsWith(absent)), `${absent} was loaded`);
  }
  // Deno logs "Resolved package folder of <name>" for every npm package a run loads.
  assert.doesNotMatch(log, /Resolved package folder/);
  assert.equal(JSON.parse(new TextDecoder().decode(out.stdout)).Version, 1);
});

Deno.test("--help loads the tree and the help text, neither the catalogue nor a command module", async () => {
  const { cacheDir, machineNetworkEnv, MAIN } = await import("./helpers.ts");
  const home = await Deno.makeTempDir({ prefix: "okta-aws-help-" });
  try {
    const out = await new Deno.Command(Deno.execPath(), {
      args: ["run", "--allow-all", "-L", "debug", MAIN, "--help"],
      env: { ...machineNetworkEnv(), HOME: home, DENO_DIR: await cacheDir(), NO_COLOR: "1" },
      clearEnv: true,
      stdout: "piped",
      stderr: "piped",
    }).output();
    assert.equal(out.code, 0);
    assert.match(new TextDecoder().decode(out.stdout), /^Usage: okta-aws/);
    const log = new TextDecoder().decode(out.stderr);
    const loaded = [...log.matchAll(/fetch_no_follow - specifier: (\S+)/g)].map((m) => m[1]!);
    assert.ok(loaded.some((s) => s.endsWith("/src/cli/help.ts")), "Deno's debug log lists them");
    for (const absent of ["/src/i18n/messages.ts", "/src/i18n/okta.ts", "/commands/web/web.ts"]) {
      assert.ok(!loaded.some((s) => s.endsWith(absent)), `${absent} was loaded`);
    }
    assert.doesNotMatch(log, /Resolved package folder/);
  } finally {
    await Deno.remove(home, { recursive: true });
  }
});
