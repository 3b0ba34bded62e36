// Hostile servers, HTTP level (issue 7, items 2, 3 and 10): STS under the same policy as Okta
// (no redirects, a deadline over the whole body, a body cap), and transient answers while
// polling waited out. Each test asserts the error (or the recovery), the exit code, and that
// the user's files did not change.
import assert from "node:assert/strict";
import { APP_ID, leakedSecrets, ROLE_DEV } from "../helpers.ts";
import { GRANTS, hostileWorld, type Rule, runHostile, snapshot, startHostile } from "./server.ts";

const SIGN_IN = ["web", "-a", APP_ID, "-r", ROLE_DEV, "-z", "-p", "dev"];
const OLD_FILE = "[default]\naws_access_key_id = AKIALONGTERM\naws_secret_access_key = keep\n";

async function withCredentialsFile(home: string): Promise<Map<string, string>> {
  await Deno.mkdir(`${home}/.aws`, { recursive: true });
  await Deno.writeTextFile(`${home}/.aws/credentials`, OLD_FILE);
  return snapshot(home);
}

Deno.test("hostile STS: a 307 is not followed, the assertion goes nowhere else, nothing written", async () => {
  await using elsewhere = await startHostile("http://127.0.0.1:9", [
    { path: "/", misbehave: { status: 200, body: "<x/>", contentType: "text/xml" } },
  ]);
  await using hw = await hostileWorld({
    sts: [{
      path: "/",
      action: "AssumeRoleWithSAML",
      misbehave: { redirect: `${elsewhere.url}/` },
    }],
  });
  const before = await withCredentialsFile(hw.world.home);
  const r = await runHostile(hw, SIGN_IN);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stderr, /redirected to "http:\/\/127\.0\.0\.1:\d+\/"; okta-aws does not follow/);
  assert.equal(elsewhere.caught[0], 0, "nothing was posted to the other origin");
  assert.equal(hw.sts.caught[0], 1, "STS was called once: no retry re-posted the assertion");
  assert.deepEqual(snapshot(hw.world.home), before);
  assert.deepEqual(leakedSecrets(r.stderr, hw.world), []);
});

Deno.test("hostile STS: a body dripping one byte at a time ends at the deadline, named", async () => {
  await using hw = await hostileWorld({
    sts: [{ path: "/", action: "AssumeRoleWithSAML", misbehave: { drip: 300 } }],
  });
  const before = await withCredentialsFile(hw.world.home);
  const r = await runHostile(hw, SIGN_IN, { OKTA_AWS_HTTP_TIMEOUT: "2" });
  assert.equal(r.code, 1, r.stderr);
  assert.match(
    r.stderr,
    /^error: Cannot reach AWS STS at "127\.0\.0\.1:\d+": no complete answer within 2 s$/m,
  );
  assert.match(r.stderr, /^hint: .*--aws-region \(or AWS_ENDPOINT_URL_STS\)/m, "STS's knob");
  assert.doesNotMatch(r.stderr, /--org-domain/, "never Okta's knob for an AWS endpoint");
  assert.doesNotMatch(r.stderr, /Unexpected failure|operation aborted/);
  assert.deepEqual(snapshot(hw.world.home), before);
});

Deno.test("hostile STS: a body over the cap is refused with a named error, nothing written", async () => {
  await using hw = await hostileWorld({
    sts: [{
      path: "/",
      action: "AssumeRoleWithSAML",
      misbehave: { huge: 64 * 1024 * 1024, contentType: "text/xml" },
    }],
  });
  const before = await withCredentialsFile(hw.world.home);
  const r = await runHostile(hw, SIGN_IN);
  assert.equal(r.code, 1, r.stderr);
  assert.match(
    r.stderr,
    /The answer of "127\.0\.0\.1:\d+\/" is over 1048576 bytes; okta-aws stopped reading it/,
  );
  assert.deepEqual(snapshot(hw.world.home), before);
});

Deno.test("hostile Okta: a dripping device authorization ends at the deadline, not 'operation aborted'", async () => {
  await using hw = await hostileWorld({
    okta: [{ path: "/oauth2/v1/device/authorize", misbehave: { drip: 300 } }],
  });
  const r = await runHostile(hw, SIGN_IN, { OKTA_AWS_HTTP_TIMEOUT: "1" });
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stderr, /no complete answer within 1 s/);
  assert.doesNotMatch(r.stderr, /Unexpected failure|aborted/);
});

Deno.test("hostile Okta: one 429 E0000047 with Retry-After while polling, and the approved sign-in goes on", async () => {
  await using hw = await hostileWorld({
    okta: [{
      path: "/oauth2/v1/token",
      grant: GRANTS.device,
      times: 1,
      misbehave: {
        status: 429,
        headers: { "retry-after": "7" },
        body: JSON.stringify({
          errorCode: "E0000047",
          errorSummary: "API call exceeded rate limit due to too many requests.",
        }),
      },
    }],
  });
  const r = await runHostile(hw, SIGN_IN);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /answered 429; retrying in 7 s/);
  assert.ok(r.slept.includes(7000), `waited Retry-After: ${r.slept}`);
  assert.match(await Deno.readTextFile(`${hw.world.home}/.aws/credentials`), /\[dev\]/);
});

Deno.test("hostile Okta: 502 and 503 HTML pages while polling are waited out (doubled interval)", async () => {
  const page = "<html><head><title>502 Bad Gateway</title></head></html>";
  await using hw = await hostileWorld({
    okta: [
      {
        path: "/oauth2/v1/token",
        grant: GRANTS.device,
        times: 1,
        misbehave: { status: 502, body: page, contentType: "text/html" },
      },
      {
        path: "/oauth2/v1/token",
        grant: GRANTS.device,
        times: 1,
        misbehave: { status: 503, body: page, contentType: "text/html" },
      },
    ],
  });
  const r = await runHostile(hw, SIGN_IN);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /answered 502; retrying in 2 s/);
  assert.match(r.stderr, /answered 503; retrying in 2 s/);
  assert.doesNotMatch(r.stderr, /conform/);
});

Deno.test("hostile Okta: a token endpoint that only answers 503 ends after 10 tries, explained", async () => {
  await using hw = await hostileWorld({
    okta: [{
      path: "/oauth2/v1/token",
      grant: GRANTS.device,
      misbehave: { status: 503, body: "{}" },
    }],
  });
  const before = await withCredentialsFile(hw.world.home);
  const r = await runHostile(hw, SIGN_IN);
  assert.equal(r.code, 1, r.stderr);
  assert.equal(hw.okta.caught[0], 10);
  assert.match(
    r.stderr,
    /answered 503 \(busy or failing\) 10 time\(s\); okta-aws stopped waiting/,
  );
  assert.match(r.stderr, /hint: Try again in/);
  assert.deepEqual(snapshot(hw.world.home), before);
});

Deno.test("hostile Okta: a 503 on a GET (appLinks) is retried, Retry-After as an HTTP date honoured", async () => {
  await using hw = await hostileWorld({
    okta: [{
      path: "/api/v1/users/me/appLinks",
      times: 2,
      misbehave: {
        status: 503,
        headers: { "retry-after": new Date(Date.now() + 3000).toUTCString() },
        body: "{}",
      },
    }],
  });
  const r = await runHostile(hw, ["web", "-r", ROLE_DEV, "-z", "-p", "dev"]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(hw.okta.caught[0], 2);
  assert.match(r.stderr, /answered 503; retrying in [1-4] s/);
});

Deno.test("hostile Okta and STS: a call that never answers ends at the deadline, tried once, nothing written, the service and its knob named", async () => {
  for (
    const [rules, service, knob] of [
      [
        { okta: [{ path: "/oauth2/v1/token", grant: GRANTS.exchange, misbehave: { hang: true } }] },
        "the Okta org",
        "--org-domain",
      ],
      [
        { sts: [{ path: "/", action: "AssumeRoleWithSAML", misbehave: { hang: true } }] },
        "AWS STS",
        "--aws-region",
      ],
    ] as [{ okta?: Rule[]; sts?: Rule[] }, string, string][]
  ) {
    await using hw = await hostileWorld(rules);
    const before = await withCredentialsFile(hw.world.home);
    const r = await runHostile(hw, SIGN_IN, { OKTA_AWS_HTTP_TIMEOUT: "1" });
    assert.equal(r.code, 1, r.stderr);
    assert.match(
      r.stderr,
      new RegExp(
        `^error: Cannot reach ${service} at "127\\.0\\.0\\.1:\\d+": no complete answer within 1 s$`,
        "m",
      ),
    );
    assert.match(r.stderr, new RegExp(`^hint: .*${knob}`, "m"));
    assert.deepEqual(snapshot(hw.world.home), before);
    // One try: the AWS SDK does not retry past our deadline (each retry a whole deadline).
    assert.deepEqual([...hw.okta.caught, ...hw.sts.caught].filter((n) => n > 0), [1]);
  }
});

Deno.test("OKTA_AWS_HTTP_TIMEOUT outside 1-600 seconds is a usage error before any call", async () => {
  await using hw = await hostileWorld({});
  const r = await runHostile(hw, SIGN_IN, { OKTA_AWS_HTTP_TIMEOUT: "0" });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /Invalid OKTA_AWS_HTTP_TIMEOUT "0": use whole seconds from 1 to 600/);
  assert.equal(hw.world.okta.requests.length, 0);
});
