// Many callers, one sign-in, across processes: a caller that finds another sign-in under way
// says so once and waits without starting its own; a holder killed with SIGKILL frees the
// lock at once; the wait is bounded by OKTA_AWS_LOCK_TIMEOUT.
import assert from "node:assert/strict";
import { ROLE_DEV, startCli, world } from "./helpers.ts";

const QUIET = { OKTA_AWSCLI_OPEN_BROWSER: "false" };
const DEVICE = "/oauth2/v1/device/authorize";
const WAITING =
  /Waiting for another okta-aws sign-in to 127\.0\.0\.1:\d+ to finish \(lock ".*\/locks\/request-[0-9a-f]{64}\.lock"\)\.\.\./;

Deno.test("a caller that finds a sign-in under way says so once, waits, and starts no second sign-in", async () => {
  await using w = await world({ okta: { holdUntilApproved: true } });
  const args = ["web", ...w.args, "-r", ROLE_DEV, "-f", "process-credentials"];
  const options = { home: w.home, env: { ...w.env, ...QUIET } };
  const first = await startCli(args, options);
  await first.waitForStderr(/user_code=/);
  const second = await startCli(args, options);
  await second.waitForStderr(WAITING);
  // The first caller's user is still signing in: the waiter does not give up or sign in.
  await new Promise((r) => setTimeout(r, 1500));
  assert.equal(w.okta.count(DEVICE), 1);
  w.okta.approve();
  const [a, b] = await Promise.all([first.finish(), second.finish()]);
  assert.equal(a.code, 0, a.stderr);
  assert.equal(b.code, 0, b.stderr);
  assert.equal(JSON.parse(a.stdout).AccessKeyId, JSON.parse(b.stdout).AccessKeyId);
  assert.equal(b.stderr.split("\n").filter((l) => WAITING.test(l)).length, 1, b.stderr);
  assert.doesNotMatch(b.stderr, /user_code=/, "the waiter showed no sign-in of its own");
  assert.equal(w.okta.count(DEVICE), 1, "one device authorization");
  assert.equal(w.sts.calls.length, 1, "one STS call");
});

Deno.test("kill -9 of the caller that holds the lock lets the waiting caller sign in at once", async () => {
  await using w = await world({ okta: { holdUntilApproved: true } });
  const args = ["web", ...w.args, "-r", ROLE_DEV, "-f", "process-credentials"];
  const options = { home: w.home, env: { ...w.env, ...QUIET } };
  const holder = await startCli(args, options);
  await holder.waitForStderr(/user_code=/);
  const waiter = await startCli(args, options);
  await waiter.waitForStderr(WAITING);
  holder.child.kill("SIGKILL");
  assert.equal((await holder.finish()).code, 137);
  // The kernel dropped the holder's locks: the waiter goes on to its own sign-in.
  await waiter.waitForStderr(/user_code=/, 5000);
  w.okta.approve();
  const r = await waiter.finish();
  assert.equal(r.code, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).AccessKeyId, w.sts.issued[0]!.accessKeyId);
  assert.equal(w.okta.count(DEVICE), 2);
});

Deno.test("OKTA_AWS_LOCK_TIMEOUT bounds the wait with an error naming the lock and what to do", async () => {
  await using w = await world({ okta: { holdUntilApproved: true } });
  const args = ["web", ...w.args, "-r", ROLE_DEV, "-f", "process-credentials"];
  const holder = await startCli(args, { home: w.home, env: { ...w.env, ...QUIET } });
  await holder.waitForStderr(/user_code=/);
  const waiter = await startCli(args, {
    home: w.home,
    env: { ...w.env, ...QUIET, OKTA_AWS_LOCK_TIMEOUT: "1" },
  });
  const r = await waiter.finish();
  assert.equal(r.code, 1, r.stderr);
  assert.equal(r.stdout, "");
  assert.match(
    r.stderr,
    /^error: Gave up waiting for another okta-aws sign-in after 1 s \(lock ".*\/locks\/(request|okta)-[0-9a-f]{64}\.lock"\)$/m,
  );
  assert.match(r.stderr, /^hint: Finish or cancel the other sign-in .*OKTA_AWS_LOCK_TIMEOUT/m);
  w.okta.approve();
  assert.equal((await holder.finish()).code, 0);
});
