// --no-aws-cli-cache end to end: an Identity Center token kept only in okta-aws's own cache,
// out of `~/.aws/sso/cache` (which the real AWS CLI then does not find), still served, listed by
// status, signed out by logout, and moved across (no copy left) when the user turns it on or off.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { awsCli, hasAwsCli } from "./helpers.ts";
import { CONFIGURE_DEV, ssoWorld } from "./sso_world.ts";
import { pathExists } from "../src/fs/read.ts";

const sha1 = (s: string) => createHash("sha1").update(s).digest("hex");
const mode = (path: string) => Deno.statSync(path).mode! & 0o777;
const OWN = { OKTA_AWS_NO_AWS_CLI_CACHE: "true" };

/** okta-aws's own token file of session "okta", and the AWS CLI's. */
const ownToken = (home: string) => `${home}/.cache/okta-aws/sso/token-${sha1("okta")}.json`;
const cliToken = (home: string) => `${home}/.aws/sso/cache/${sha1("okta")}.json`;

function awsCliTokens(home: string): string[] {
  try {
    return [...Deno.readDirSync(`${home}/.aws/sso/cache`)].map((e) => e.name);
  } catch {
    return [];
  }
}

Deno.test("sso configure --no-aws-cli-cache keeps the token in okta-aws's cache only, and okta-aws sso is served from it", async () => {
  await using w = await ssoWorld();
  const r = await w.run([...CONFIGURE_DEV, "--no-aws-cli-cache"]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(awsCliTokens(w.home), [], "nothing in ~/.aws/sso/cache");
  const own = ownToken(w.home);
  assert.equal(mode(own), 0o600);
  const token = JSON.parse(Deno.readTextFileSync(own));
  assert.equal(token.startUrl, "https://d-9999999999.awsapps.com/start");
  assert.ok(token.refreshToken && token.clientSecret);
  const tokenCalls = w.ic.calls.filter((c) => c.op === "POST /token").length;

  // The variable does what the flag does: no sign-in, the portal called with that token.
  const creds = await w.run(["sso", "--profile", "dev", "-f", "process-credentials"], OWN);
  assert.equal(creds.code, 0, creds.stderr);
  assert.match(JSON.parse(creds.stdout).AccessKeyId, /^ASIA/);
  assert.equal(w.ic.calls.filter((c) => c.op === "POST /token").length, tokenCalls);
  const call = w.ic.calls.filter((c) => c.op === "GET /federation/credentials").at(-1)!;
  assert.equal(call.bearer, token.accessToken);
  assert.deepEqual(awsCliTokens(w.home), [], "still nothing for the AWS CLI");
  assert.doesNotMatch(creds.stderr, /moved/);
});

Deno.test({
  name:
    "a token kept by --no-aws-cli-cache is not the AWS CLI's: aws sts get-caller-identity asks for aws sso login",
  ignore: !hasAwsCli,
  async fn() {
    await using w = await ssoWorld();
    assert.equal((await w.run([...CONFIGURE_DEV, "--no-aws-cli-cache"])).code, 0);
    const r = await awsCli(["sts", "get-caller-identity", "--profile", "dev"], {
      HOME: w.home,
      AWS_ENDPOINT_URL_SSO: w.ic.url,
    });
    assert.notEqual(r.code, 0);
    assert.match(r.stderr, /Error loading SSO Token: Token for okta does not exist/);
    assert.equal(w.ic.calls.filter((c) => c.op === "GET /federation/credentials").length, 0);
  },
});

Deno.test("a token kept by --no-aws-cli-cache is refreshed in place, listed by status as okta-aws only, and signed out by sso logout", async () => {
  await using w = await ssoWorld();
  assert.equal((await w.run([...CONFIGURE_DEV, "--no-aws-cli-cache"])).code, 0);
  const own = ownToken(w.home);
  const old = JSON.parse(Deno.readTextFileSync(own));
  old.expiresAt = new Date(Date.now() + 300_000).toISOString().replace(/\.\d{3}Z$/, "Z");
  Deno.writeTextFileSync(own, JSON.stringify(old), { mode: 0o600 });
  const r = await w.run(["sso", "--profile", "dev", "-f", "noop"], OWN);
  assert.equal(r.code, 0, r.stderr);
  const refreshed = JSON.parse(Deno.readTextFileSync(own));
  assert.notEqual(refreshed.accessToken, old.accessToken, "refreshed");
  assert.equal(w.ic.calls.filter((c) => c.body.grantType === "refresh_token").length, 1);
  assert.deepEqual(awsCliTokens(w.home), []);

  const status = await w.run(["status", "--json"]);
  const tokens = JSON.parse(status.stdout).entries.filter((e: { kind: string }) =>
    e.kind === "sso-token"
  );
  assert.equal(tokens.length, 1);
  assert.equal(tokens[0].ownOnly, true);
  const table = await w.run(["status"]);
  assert.match(table.stderr, /access token \(ap-northeast-2\) \+refresh, okta-aws only/);

  // logout takes no flag: it signs out of both places.
  const logout = await w.run(["sso", "logout"]);
  assert.equal(logout.code, 0, logout.stderr);
  assert.equal(
    w.ic.calls.filter((c) => c.op === "POST /logout").at(-1)?.bearer,
    refreshed.accessToken,
  );
  assert.ok(!pathExists(own), "the token file is gone");
});

Deno.test("turning --no-aws-cli-cache on moves the AWS CLI's token into okta-aws's cache, and off moves it back, with a notice and no copy", async () => {
  await using w = await ssoWorld();
  assert.equal((await w.run(CONFIGURE_DEV)).code, 0);
  const before = Deno.readTextFileSync(cliToken(w.home));
  const calls = w.ic.calls.filter((c) => c.op === "POST /token").length;

  const on = await w.run(["sso", "login", "--profile", "dev", "--no-aws-cli-cache"]);
  assert.equal(on.code, 0, on.stderr);
  assert.match(
    on.stderr,
    /moved the Identity Center token from ".*\.aws\/sso\/cache\/.*" to ".*okta-aws\/sso\/token-/,
  );
  assert.match(on.stderr, /Already signed in/, "the token moved is the sign-in");
  assert.ok(!pathExists(cliToken(w.home)), "no copy left for the AWS CLI");
  assert.deepEqual(JSON.parse(Deno.readTextFileSync(ownToken(w.home))), JSON.parse(before));

  const off = await w.run(["sso", "--profile", "dev", "-f", "noop"]);
  assert.equal(off.code, 0, off.stderr);
  assert.match(
    off.stderr,
    /moved the Identity Center token from ".*okta-aws\/sso\/token-.*" to ".*\.aws\/sso\/cache\//,
  );
  assert.ok(!pathExists(ownToken(w.home)), "no copy left in okta-aws's cache");
  // Back as the AWS CLI wrote it (its key order, Python's separators).
  assert.equal(Deno.readTextFileSync(cliToken(w.home)), before);
  assert.equal(w.ic.calls.filter((c) => c.op === "POST /token").length, calls, "no sign-in");
});

Deno.test("sso --write-cli-cache with --no-aws-cli-cache is a usage error that asks nothing", async () => {
  await using w = await ssoWorld();
  const r = await w.run(["sso", "--profile", "dev", "--write-cli-cache", "--no-aws-cli-cache"]);
  assert.equal(r.code, 2);
  assert.match(
    r.stderr,
    /--write-cli-cache writes the AWS CLI's cache and --no-aws-cli-cache keeps out of it: give one of the two$/m,
  );
  assert.equal(w.ic.calls.length, 0);
});
