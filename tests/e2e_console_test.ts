// `okta-aws console` and `--format console` end to end: the sign-in URL from the fake
// federation endpoint after web (cold and cached) and sso, destinations, regions, partitions,
// the 403 path; the URL (a bearer secret) never on stderr or in --debug output.
import assert from "node:assert/strict";
import { ROLE_DEV, runCli, world } from "./helpers.ts";
import { startFakeSignin } from "./fakes/signin.ts";
import { CONFIGURE_DEV, ssoWorld } from "./sso_world.ts";
import { destinationUrl, federationUrl, partitionOf } from "../plugins/console.ts";

async function consoleWorld(roles?: { provider: string; role: string }[]) {
  const w = await world(roles ? { saml: { roles } } : {});
  const signin = await startFakeSignin([w.sts]);
  const env = { ...w.env, OKTA_AWS_SIGNIN_URL: `${signin.url}/federation` };
  return {
    w,
    signin,
    run: (args: string[], extra: Record<string, string> = {}) =>
      runCli([...args, ...w.args], { home: w.home, env: { ...env, ...extra } }),
    [Symbol.asyncDispose]() {
      return this.close();
    },
    async close() {
      await signin.close();
      await w.close();
    },
  };
}

Deno.test("console --print after web: a login URL with the fake's token, the credentials' duration, and nothing on stderr", async () => {
  await using c = await consoleWorld();
  const r = await c.run(["console", "-r", ROLE_DEV, "--print", "--debug"]);
  assert.equal(r.code, 0, r.stderr);
  const url = new URL(r.stdout.trim());
  assert.equal(url.searchParams.get("Action"), "login");
  assert.equal(url.searchParams.get("Issuer"), "okta-aws");
  assert.equal(
    url.searchParams.get("Destination"),
    "https://console.aws.amazon.com/console/home",
  );
  assert.equal(url.searchParams.get("SigninToken"), c.signin.tokens[0]);
  const call = c.signin.calls[0]!;
  assert.equal(call.accessKeyId, c.w.sts.issued[0]!.accessKeyId);
  assert.ok(call.sessionDuration! > 3500 && call.sessionDuration! <= 3600);
  assert.ok(!r.stderr.includes(c.signin.tokens[0]!), "no token on stderr, even with --debug");
  assert.match(r.stderr, /\[debug\] outputs: console \(cached\)/);
});

Deno.test("console is served from the credential cache: a second run signs in to nothing and gets a new URL", async () => {
  await using c = await consoleWorld();
  assert.equal((await c.run(["console", "-r", ROLE_DEV, "--print"])).code, 0);
  const second = await c.run(["console", "-r", ROLE_DEV, "--print"]);
  assert.equal(second.code, 0, second.stderr);
  assert.equal(c.w.sts.issued.length, 1, "no second STS call");
  assert.equal(c.signin.calls.length, 2);
  assert.equal(new URL(second.stdout.trim()).searchParams.get("SigninToken"), c.signin.tokens[1]);
  assert.equal(c.signin.calls[1]!.accessKeyId, c.w.sts.issued[0]!.accessKeyId);
});

Deno.test("console --destination s3 with --aws-region lands on the region's S3 console; a bad destination is a usage error", async () => {
  await using c = await consoleWorld();
  const r = await c.run([
    "console",
    "-r",
    ROLE_DEV,
    "--print",
    "--destination",
    "s3",
    "--aws-region",
    "ap-northeast-2",
  ]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(
    new URL(r.stdout.trim()).searchParams.get("Destination"),
    "https://console.aws.amazon.com/s3/home?region=ap-northeast-2",
  );
  const bad = await c.run(["console", "-r", ROLE_DEV, "--destination", "javascript:x"]);
  assert.equal(bad.code, 2);
  assert.equal(c.signin.calls.length, 1);
});

Deno.test("console picks each partition's sign-in endpoint and console from the role ARN (aws, aws-us-gov, aws-cn)", async () => {
  for (
    const [partition, host] of [
      ["aws-us-gov", "https://console.amazonaws-us-gov.com"],
      ["aws-cn", "https://console.amazonaws.cn"],
    ]
  ) {
    const role = `arn:${partition}:iam::123456789012:role/Gov`;
    await using c = await consoleWorld([{
      provider: `arn:${partition}:iam::123456789012:saml-provider/okta`,
      role,
    }]);
    const r = await c.run(["console", "-r", role, "--print"]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(
      new URL(r.stdout.trim()).searchParams.get("Destination"),
      `${host}/console/home`,
    );
  }
  assert.equal(partitionOf("arn:aws-cn:iam::1:role/x"), "aws-cn");
  assert.equal(federationUrl({}, "aws"), "https://signin.aws.amazon.com/federation");
  assert.equal(federationUrl({}, "aws-us-gov"), "https://signin.amazonaws-us-gov.com/federation");
  assert.equal(federationUrl({}, "aws-cn"), "https://signin.amazonaws.cn/federation");
  assert.equal(
    destinationUrl("ec2", "aws-us-gov", "us-gov-west-1"),
    "https://console.amazonaws-us-gov.com/ec2/home?region=us-gov-west-1",
  );
});

Deno.test("console explains a 403 from the federation endpoint and prints no URL", async () => {
  await using c = await consoleWorld();
  c.signin.script.refuse = true;
  const r = await c.run(["console", "-r", ROLE_DEV, "--print"]);
  assert.equal(r.code, 1);
  assert.equal(r.stdout, "");
  assert.match(
    r.stderr,
    /^error: The AWS sign-in endpoint refused a console session for ".*role\/Developer" \(HTTP 403\)$/m,
  );
  assert.match(r.stderr, /^hint: Credentials from role chaining, expired credentials/m);
});

Deno.test("console without --print opens the URL with the browser opener and says so, stdout empty", async () => {
  await using c = await consoleWorld();
  const opened = `${c.w.home}/opened.txt`;
  const r = await c.run(["console", "-r", ROLE_DEV], { OKTA_AWS_TEST_OPENED: opened });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, "");
  assert.match(r.stderr, /Opened the AWS console as ".*role\/Developer"/);
  // The opener's argv held a one-time loopback address; the browser was sent on from it.
  // The fake browser records after the redirect it was sent, perhaps after okta-aws exits.
  let lines: string[] = [];
  for (let i = 0; i < 100 && lines.length < 2; i++) {
    await new Promise((r) => setTimeout(r, 50));
    lines = (await Deno.readTextFile(opened).catch(() => "")).trim().split("\n");
  }
  const [argv, location, ...rest] = lines;
  assert.deepEqual(rest, []);
  assert.match(argv!, /^opened-argv: http:\/\/127\.0\.0\.1:\d+\/console-[A-Za-z0-9_-]{24}$/);
  const url = new URL(location!);
  assert.equal(url.searchParams.get("SigninToken"), c.signin.tokens[0]);
  assert.ok(!r.stderr.includes(c.signin.tokens[0]!));
});

Deno.test("sso --format console: the console as the Identity Center role", async () => {
  await using s = await ssoWorld();
  await using signin = await startFakeSignin([s.ic]);
  assert.equal((await s.run(CONFIGURE_DEV)).code, 0);
  const r = await s.run(["sso", "--profile", "dev", "-f", "console", "--print"], {
    OKTA_AWS_SIGNIN_URL: `${signin.url}/federation`,
  });
  assert.equal(r.code, 0, r.stderr);
  const url = new URL(r.stdout.trim());
  assert.equal(url.searchParams.get("SigninToken"), signin.tokens[0]);
  assert.equal(
    url.searchParams.get("Destination"),
    "https://console.aws.amazon.com/console/home?region=ap-northeast-2",
  );
  assert.equal(signin.calls[0]!.accessKeyId, s.ic.issued[0]!.accessKeyId);
});

Deno.test("console with --chain signs in as the last hop, asking no SessionDuration (role-chaining credentials take none)", async () => {
  await using c = await consoleWorld();
  const hop = "arn:aws:iam::210987654321:role/Deploy";
  const r = await c.run(["console", "-r", ROLE_DEV, "--chain", hop, "--print"]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(new URL(r.stdout.trim()).searchParams.get("SigninToken"), c.signin.tokens[0]);
  const call = c.signin.calls[0]!;
  assert.equal(call.accessKeyId, c.w.sts.issued[1]!.accessKeyId, "the hop's credentials");
  assert.equal(c.w.sts.issued[1]!.roleArn, hop);
  assert.equal(call.sessionDuration, undefined);
});

Deno.test("console --destination: a console URL of the role's partition lands there; an untrusted .env cannot send the session to another site", async () => {
  await using c = await consoleWorld();
  const page = "https://us-east-1.console.aws.amazon.com/iam/home";
  const ok = await c.run(["console", "-r", ROLE_DEV, "--print", "--destination", page]);
  assert.equal(ok.code, 0, ok.stderr);
  assert.equal(new URL(ok.stdout.trim()).searchParams.get("Destination"), page);
  // A .env nobody trusted, in the directory the user runs from.
  await Deno.writeTextFile(
    `${c.w.home}/.env`,
    "OKTA_AWS_CONSOLE_DESTINATION=https://evil.example/aws\n",
  );
  const evil = await c.run(["console", "-r", ROLE_DEV, "--print"]);
  assert.equal(evil.code, 2, evil.stderr);
  assert.match(evil.stderr, /--destination.*https:\/\/evil\.example\/aws/);
  assert.equal(evil.stdout, "");
  // Another partition's console is not this role's.
  await Deno.remove(`${c.w.home}/.env`);
  const gov = await c.run([
    "console",
    "-r",
    ROLE_DEV,
    "--print",
    "--destination",
    "https://console.amazonaws-us-gov.com/s3/home",
  ]);
  assert.equal(gov.code, 1, gov.stderr);
  assert.match(
    gov.stderr,
    /^error: "https:\/\/console\.amazonaws-us-gov\.com\/s3\/home" is not a page of this role's console \(https:\/\/console\.aws\.amazon\.com\)$/m,
  );
  assert.equal(gov.stdout, "");
});

Deno.test("console --read-only signs in with the narrowed session: the sign-in token is made of the credentials STS issued under ReadOnlyAccess", async () => {
  await using c = await consoleWorld();
  const r = await c.run(["console", "-r", ROLE_DEV, "--read-only", "--print"]);
  assert.equal(r.code, 0, r.stderr);
  const saml = c.w.sts.calls.find((call) => call.action === "AssumeRoleWithSAML")!;
  assert.equal(
    saml.params["PolicyArns.member.1.arn"],
    "arn:aws:iam::aws:policy/ReadOnlyAccess",
  );
  assert.equal(c.signin.calls[0]!.accessKeyId, c.w.sts.issued[0]!.accessKeyId);
  // A console without --read-only is another session, not the narrowed one.
  assert.equal((await c.run(["console", "-r", ROLE_DEV, "--print"])).code, 0);
  assert.equal(c.w.sts.issued.length, 2);
  assert.equal(c.signin.calls[1]!.accessKeyId, c.w.sts.issued[1]!.accessKeyId);
});
