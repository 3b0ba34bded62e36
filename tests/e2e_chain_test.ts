// `--chain`: second hops after the flow's role, `sts:AssumeRole` signed with the previous
// hop's credentials, against the fake STS (which checks the caller and the one-hour limit).
import assert from "node:assert/strict";
import { oneError, ROLE_DEV, runCli, world } from "./helpers.ts";
import { startFakeSts } from "./fakes/sts.ts";
import { CONFIGURE_DEV, ssoWorld } from "./sso_world.ts";

const HOP_1 = "arn:aws:iam::210987654321:role/Deploy";
const HOP_2 = "arn:aws:iam::333333333333:role/Audit";

type World = Awaited<ReturnType<typeof world>>;

function run(w: World, args: string[]) {
  return runCli(["web", ...w.args, "-r", ROLE_DEV, ...args], { home: w.home, env: w.env });
}

Deno.test("--chain one hop: AssumeRole signed with the flow's credentials, named as the SAML session (the person), the hop's credentials delivered", async () => {
  await using w = await world();
  const r = await run(w, ["--chain", HOP_1, "-f", "process-credentials"]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(w.sts.calls.map((c) => c.action), ["AssumeRoleWithSAML", "AssumeRole"]);
  const hop = w.sts.calls[1]!;
  assert.equal(hop.params.RoleArn, HOP_1);
  // The hop keeps the person's name: the SAML assertion's RoleSessionName.
  assert.equal(hop.params.RoleSessionName, "jane@example.com");
  assert.equal(hop.params.DurationSeconds, "3600");
  assert.match(hop.authorization!, new RegExp(`Credential=${w.sts.issued[0]!.accessKeyId}/`));
  assert.equal(JSON.parse(r.stdout).AccessKeyId, w.sts.issued[1]!.accessKeyId);
  // From the cache the second time, under the chain's own key.
  const again = await run(w, ["--chain", HOP_1, "-f", "process-credentials"]);
  assert.equal(JSON.parse(again.stdout).AccessKeyId, w.sts.issued[1]!.accessKeyId);
  assert.equal(w.sts.calls.length, 2);
});

Deno.test("--chain two hops (repeated flag) with an external id, a session name and a source identity", async () => {
  await using w = await world({ sts: { externalIds: { [HOP_2]: "audit-7" } } });
  const r = await run(w, [
    "--chain",
    HOP_1,
    "--chain",
    HOP_2,
    "--external-id",
    "audit-7",
    "--aws-sts-role-session-name",
    "jane-deploy",
    "--source-identity",
    "jane",
    "-f",
    "process-credentials",
  ]);
  assert.equal(r.code, 0, r.stderr);
  const hops = w.sts.calls.filter((c) => c.action === "AssumeRole");
  assert.deepEqual(hops.map((c) => c.params.RoleArn), [HOP_1, HOP_2]);
  assert.match(
    hops[1]!.authorization!,
    new RegExp(`Credential=${w.sts.issued[1]!.accessKeyId}/`),
  );
  assert.equal(hops[1]!.params.ExternalId, "audit-7");
  assert.equal(hops[1]!.params.RoleSessionName, "jane-deploy");
  assert.equal(hops[1]!.params.SourceIdentity, "jane");
  assert.equal(JSON.parse(r.stdout).AccessKeyId, w.sts.issued[2]!.accessKeyId);
});

Deno.test("--chain names the hop a trust policy refuses and the fix", async () => {
  await using w = await world({ sts: { externalIds: { [HOP_1]: "needed" } } });
  const r = await run(w, ["--chain", HOP_1, "-f", "noop"]);
  assert.equal(r.code, 1);
  assert.match(
    r.stderr,
    /^error: Cannot chain from "arn:aws:iam::123456789012:role\/Developer" into "arn:aws:iam::210987654321:role\/Deploy": STS returned AccessDenied/m,
  );
  assert.match(
    r.stderr,
    /^hint: The trust policy of ".*role\/Deploy" must allow sts:AssumeRole/m,
  );
});

Deno.test("--chain caps the chained session at one hour and says so when more was asked; refuses --all-profiles", async () => {
  await using w = await world();
  const r = await run(w, ["-s", "7200", "--chain", HOP_1, "-f", "noop"]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /chained sessions last at most 1 hour/);
  assert.equal(
    w.sts.calls.find((c) => c.action === "AssumeRole")!.params.DurationSeconds,
    "3600",
  );
  const all = await runCli(["web", ...w.args, "-k", "--chain", HOP_1], {
    home: w.home,
    env: w.env,
  });
  assert.equal(all.code, 2);
  const bad = await run(w, ["--chain", "Deploy"]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /Invalid --chain "Deploy"/);
});

Deno.test("sso --chain: the hop is signed with the Identity Center role's credentials", async () => {
  await using w = await ssoWorld();
  await using sts = await startFakeSts({ alsoTrusted: () => w.ic.issued });
  assert.equal((await w.run(CONFIGURE_DEV)).code, 0);
  const r = await w.run([
    "sso",
    "--profile",
    "dev",
    "--chain",
    HOP_1,
    "-f",
    "process-credentials",
  ], {
    AWS_ENDPOINT_URL_STS: sts.url,
  });
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(sts.calls.map((c) => c.action), ["AssumeRole"]);
  assert.match(
    sts.calls[0]!.authorization!,
    new RegExp(`Credential=${w.ic.issued[0]!.accessKeyId}/`),
  );
  assert.equal(sts.calls[0]!.params.RoleArn, HOP_1);
  assert.equal(JSON.parse(r.stdout).AccessKeyId, sts.issued[0]!.accessKeyId);
});

Deno.test("--chain two hops carry the person's name: each hop named as the one before, --source-identity auto the login; status shows the session's name", async () => {
  await using w = await world();
  const r = await run(w, [
    "--chain",
    `${HOP_1},${HOP_2}`,
    "--source-identity",
    "auto",
    "-f",
    "process-credentials",
  ]);
  assert.equal(r.code, 0, r.stderr);
  const hops = w.sts.calls.filter((c) => c.action === "AssumeRole");
  assert.deepEqual(hops.map((c) => c.params.RoleSessionName), [
    "jane@example.com",
    "jane@example.com",
  ]);
  assert.deepEqual(hops.map((c) => c.params.SourceIdentity), [
    "jane@example.com",
    "jane@example.com",
  ]);
  const status = await runCli(["status"], { home: w.home, env: w.env });
  assert.match(status.stderr, new RegExp(`${HOP_2} as jane@example\\.com \\(`));
});

Deno.test("--source-identity auto into a role whose trust policy lacks sts:SetSourceIdentity names that permission", async () => {
  await using w = await world({ sts: { noSourceIdentity: [HOP_1] } });
  const r = await run(w, ["--chain", HOP_1, "--source-identity", "auto", "-f", "noop"]);
  assert.equal(r.code, 1, r.stderr);
  const { error, hint } = oneError(r);
  assert.match(error, /with a SourceIdentity: STS returned AccessDenied/);
  assert.match(hint, /must allow sts:SetSourceIdentity \(beside sts:AssumeRole\)/);
});
