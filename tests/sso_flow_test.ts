// The Identity Center sign-in as a flow function against the fake service, with a clock and a
// sleep of the test's own: RFC 8628 polling (slow_down adds 5 s, the code's lifetime bounds it),
// refused browser URLs, and answers that are not credentials.
import assert from "node:assert/strict";
import { createHttp } from "../src/http/client.ts";
import { acquireCacheLock } from "../src/cache/store.ts";
import { tokenCaches } from "../src/cache/sso_tokens.ts";
import { registrationStore } from "../src/cache/sso_registrations.ts";
import { listenForCallback } from "../src/http/loopback_callback.ts";
import { ssoLogin, type SsoLoginOptions } from "../src/flow/sso/login.ts";
import { ssoProvider } from "../src/flow/sso/credentials.ts";
import { ssoConfigure } from "../src/flow/sso/configure.ts";
import { noTerminalPicker } from "../src/ui/picker.ts";
import type { Question } from "../src/ui/ask.ts";
import type { SsoDeps } from "../src/flow/sso/deps.ts";
import { FlowError } from "../src/errors.ts";
import { type FakeIdentityCenterScript, startFakeIdentityCenter } from "./fakes/identity_center.ts";
import { ACCOUNTS, START_URL } from "./sso_world.ts";

interface Harness {
  deps: SsoDeps;
  slept: number[];
  lines: string[];
  opened: string[];
  calls: () => string[];
  close(): Promise<void>;
  [Symbol.asyncDispose](): Promise<void>;
}

/** The fake, a temporary home, and deps whose sleep only moves a virtual clock. */
async function harness(script: Partial<FakeIdentityCenterScript> = {}): Promise<Harness> {
  const ic = await startFakeIdentityCenter({ accounts: ACCOUNTS, ...script });
  const home = await Deno.makeTempDir({ prefix: "okta-aws-ssoflow-" });
  let clock = Date.now();
  const slept: number[] = [];
  const lines: string[] = [];
  const opened: string[] = [];
  const deps: SsoDeps = {
    http: {
      oidc: createHttp({ fetch, service: "sso_oidc", sleep: () => Promise.resolve() }),
      portal: createHttp({ fetch, service: "sso_portal", sleep: () => Promise.resolve() }),
    },
    env: { HOME: home },
    endpoints: { oidc: ic.url, portal: ic.url },
    now: () => clock,
    sleep: (ms) => {
      slept.push(ms);
      clock += ms;
      return Promise.resolve();
    },
    log: (line) => lines.push(line),
    lang: "en",
    openUrl: (url) => {
      opened.push(url);
      return Promise.resolve();
    },
    qrCode: (text) => Promise.resolve(`[qr ${text}]`),
    lock: (name) => acquireCacheLock(`${home}/cache`, name, 5_000),
    registrations: registrationStore(`${home}/cache`),
    tokens: tokenCaches({ HOME: home }, `${home}/cache`, false, () => {}),
    listen: listenForCallback,
  };
  return {
    deps,
    slept,
    lines,
    opened,
    calls: () => ic.calls.map((c) => c.op),
    [Symbol.asyncDispose](this: Harness) {
      return this.close();
    },
    async close() {
      await ic.close();
      await Deno.remove(home, { recursive: true });
    },
  };
}

const SESSION = {
  name: "okta",
  startUrl: START_URL,
  region: "ap-northeast-2",
  scopes: ["sso:account:access"],
};
const DEVICE: SsoLoginOptions = {
  session: SESSION,
  method: "device",
  openBrowser: true,
  qrCode: false,
  force: false,
};

Deno.test("ssoLogin() by device code waits the interval, adds 5 s after SlowDownException, and opens verificationUriComplete", async () => {
  await using h = await harness({ device: "slow_down" });
  const result = await ssoLogin(DEVICE, h.deps);
  assert.equal(result.reused, false);
  assert.deepEqual(h.slept, [1000, 6000]);
  assert.equal(h.opened.length, 1);
  assert.match(h.opened[0]!, /\/device\?user_code=ABCD-EFGH$/);
  assert.equal(h.calls().filter((c) => c === "POST /token").length, 3);
});

Deno.test("ssoLogin() stops polling when the device code's lifetime is over: device_code_expired", async () => {
  await using h = await harness({ device: "pending" });
  await assert.rejects(
    ssoLogin(DEVICE, h.deps),
    (e: unknown) => e instanceof FlowError && e.code === "device_code_expired",
  );
  // 600 s at 1 s per poll, then no more: bounded by the code's lifetime.
  assert.ok(h.slept.length >= 590 && h.slept.length <= 600, String(h.slept.length));
});

Deno.test("ssoLogin() refuses a verification URI that is not https and opens nothing", async () => {
  await using h = await harness({ verificationUri: "javascript:alert(1)" });
  await assert.rejects(
    ssoLogin(DEVICE, h.deps),
    (e: unknown) => e instanceof FlowError && e.code === "verification_uri_refused",
  );
  assert.deepEqual(h.opened, []);
});

Deno.test("ssoLogin() by device code: a denial is sso_access_denied", async () => {
  await using h = await harness({ device: "deny" });
  await assert.rejects(
    ssoLogin(DEVICE, h.deps),
    (e: unknown) => e instanceof FlowError && e.code === "sso_access_denied",
  );
});

Deno.test("ssoProvider() refuses role credentials that are not AWS credentials: credentials_invalid", async () => {
  await using h = await harness({
    roleCredentials: {
      accessKeyId: "ASIA$(reboot)AAAAAAAAAA",
      secretAccessKey: "x".repeat(40),
      sessionToken: "y".repeat(100),
      expiration: Date.now() + 3600_000,
    },
  });
  await ssoLogin(DEVICE, h.deps);
  const provider = ssoProvider({
    profile: {
      profile: "dev",
      session: SESSION,
      accountId: "111111111111",
      roleName: "ReadOnly",
    },
    writeCliCache: true,
    login: "okta-aws sso login --profile dev",
  }, h.deps);
  await assert.rejects(
    provider.retrieve(),
    (e: unknown) => e instanceof FlowError && e.code === "credentials_invalid",
  );
  // Nothing was written for the AWS CLI either.
  assert.throws(() => Deno.statSync(`${h.deps.env.HOME}/.aws/cli/cache`), Deno.errors.NotFound);
});

Deno.test("ssoConfigure() offers a named profile's current region and output as the defaults", async () => {
  await using h = await harness();
  const asked: Question[] = [];
  const result = await ssoConfigure({
    given: {
      sessionName: "okta",
      startUrl: START_URL,
      ssoRegion: "ap-northeast-2",
      accountId: "111111111111",
      roleName: "Admin",
      profile: "dev",
    },
    makeDefault: false,
    all: false,
    template: "{account_name}-{role_name}",
    prune: false,
    checkRegion: () => undefined,
    checkStartUrl: () => undefined,
    checkName: () => undefined,
    checkOutput: () => undefined,
  }, {
    ...h.deps,
    ask: (q) => {
      asked.push(q);
      return Promise.resolve(q.fallback ?? "");
    },
    pick: noTerminalPicker,
    config: {
      path: "/none",
      profiles: { dev: { region: "eu-west-1", output: "yaml" } },
      sessions: {},
    },
    login: async (session) => (await ssoLogin({ ...DEVICE, session }, h.deps)).file,
  });
  // The session's answers all given: its scopes are the default, not a question.
  assert.deepEqual(asked.map((q) => [q.flag, q.fallback]), [
    ["--region", "eu-west-1"],
    ["--output", "yaml"],
  ]);
  const profile = result.edits.find((e) => e.section === "profile dev")!;
  assert.ok("changes" in profile);
  assert.equal(profile.changes.region, "eu-west-1");
  assert.equal(profile.changes.sso_role_name, "Admin");
});
