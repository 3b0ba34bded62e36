// The robustness list of issue 7 (item 10): each was a crash or a misleading message; each
// now has its clear error or its recovery.
import assert from "node:assert/strict";
import { APP_ID, PROVIDER, ROLE_DEV, startCli, world } from "../helpers.ts";
import { GRANTS, hostileWorld, type Rule, runHostile } from "./server.ts";
import { exitStatus, signalNumber } from "../../plugins/_signals.ts";
import { spawnStatus } from "../../plugins/exec.ts";
import { extractSamlResponse } from "../../src/okta/saml.ts";

const SIGN_IN = ["web", "-a", APP_ID, "-r", ROLE_DEV];

Deno.test("exec: 127 only for not found, 126 only for not executable, 1 (and the reason) otherwise", () => {
  assert.equal(spawnStatus(new Deno.errors.NotFound("x")), 127);
  assert.equal(spawnStatus(new Deno.errors.PermissionDenied("x")), 126);
  assert.equal(spawnStatus(new Error("Too many open files (os error 24)")), 1);
});

Deno.test("exit statuses of signals use the OS's numbers (SIGXCPU, SIGSYS, SIGUSR1 differ)", () => {
  const killed = (signal: Deno.Signal) => ({ success: false, code: 1, signal });
  assert.equal(exitStatus(killed("SIGXCPU"), "linux"), 152);
  assert.equal(exitStatus(killed("SIGSYS"), "linux"), 159);
  assert.equal(exitStatus(killed("SIGSYS"), "darwin"), 140);
  assert.equal(exitStatus(killed("SIGUSR1"), "linux"), 138);
  assert.equal(exitStatus(killed("SIGUSR1"), "darwin"), 158);
  assert.equal(exitStatus(killed("SIGBUS"), "darwin"), 138);
  assert.equal(exitStatus({ success: true, code: 0, signal: null }, "linux"), 0);
  assert.equal(signalNumber("SIGPWR", "darwin"), undefined);
});

for (const signal of ["SIGTERM", "SIGUSR1", "SIGUSR2"] as const) {
  Deno.test(`exec forwards ${signal} to the child (never dying and orphaning it) and returns its status`, async () => {
    await using w = await world();
    const name = signal.slice(3);
    const running = await startCli(
      [
        "web",
        ...w.args,
        "-r",
        ROLE_DEV,
        "--",
        "sh",
        "-c",
        `trap "echo got ${name} >&2; exit 7" ${name}; echo ready >&2; while :; do sleep 0.1; done`,
      ],
      { home: w.home, env: w.env },
    );
    await running.waitForStderr(/ready/);
    running.child.kill(signal);
    const r = await running.finish();
    assert.equal(r.code, 7, r.stderr);
    assert.match(r.stderr, new RegExp(`got ${name}`));
  });
}

Deno.test("a SAML page with 300,000 nested elements is walked without overflowing the stack", async () => {
  const depth = 300_000;
  const html = `<html><body>${"<div>".repeat(depth)}<input name="SAMLResponse" value="QUJD">${
    "</div>".repeat(depth)
  }</body></html>`;
  assert.equal(await extractSamlResponse(html), "QUJD");
});

Deno.test("appLinks: a non-string label, a self-referencing Link and duplicates give unique, named choices", async () => {
  const links = [
    { appName: "amazon_aws", appInstanceId: APP_ID, label: "AWS Prod" },
    { appName: "amazon_aws", appInstanceId: "0oaother", label: { en: "x" } },
    { appName: "amazon_aws", appInstanceId: "0oaother", label: "dup" },
    null,
    { appName: "amazon_aws", appInstanceId: 42 },
  ];
  await using hw = await hostileWorld({
    okta: [{
      path: "/api/v1/users/me/appLinks",
      misbehave: {
        status: 200,
        body: JSON.stringify(links),
        headers: { link: '</api/v1/users/me/appLinks>; rel="next"' },
      },
    }],
  });
  const r = await runHostile(hw, ["web"]);
  assert.equal(r.code, 1, r.stderr);
  assert.equal(hw.okta.caught[0], 1, "the Link back to the same page ends the walk");
  assert.match(r.stderr, /the choices are: AWS Prod \(0oatestfedapp\), 0oaother\n/);
  assert.equal(r.stderr.match(/0oaother/g)?.length, 1, r.stderr);
});

const AUTHORIZE = "/oauth2/v1/device/authorize";
const TOKEN = "/oauth2/v1/token";
const NAMED = (step: string, field: string) =>
  new RegExp(
    `Okta at "127\\.0\\.0\\.1:\\d+" sent an answer okta-aws cannot use \\(${step}\\): .*${field}`,
  );

for (
  const [what, rule, expected] of [
    [
      "a device authorization with interval 0",
      { path: AUTHORIZE, misbehave: { json: (b) => ({ ...b, interval: 0 }) } },
      NAMED("device authorization", '"interval" property must be a positive number'),
    ],
    [
      "a device authorization whose device_code is a number",
      { path: AUTHORIZE, misbehave: { json: (b) => ({ ...b, device_code: 12 }) } },
      NAMED("device authorization", '"device_code"'),
    ],
    [
      "a device token answer without id_token",
      {
        path: TOKEN,
        grant: GRANTS.device,
        misbehave: { json: (b) => ({ ...b, id_token: undefined }) },
      },
      /"127\.0\.0\.1:\d+".*no id_token/,
    ],
    [
      "a device token answer that is not JSON",
      { path: TOKEN, grant: GRANTS.device, misbehave: { status: 200, body: '{"a": "b", ' } },
      NAMED("device token", ""),
    ],
  ] as [string, Rule, RegExp][]
) {
  Deno.test(`${what}: the org and the field are named, never "report it"`, async () => {
    await using hw = await hostileWorld({ okta: [rule] });
    const r = await runHostile(hw, SIGN_IN);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, expected);
    assert.doesNotMatch(r.stderr, /Unexpected failure|report it/);
  });
}

Deno.test("a malformed Role value is skipped with a warning; the other roles still work", async () => {
  await using hw = await hostileWorld({}, {
    saml: {
      roles: [
        { provider: PROVIDER, role: ROLE_DEV },
        { provider: "garbage", role: "not-an-arn" },
      ],
    },
  });
  const r = await runHostile(hw, [...SIGN_IN, "--format", "process-credentials"]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(
    r.stderr,
    /warning: skipped the Role value "garbage,not-an-arn" of app 0oatestfedapp/,
  );
  assert.equal(JSON.parse(r.stdout).Version, 1);
});
