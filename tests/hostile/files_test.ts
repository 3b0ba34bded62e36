// Hostile files and faults on disk (issue 7, items 5, 6, 9 and the file cases of 10): a cache
// that cannot be written costs a warning, not the sign-in; empty or unsafe names are refused
// before it; settings files are read as regular files with a cap; the INI parser is linear.
import assert from "node:assert/strict";
import { APP_ID, ROLE_DEV, runCli } from "../helpers.ts";
import { hostileWorld, runHostile, snapshot } from "./server.ts";
import { updateSection } from "../../src/aws/shared_ini.ts";
import { applySets } from "../../plugins/aws_credentials.ts";
import { FlowError } from "../../src/errors.ts";

const SIGN_IN = ["web", "-a", APP_ID, "-r", ROLE_DEV];
const LONG_TERM = "[default]\naws_access_key_id = AKIALONGTERM\naws_secret_access_key = keep\n";

for (
  const [what, cacheDir] of [
    ["a file where the cache directory should be", (home: string) => `${home}/cache-file`],
    ["a directory that cannot be created", () => "/proc/okta-aws-cache"],
  ] as const
) {
  Deno.test(`cache on ${what}: process-credentials and exec still deliver, with one warning`, async () => {
    await using hw = await hostileWorld({});
    await Deno.writeTextFile(`${hw.world.home}/cache-file`, "not a directory");
    const env = { OKTA_AWS_CACHE_DIR: cacheDir(hw.world.home) };
    const json = await runHostile(hw, [...SIGN_IN, "--format", "process-credentials"], env);
    assert.equal(json.code, 0, json.stderr);
    assert.equal(JSON.parse(json.stdout).Version, 1);
    assert.equal(json.stderr.match(/warning: cannot use the cache/g)?.length, 1, json.stderr);
    assert.doesNotMatch(json.stderr, /Unexpected failure/);
    const exec = await runCli(
      [...SIGN_IN, ...hw.args, "--", "sh", "-c", 'test -n "$AWS_SESSION_TOKEN" && echo ran'],
      { home: hw.world.home, env: { ...hw.env, ...env } },
    );
    assert.equal(exec.code, 0, exec.stderr);
    assert.equal(exec.stdout, "ran\n");
    assert.match(exec.stderr, /warning: cannot use the cache/);
  });
}

for (
  const [args, flag] of [
    [["-p", ""], "--profile"],
    [["--aws-region", ""], "--aws-region"],
    [["--aws-iam-role", ""], "--aws-iam-role"],
    [["-w", "", "-z"], "--aws-credentials"],
    [["-p", "dev]\n[default"], "--profile"],
    [["-p", " dev"], "--profile"],
    [["--aws-region", "us-east-1;rm -rf ~"], "--aws-region"],
  ] as const
) {
  Deno.test(`${JSON.stringify(args)} is a usage error before any sign-in, and [default] is kept`, async () => {
    await using hw = await hostileWorld({});
    await Deno.mkdir(`${hw.world.home}/.aws`);
    await Deno.writeTextFile(`${hw.world.home}/.aws/credentials`, LONG_TERM);
    const before = snapshot(hw.world.home);
    const r = await runHostile(hw, ["web", "-a", APP_ID, "-z", ...args]);
    assert.equal(r.code, 2, r.stderr);
    assert.ok(r.stderr.startsWith(`error: Invalid ${flag} "`), r.stderr);
    assert.equal(hw.world.okta.requests.length, 0, "no call to Okta");
    assert.deepEqual(snapshot(hw.world.home), before);
  });
}

Deno.test("an AWS_REGION that is not a region is named before any sign-in", async () => {
  await using hw = await hostileWorld({});
  const r = await runHostile(hw, SIGN_IN, { AWS_REGION: "x\u001b]0;t" });
  assert.equal(r.code, 2);
  assert.match(
    r.stderr,
    /^error: Invalid AWS_REGION "x\\x1b\]0;t": it is not an AWS region name/,
  );
  assert.equal(hw.world.okta.requests.length, 0);
});

Deno.test("the INI parser is linear: a 4 MB line of spaces is refused at its line number", () => {
  // The old lazy regex needed about 32 s for 300 KB (quadratic): 4 MB would take hours.
  const file = `[default]\nregion = x\na${" ".repeat(4 * 1024 * 1024)}b\n`;
  assert.throws(() => updateSection(file, "dev", { region: "y" }), /line 3: not a \[section\]/);
  const ok = `[default]\nkey${" ".repeat(2 * 1024 * 1024)}= 1\n`;
  assert.match(updateSection(ok, "dev", { region: "y" }), /\[dev\]\nregion = y\n$/);
});

Deno.test("a refused value names no line 0, and NUL is called a control character, not a line break", () => {
  const set = (profile: string, region: string) => ({
    profile,
    roleArn: ROLE_DEV,
    region,
    credentials: {
      accessKeyId: "ASIAEXAMPLEEXAMPLE",
      secretAccessKey: "secretsecretsecret",
      sessionToken: "tokentokentokentoken",
      expiration: new Date(Date.now() + 3600_000),
    },
  });
  const options = { legacyVariables: false, expiryVariables: false };
  for (
    const [profile, region, reason] of [
      ["dev", "eu\u0000west", /the value of "region" has a control character/],
      ["dev\u0000x", "eu-west-1", /may not be empty.*or a control character/],
    ] as const
  ) {
    assert.throws(
      () => applySets(new Uint8Array(), [set(profile, region)], options, "/x/credentials"),
      (e) =>
        e instanceof FlowError && e.code === "file_value_refused" && !/line 0/.test(e.message) &&
        reason.test(e.message),
    );
  }
});

for (
  const [what, make] of [
    ["a FIFO", (path: string) => new Deno.Command("mkfifo", { args: [path] }).outputSync()],
    ["/dev/zero", (path: string) => Deno.symlinkSync("/dev/zero", path)],
    ["300 MB", (path: string) => Deno.truncateSync(path, 300 * 1024 * 1024)],
  ] as const
) {
  Deno.test(`.env and okta.yaml as ${what}: a one-line error naming the file, no hang`, async () => {
    await using hw = await hostileWorld({});
    for (const path of [`${hw.world.home}/.env`, `${hw.world.home}/.okta/okta.yaml`]) {
      await Deno.mkdir(`${hw.world.home}/.okta`, { recursive: true });
      if (what === "300 MB") Deno.writeTextFileSync(path, "");
      make(path);
      const r = await runHostile(hw, SIGN_IN);
      assert.equal(r.code, 1, r.stderr);
      assert.match(
        r.stderr,
        new RegExp(
          `^error: Cannot read "${path}": (it is not a regular file|it is over 1048576 bytes)`,
        ),
      );
      await Deno.remove(path);
    }
  });
}

Deno.test("cache files that are FIFOs, huge or without a numeric refresh window are misses, not hangs", async () => {
  await using hw = await hostileWorld({});
  const args = [...SIGN_IN, "--format", "process-credentials"];
  const first = await runHostile(hw, args);
  assert.equal(first.code, 0, first.stderr);
  const root = `${hw.world.home}/.cache/okta-aws`;
  const [alias] = [...Deno.readDirSync(`${root}/requests`)].map((e) =>
    `${root}/requests/${e.name}`
  );
  const stored = JSON.parse(await Deno.readTextFile(alias!));
  const calls = () => hw.world.sts.calls.length;
  const before = calls();
  // A window that is not a number: the old code served these credentials forever.
  await Deno.writeTextFile(alias!, JSON.stringify({ ...stored, refreshWindowSeconds: "600" }));
  assert.equal((await runHostile(hw, args)).code, 0);
  assert.equal(calls(), before + 1, "a miss: STS asked again");
  // An entry over the cache cap (256 KiB): not read, a miss.
  const entry = `${root}/aws/${stored.entry}`;
  const current = JSON.parse(await Deno.readTextFile(alias!));
  const fresh = `${root}/aws/${current.entry}`;
  const big = JSON.parse(await Deno.readTextFile(fresh));
  await Deno.writeTextFile(fresh, JSON.stringify({ ...big, pad: "x".repeat(300 * 1024) }));
  assert.equal((await runHostile(hw, args)).code, 0);
  assert.equal(calls(), before + 2, "an oversized entry is a miss");
  // A FIFO in place of the entry.
  await Deno.remove(entry);
  new Deno.Command("mkfifo", { args: [entry] }).outputSync();
  const fifo = await runHostile(hw, args);
  assert.equal(fifo.code, 0, fifo.stderr);
});

Deno.test("status survives a session with expires_in 1e18 and a corrupt cached org", async () => {
  await using hw = await hostileWorld({
    okta: [{
      path: "/oauth2/v1/token",
      grant: "urn:ietf:params:oauth:grant-type:device_code",
      misbehave: { json: (body) => ({ ...body, expires_in: 1e18 }) },
    }],
  });
  assert.equal((await runHostile(hw, [...SIGN_IN, "--format", "process-credentials"])).code, 0);
  const dir = `${hw.world.home}/.cache/okta-aws/okta`;
  await Deno.writeTextFile(
    `${dir}/${"0".repeat(64)}.json`,
    JSON.stringify({
      org: "not a url \u001b[2J",
      clientId: "c",
      scopes: "s",
      access_token: "a",
      id_token: "i",
      expiresAt: 1e300,
      idTokenExpiresAt: 0,
    }),
  );
  const table = await runHostile(hw, ["status"]);
  assert.equal(table.code, 0, table.stderr);
  assert.match(table.stderr, /^okta +127\.0\.0\.1:\d+ .* (1d|23h\d\dm)$/m, "capped at a day");
  const json = await runHostile(hw, ["status", "--json"]);
  assert.equal(json.code, 0);
  assert.equal(JSON.parse(json.stdout).entries.length, 2);
});

Deno.test("an existing cache root open to others (0777) is closed to 0700 on the next write", async () => {
  await using hw = await hostileWorld({});
  const root = `${hw.world.home}/.cache/okta-aws`;
  await Deno.mkdir(root, { recursive: true });
  await Deno.chmod(root, 0o777);
  const r = await runHostile(hw, [...SIGN_IN, "--format", "process-credentials"]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(Deno.statSync(root).mode! & 0o777, 0o700);
});

Deno.test("temp copies a killed writer left beside the credentials file are removed on the next write", async () => {
  await using hw = await hostileWorld({});
  const aws = `${hw.world.home}/.aws`;
  await Deno.mkdir(aws);
  await Deno.writeTextFile(`${aws}/credentials`, LONG_TERM);
  const stale = `${aws}/.credentials.4242.0a1b2c3d.tmp`;
  await Deno.writeTextFile(stale, "[dev]\naws_secret_access_key = LEAKED\n", { mode: 0o600 });
  const other = `${aws}/.config.4242.0a1b2c3d.tmp`;
  await Deno.writeTextFile(other, "someone else's");
  const r = await runHostile(hw, [...SIGN_IN, "-z", "-p", "dev"]);
  assert.equal(r.code, 0, r.stderr);
  const names = [...Deno.readDirSync(aws)].map((e) => e.name).sort();
  // No lock file in ~/.aws either: the lock is in okta-aws's cache.
  assert.deepEqual(names, [".config.4242.0a1b2c3d.tmp", "credentials"]);
});
