// "Are my credentials still good?" for scripts and shell prompts: `status --check` exit codes
// (valid, expiring, expired, none) with nothing printed, `okta-aws prompt`'s segment from the
// cache or from an exec's environment, and exec's one warning when what it hands over ends
// within the refresh window with nothing to renew it.
import assert from "node:assert/strict";
import { ROLE_DEV, runCli, world } from "./helpers.ts";
import { segment } from "../src/cli/commands/local/prompt.ts";

type World = Awaited<ReturnType<typeof world>>;

function web(w: World, args: string[]) {
  return runCli(["web", ...w.args, "-r", ROLE_DEV, ...args], { home: w.home, env: w.env });
}

const check = (w: World, args: string[] = []) =>
  runCli(["status", "--check", ...args], { home: w.home, env: w.env });

/** The one cached credential entry's file (okta-aws's cache under the world's home). */
function entryFile(w: World): string {
  const dir = `${w.home}/.cache/okta-aws/aws`;
  const [name] = [...Deno.readDirSync(dir)].map((e) => e.name);
  return `${dir}/${name}`;
}

Deno.test("status --check exits 0 valid, 1 expiring, 2 expired, 2 none, printing nothing; --json says which", async () => {
  await using w = await world();
  const none = await check(w);
  assert.deepEqual([none.code, none.stdout, none.stderr], [2, "", ""]);

  assert.equal((await web(w, ["-f", "process-credentials"])).code, 0);
  const valid = await check(w);
  assert.deepEqual([valid.code, valid.stdout, valid.stderr], [0, "", ""]);
  // An hour left is within a 2-hour refresh window: expiring.
  const expiring = await check(w, ["--refresh-window", "2h"]);
  assert.deepEqual([expiring.code, expiring.stdout, expiring.stderr], [1, "", ""]);
  const other = await check(w, ["--profile", "prod"]);
  assert.equal(other.code, 2, "another profile has none");

  const path = entryFile(w);
  const entry = JSON.parse(await Deno.readTextFile(path));
  entry.expiration = new Date(Date.now() - 60_000).toISOString();
  await Deno.writeTextFile(path, JSON.stringify(entry));
  const expired = await check(w, ["--json"]);
  assert.equal(expired.code, 2);
  assert.deepEqual(
    { ...JSON.parse(expired.stdout), secondsLeft: undefined },
    { state: "expired", profile: "default", role: "Developer", secondsLeft: undefined },
  );
});

Deno.test("okta-aws prompt prints the role and time left from the cache, nothing without credentials, and an exec's own", async () => {
  await using w = await world();
  const empty = await runCli(["prompt"], { home: w.home, env: w.env });
  assert.deepEqual([empty.code, empty.stdout, empty.stderr], [0, "", ""]);
  assert.equal((await web(w, ["-f", "process-credentials"])).code, 0);
  const cached = await runCli(["prompt"], { home: w.home, env: w.env });
  assert.equal(cached.code, 0, cached.stderr);
  assert.match(cached.stdout, /^Developer (59m\d\ds|1h)\n$/);
  assert.equal(cached.stderr, "");
  // Inside `okta-aws web -- $SHELL`: the credentials the shell was handed.
  const inExec = await runCli(["prompt"], {
    home: w.home,
    env: {
      ...w.env,
      AWS_ACCESS_KEY_ID: "ASIAEXAMPLEEXAMPLE12",
      AWS_CREDENTIAL_EXPIRATION: new Date(Date.now() + 5 * 60_000 + 30_000).toISOString(),
      AWS_PROFILE: "dev",
    },
  });
  assert.match(inExec.stdout, /^dev 5m(29|30)s\n$/);
  // The tree's path (a flag the fast path does not read) gives the same answer.
  const slow = await runCli(["prompt", "--lang", "en"], { home: w.home, env: w.env });
  assert.match(slow.stdout, /^Developer (59m\d\ds|1h)\n$/);
});

Deno.test("prompt's colours: green valid, yellow expiring, red expired, and plain text off a terminal", () => {
  const base = { profile: "dev", role: "Admin", secondsLeft: 3000 };
  assert.equal(segment({ ...base, state: "valid" }, true), "\x1b[32mdev:Admin 50m\x1b[0m");
  assert.equal(
    segment({ ...base, state: "expiring", secondsLeft: 300 }, true),
    "\x1b[33mdev:Admin 5m\x1b[0m",
  );
  assert.equal(segment({ ...base, state: "expired" }, true), "\x1b[31mdev:Admin expired\x1b[0m");
  assert.equal(segment({ ...base, state: "valid" }, false), "dev:Admin 50m");
  assert.equal(segment({ profile: "default", state: "none" }, true), "");
});

Deno.test("exec warns once when the credentials it hands over end within the refresh window; --server does not", async () => {
  await using w = await world({ sts: { lifetimeSeconds: 300 } });
  const r = await web(w, ["--", "true"]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(
    r.stderr.match(
      /notice: the credentials handed to the command expire in (4m5\ds|5m), within the refresh window \(10m\)/g,
    )
      ?.length,
    1,
    r.stderr,
  );
  const long = await runCli([
    "web",
    ...w.args,
    "-r",
    ROLE_DEV,
    "--refresh-window",
    "1m",
    "--",
    "true",
  ], {
    home: w.home,
    env: w.env,
  });
  assert.equal(long.code, 0, long.stderr);
  assert.doesNotMatch(long.stderr, /handed to the command expire/, "outside a 1m window");
  const server = await web(w, ["--server", "--", "true"]);
  assert.equal(server.code, 0, server.stderr);
  assert.doesNotMatch(server.stderr, /handed to the command expire/);
});
