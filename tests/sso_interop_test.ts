// Interop with clients no one here wrote: the AWS JS SDK's fromSSO resolves credentials from
// the config and token cache okta-aws wrote (through the fake portal), and the real AWS CLI v2
// parses our config and reuses our role-credential cache entry without calling anyone.
import assert from "node:assert/strict";
import { awsCli, hasAwsCli } from "./helpers.ts";
import { CONFIGURE_DEV, denoEnv, ssoWorld } from "./sso_world.ts";

const FROM_SSO = new URL("./fixtures/from_sso.ts", import.meta.url).pathname;

const aws = (args: string[], home: string) => awsCli(args, { HOME: home });

Deno.test("the AWS JS SDK's fromSSO resolves credentials from the config and token cache okta-aws wrote", async () => {
  await using w = await ssoWorld();
  assert.equal((await w.run(CONFIGURE_DEV)).code, 0);
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "--quiet", FROM_SSO, "dev"],
    env: { ...await denoEnv(), HOME: w.home, AWS_ENDPOINT_URL_SSO: w.ic.url },
    clearEnv: true,
    stdout: "piped",
    stderr: "piped",
  }).output();
  const stderr = new TextDecoder().decode(out.stderr);
  assert.equal(out.code, 0, stderr);
  const creds = JSON.parse(new TextDecoder().decode(out.stdout));
  assert.match(creds.accessKeyId, /^ASIA[A-Z0-9]{16}$/);
  // It called the portal with the access token okta-aws cached.
  const token = Object.values(w.tokenFiles())[0]!;
  const call = w.ic.calls.filter((c) => c.op === "GET /federation/credentials").at(-1)!;
  assert.equal(call.bearer, token.accessToken);
  assert.equal(call.query.account_id, "111111111111");
});

Deno.test({
  name:
    "the AWS CLI v2 parses the config okta-aws wrote (configure list, configure get sso_session)",
  ignore: !hasAwsCli,
  async fn() {
    await using w = await ssoWorld();
    assert.equal((await w.run(CONFIGURE_DEV)).code, 0);
    assert.equal((await w.run(["sso", "configure", "--sso-session", "okta", "--all"])).code, 0);
    // `configure list` resolves the credentials too: from the entry we cache for it, since
    // the AWS CLI 2.9 cannot be pointed at the fake portal.
    const cached = await w.run(["sso", "--profile", "dev", "--write-cli-cache", "-f", "noop"]);
    assert.equal(cached.code, 0, cached.stderr);
    const list = await aws(["configure", "list", "--profile", "dev"], w.home);
    assert.equal(list.code, 0, list.stderr);
    assert.match(list.stdout, /profile +dev +manual +--profile/);
    assert.match(list.stdout, /region +ap-northeast-2 +config-file/);
    assert.match(list.stdout, /access_key +\*+[A-Z0-9]{4} +sso/);
    const get = await aws(
      ["configure", "get", "sso_session", "--profile", "Data-Lake-Analyst"],
      w.home,
    );
    assert.equal(get.code, 0, get.stderr);
    assert.equal(get.stdout, "okta\n");
  },
});

Deno.test({
  name:
    "the AWS CLI v2 uses the role credentials okta-aws cached for it (--write-cli-cache) without a call",
  ignore: !hasAwsCli,
  async fn() {
    await using w = await ssoWorld();
    assert.equal((await w.run(CONFIGURE_DEV)).code, 0);
    const r = await w.run([
      "sso",
      "--profile",
      "dev",
      "--write-cli-cache",
      "-f",
      "process-credentials",
    ]);
    assert.equal(r.code, 0, r.stderr);
    const ours = JSON.parse(r.stdout);
    const calls = w.ic.calls.length;
    // The AWS CLI cannot reach the fake portal (2.9 has no AWS_ENDPOINT_URL_SSO): a key it
    // prints can only come from the cache entry we wrote under its own file name.
    const out = await aws([
      "configure",
      "export-credentials",
      "--profile",
      "dev",
      "--format",
      "process",
    ], w.home);
    assert.equal(out.code, 0, out.stderr);
    const theirs = JSON.parse(out.stdout);
    assert.equal(theirs.AccessKeyId, ours.AccessKeyId);
    assert.equal(theirs.SessionToken, ours.SessionToken);
    assert.equal(w.ic.calls.length, calls);
  },
});
