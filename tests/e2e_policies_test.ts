// Session policies end to end: --read-only, --policy-arn and --session-policy narrow the session
// handed over (web's AssumeRoleWithSAML, m2m's and direct's AssumeRoleWithWebIdentity, or with
// --chain the last hop's AssumeRole), as the fake STS receives and checks them; the cache keys
// include them and status shows them; bad policies are refused before any sign-in.
import assert from "node:assert/strict";
import { oneError, ROLE_DEV, runCli, world } from "./helpers.ts";
import { policyArnsOf } from "./fakes/sts.ts";
import { headlessWorld, PASSWORD, testKey, USER } from "./headless_world.ts";
import { CONFIGURE_DEV, ssoWorld } from "./sso_world.ts";

const READ_ONLY = "arn:aws:iam::aws:policy/ReadOnlyAccess";
const S3_READ = "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess";
const HOP_1 = "arn:aws:iam::210987654321:role/Deploy";
const HOP_2 = "arn:aws:iam::333333333333:role/Audit";
/** An inline policy as a person writes it: indented, which STS counts, so it is minified. */
const INLINE = {
  Version: "2012-10-17",
  Statement: [{ Effect: "Deny", Action: "s3:DeleteObject", Resource: "*" }],
};

type World = Awaited<ReturnType<typeof world>>;

function web(w: World, args: string[]) {
  return runCli(["web", ...w.args, "-r", ROLE_DEV, ...args], { home: w.home, env: w.env });
}

Deno.test("web --read-only narrows AssumeRoleWithSAML to ReadOnlyAccess; cached under its own key, and status says so", async () => {
  await using w = await world();
  const r = await web(w, ["--read-only", "-f", "process-credentials"]);
  assert.equal(r.code, 0, r.stderr);
  const saml = w.sts.calls.filter((c) => c.action === "AssumeRoleWithSAML");
  assert.deepEqual(policyArnsOf(saml[0]!.params), [READ_ONLY]);
  assert.equal(saml[0]!.params.Policy, undefined);

  // The same again: from the cache. Without --read-only: another session, not the narrowed one.
  const again = await web(w, ["--read-only", "-f", "process-credentials"]);
  assert.equal(JSON.parse(again.stdout).AccessKeyId, JSON.parse(r.stdout).AccessKeyId);
  const full = await web(w, ["-f", "process-credentials"]);
  assert.equal(full.code, 0, full.stderr);
  assert.notEqual(JSON.parse(full.stdout).AccessKeyId, JSON.parse(r.stdout).AccessKeyId);
  const calls = w.sts.calls.filter((c) => c.action === "AssumeRoleWithSAML");
  assert.equal(calls.length, 2);
  assert.deepEqual(policyArnsOf(calls[1]!.params), [], "the full session asks for no policy");

  const status = await runCli(["status"], { home: w.home, env: w.env });
  assert.match(
    status.stderr,
    new RegExp(`${ROLE_DEV} as jane@example\\.com within ReadOnlyAccess`),
  );
});

Deno.test("web --policy-arn (repeated) and --session-policy send both, the inline policy minified", async () => {
  await using w = await world();
  await Deno.writeTextFile(`${w.home}/deny.json`, JSON.stringify(INLINE, null, 2));
  const r = await web(w, [
    "--policy-arn",
    S3_READ,
    "--policy-arn",
    READ_ONLY,
    "--session-policy",
    `${w.home}/deny.json`,
    "-f",
    "noop",
  ]);
  assert.equal(r.code, 0, r.stderr);
  const call = w.sts.calls.find((c) => c.action === "AssumeRoleWithSAML")!;
  assert.deepEqual(policyArnsOf(call.params), [S3_READ, READ_ONLY]);
  assert.equal(call.params.Policy, JSON.stringify(INLINE));
});

Deno.test("m2m and direct --read-only narrow AssumeRoleWithWebIdentity", async () => {
  const key = await testKey("rsa-pkcs8");
  await using w = await headlessWorld({ keys: { kid1: key.publicKey }, pushPolls: [] });
  await Deno.writeTextFile(`${w.home}/key.pem`, key.pem);
  const m2m = await w.run([
    "m2m",
    "--key-id",
    "kid1",
    "--private-key-file",
    `${w.home}/key.pem`,
    "--read-only",
    "-f",
    "noop",
  ]);
  assert.equal(m2m.code, 0, m2m.stderr);
  const direct = await w.run(["direct", "--username", USER, "--read-only", "-f", "noop"], {
    OKTA_AWSCLI_PASSWORD: PASSWORD,
  });
  assert.equal(direct.code, 0, direct.stderr);
  const calls = w.sts.calls.filter((c) => c.action === "AssumeRoleWithWebIdentity");
  assert.equal(calls.length, 2);
  for (const call of calls) assert.deepEqual(policyArnsOf(call.params), [READ_ONLY]);
});

Deno.test("--chain with two hops: only the last hop, the session handed over, is narrowed", async () => {
  await using w = await world();
  await Deno.writeTextFile(`${w.home}/deny.json`, JSON.stringify(INLINE));
  const r = await web(w, [
    "--chain",
    `${HOP_1},${HOP_2}`,
    "--read-only",
    "--session-policy",
    `${w.home}/deny.json`,
    "-f",
    "noop",
  ]);
  assert.equal(r.code, 0, r.stderr);
  const [saml, first, last] = w.sts.calls;
  assert.deepEqual(
    [saml!.action, first!.action, last!.action],
    ["AssumeRoleWithSAML", "AssumeRole", "AssumeRole"],
  );
  // A narrowed session before the last could not call sts:AssumeRole for the next hop.
  assert.deepEqual(policyArnsOf(saml!.params), []);
  assert.deepEqual(policyArnsOf(first!.params), []);
  assert.equal(first!.params.Policy, undefined);
  assert.deepEqual(policyArnsOf(last!.params), [READ_ONLY]);
  assert.equal(last!.params.Policy, JSON.stringify(INLINE));
});

Deno.test("sso --read-only without --chain is refused before any request: Identity Center takes no session policy", async () => {
  await using w = await ssoWorld();
  assert.equal((await w.run(CONFIGURE_DEV)).code, 0);
  const refused = await w.run(["sso", "--profile", "dev", "--read-only", "-f", "noop"]);
  assert.equal(refused.code, 2, refused.stderr);
  assert.match(oneError(refused).error, /GetRoleCredentials takes no session policy/);
});

/** Bad policies, and what the one error line says. */
const BAD: [string, (home: string) => Promise<string[]>, RegExp][] = [
  [
    "a policy ARN that is not one",
    () => Promise.resolve(["--policy-arn", "arn:aws:iam::aws:role/ReadOnlyAccess"]),
    /Invalid --policy-arn "arn:aws:iam::aws:role\/ReadOnlyAccess": it is not a managed policy ARN/,
  ],
  [
    "eleven managed policies",
    () =>
      Promise.resolve([
        "--read-only",
        "--policy-arn",
        Array.from({ length: 10 }, (_, i) => `arn:aws:iam::aws:policy/P${i}`).join(","),
      ]),
    /STS takes at most 10 managed policies \(--read-only is one\)/,
  ],
  [
    "an inline policy that is not JSON",
    async (home) => {
      await Deno.writeTextFile(`${home}/bad.json`, "{ Statement: [ }");
      return ["--session-policy", `${home}/bad.json`];
    },
    /Invalid --session-policy ".*bad\.json": it is not JSON/,
  ],
  [
    "an inline policy over 2048 characters",
    async (home) => {
      const statement = Array.from({ length: 60 }, (_, i) => ({
        Effect: "Deny",
        Action: `s3:Action${i}`,
        Resource: "*",
      }));
      await Deno.writeTextFile(`${home}/big.json`, JSON.stringify({ Statement: statement }));
      return ["--session-policy", `${home}/big.json`];
    },
    /\d{4} characters once minified; STS takes at most 2048/,
  ],
  [
    "a missing policy file",
    (home) => Promise.resolve(["--session-policy", `${home}/none.json`]),
    /Invalid --session-policy ".*none\.json": no such file/,
  ],
];

for (const [what, args, message] of BAD) {
  Deno.test(`web with ${what} is refused before any sign-in (exit 2, one error)`, async () => {
    await using w = await world();
    const r = await web(w, [...await args(w.home), "-f", "noop"]);
    assert.equal(r.code, 2, r.stderr);
    assert.match(oneError(r).error, message);
    assert.equal(w.okta.count("/oauth2/v1/device/authorize"), 0, "no sign-in");
    assert.equal(w.sts.calls.length, 0);
  });
}
