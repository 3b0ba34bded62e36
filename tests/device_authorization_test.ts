// RFC 8628 polling, each branch against the fake Okta org with an injected clock and a
// recording sleep: pending, slow_down, expired_token, access_denied, expiry, timeouts.
// Errors word their message with the catalogue, as the entry points have them do.
import "../src/i18n/register.ts";
import assert from "node:assert/strict";
import { createHttp } from "../src/http/client.ts";
import { oktaOrg } from "../src/okta/org.ts";
import { pollDeviceToken, requestDeviceAuthorization } from "../src/okta/device_authorization.ts";
import { exchangeForWebSsoToken } from "../src/okta/token_exchange.ts";
import { FlowError } from "../src/errors.ts";
// An error's `message` is worded once the catalogue has loaded (main loads it to print one).
import "../src/i18n/messages.ts";
import { type FakeOktaScript, startFakeOkta } from "./fakes/okta.ts";
import { samlResponse } from "./fakes/saml.ts";

const CLIENT = "0oaclient";
const APP = "0oaapp";
const SCOPE = "openid okta.apps.sso okta.users.read.self";

async function setup(script: Partial<FakeOktaScript>, timeoutMs = 5000) {
  const okta = await startFakeOkta({
    clientId: CLIENT,
    assertions: { [APP]: samlResponse({ roles: [] }) },
    ...script,
  });
  let clock = 1_000_000;
  const sleeps: number[] = [];
  const deps = {
    now: () => clock,
    sleep: (ms: number) => {
      sleeps.push(ms);
      clock += ms;
      return Promise.resolve();
    },
  };
  const http = createHttp({
    fetch,
    service: "okta",
    userAgent: "test",
    operation: "web",
    sleep: deps.sleep,
    timeoutMs,
  });
  const org = oktaOrg(new URL(okta.url), CLIENT, http);
  return { okta, org, deps, sleeps };
}

async function expectCode(promise: Promise<unknown>, code: string) {
  await assert.rejects(promise, (err: unknown) => {
    assert.ok(err instanceof FlowError, String(err));
    assert.equal(err.code, code);
    return true;
  });
}

Deno.test("pollDeviceToken() waits interval before each poll while authorization_pending", async () => {
  const { okta, org, deps, sleeps } = await setup({
    polls: ["authorization_pending", "authorization_pending"],
  });
  try {
    const auth = await requestDeviceAuthorization(org, SCOPE);
    const tokens = await pollDeviceToken(org, auth, deps);
    assert.ok(tokens.access_token && tokens.id_token);
    assert.deepEqual(sleeps, [5000, 5000, 5000]);
  } finally {
    await okta.close();
  }
});

Deno.test("pollDeviceToken() adds 5 s on slow_down, for this and every later poll", async () => {
  const { okta, org, deps, sleeps } = await setup({
    polls: ["slow_down", "authorization_pending", "slow_down", "authorization_pending"],
  });
  try {
    const intervals: number[] = [];
    const auth = await requestDeviceAuthorization(org, SCOPE);
    await pollDeviceToken(org, auth, { ...deps, onSlowDown: (s) => intervals.push(s) });
    assert.deepEqual(sleeps, [5000, 10000, 10000, 15000, 15000]);
    assert.deepEqual(intervals, [10, 15]);
  } finally {
    await okta.close();
  }
});

Deno.test("pollDeviceToken() stops on expired_token", async () => {
  const { okta, org, deps } = await setup({ polls: ["authorization_pending", "expired_token"] });
  try {
    await expectCode(
      pollDeviceToken(org, await requestDeviceAuthorization(org, SCOPE), deps),
      "device_code_expired",
    );
  } finally {
    await okta.close();
  }
});

Deno.test("pollDeviceToken() stops on access_denied", async () => {
  const { okta, org, deps } = await setup({ polls: ["access_denied"] });
  try {
    await expectCode(
      pollDeviceToken(org, await requestDeviceAuthorization(org, SCOPE), deps),
      "access_denied",
    );
  } finally {
    await okta.close();
  }
});

Deno.test("pollDeviceToken() never polls after expires_in has passed", async () => {
  const { okta, org, deps, sleeps } = await setup({
    pollForever: "authorization_pending",
    expiresIn: 20,
  });
  try {
    await expectCode(
      pollDeviceToken(org, await requestDeviceAuthorization(org, SCOPE), deps),
      "device_code_expired",
    );
    assert.deepEqual(sleeps, [5000, 5000, 5000, 5000]);
    assert.equal(okta.count("/oauth2/v1/token"), 4);
  } finally {
    await okta.close();
  }
});

Deno.test("pollDeviceToken() doubles the interval after a request timeout", async () => {
  const { okta, org, deps, sleeps } = await setup({ stallPolls: 1, interval: 1 }, 300);
  try {
    await pollDeviceToken(org, await requestDeviceAuthorization(org, SCOPE), deps);
    assert.deepEqual(sleeps, [1000, 2000]);
  } finally {
    await okta.close();
  }
});

Deno.test("requestDeviceAuthorization() explains unauthorized_client and invalid_client", async () => {
  const a = await setup({
    deviceAuthorizeError: { error: "unauthorized_client", error_description: "no" },
  });
  try {
    await expectCode(requestDeviceAuthorization(a.org, SCOPE), "device_grant_not_enabled");
  } finally {
    await a.okta.close();
  }
  const b = await setup({});
  try {
    const wrong = oktaOrg(b.org.url, "0oawrong", b.org.http);
    await expectCode(requestDeviceAuthorization(wrong, SCOPE), "invalid_client");
  } finally {
    await b.okta.close();
  }
});

Deno.test("the token endpoint answering HTML (captive portal) is named, not parsed", async () => {
  const { okta, org, deps } = await setup({ captivePortal: true });
  try {
    const auth = await requestDeviceAuthorization(org, SCOPE);
    await assert.rejects(
      pollDeviceToken(org, auth, deps),
      (err: unknown) =>
        err instanceof FlowError && err.code === "unexpected_response" &&
        /text\/html \(title: "Hotel WiFi Login"\)/.test(err.message),
    );
  } finally {
    await okta.close();
  }
});

for (const tokenType of ["N_A", "Bearer"] as const) {
  Deno.test(`exchangeForWebSsoToken() accepts token_type ${tokenType}`, async () => {
    const { okta, org, deps } = await setup({ tokenType });
    try {
      const tokens = await pollDeviceToken(org, await requestDeviceAuthorization(org, SCOPE), deps);
      assert.match(await exchangeForWebSsoToken(org, tokens, APP), /^websso-/);
      const call = okta.requests.find((r) => r.form.grant_type?.endsWith("token-exchange"))!;
      assert.equal(call.form.audience, `urn:okta:apps:${APP}`);
      assert.equal(call.form.requested_token_type, "urn:okta:oauth:token-type:web_sso_token");
    } finally {
      await okta.close();
    }
  });
}

const EXCHANGE_ERRORS: [string, string, string][] = [
  [
    "unauthorized_client",
    "The client is not authorized to use the provided grant type.",
    "token_exchange_not_enabled",
  ],
  [
    "invalid_grant",
    "The target audience app must be configured to allow the client to request a 'web_sso_token'.",
    "web_sso_client_not_allowed",
  ],
  [
    "invalid_grant",
    "The application's assurance requirements are not met by the 'subject_token'.",
    "assurance_not_met",
  ],
  [
    "invalid_grant",
    "The 'subject_token' either expired or the session associated with it was terminated.",
    "subject_token_invalid",
  ],
];

for (const [error, description, code] of EXCHANGE_ERRORS) {
  Deno.test(`exchangeForWebSsoToken() maps "${description.slice(0, 40)}..." to ${code}`, async () => {
    const { okta, org, deps } = await setup({
      exchangeError: { error, error_description: description },
    });
    try {
      const tokens = await pollDeviceToken(org, await requestDeviceAuthorization(org, SCOPE), deps);
      await expectCode(exchangeForWebSsoToken(org, tokens, APP), code);
    } finally {
      await okta.close();
    }
  });
}
