// exec --server's credential server on its own, with a clock the test moves: when it renews,
// that concurrent requests share one renewal, and how a failed renewal is said and answered.
import assert from "node:assert/strict";
import {
  RENEW_BEFORE_MS,
  RETRY_AFTER_MS,
  sameSecret,
  startCredentialServer,
} from "../plugins/_credential_server.ts";
import type { CredentialSet } from "../src/credentials.ts";
import { FlowError } from "../src/errors.ts";
import { phrase } from "../src/i18n/messages.ts";

const HOUR = 3600_000;

function set(key: string, expiresAt: number): CredentialSet {
  return {
    profile: "default",
    roleArn: "arn:aws:iam::123456789012:role/Developer",
    credentials: {
      accessKeyId: key,
      secretAccessKey: "secretsecretsecretsecret",
      sessionToken: "tokentokentokentokentoken",
      expiration: new Date(expiresAt),
    },
  };
}

async function ask(server: { url: string; token: string }) {
  const response = await fetch(server.url, { headers: { authorization: server.token } });
  return { status: response.status, body: await response.json() };
}

const NEEDS_USER = new FlowError("renewal_needs_user", {
  reason: phrase("reason_renewal_okta", { org: "acme.okta.com" }),
  next: phrase("next_renewal_okta"),
});

Deno.test("the credential server serves fresh credentials as they are and renews only near expiry, once for concurrent requests", async () => {
  let now = Date.parse("2026-11-26T00:00:00Z");
  let renewals = 0;
  await using server = await startCredentialServer(set("ASIAFIRST0000000", now + HOUR), {
    renew: async () => {
      renewals++;
      await new Promise((r) => setTimeout(r, 50));
      return set("ASIASECOND000000", now + HOUR);
    },
    now: () => now,
    log: () => {},
    lang: "en",
  });
  const first = await ask(server);
  assert.equal(first.status, 200);
  assert.equal(first.body.AccessKeyId, "ASIAFIRST0000000");
  assert.equal(first.body.Token, "tokentokentokentokentoken");
  assert.equal(first.body.Expiration, "2026-11-26T01:00:00Z");
  assert.equal(first.body.AccountId, "123456789012");
  now += HOUR - RENEW_BEFORE_MS - 1000; // still more than the margin left
  assert.equal((await ask(server)).body.AccessKeyId, "ASIAFIRST0000000");
  assert.equal(renewals, 0);
  now += 2000; // inside the margin: three requests at once, one renewal
  const answers = await Promise.all([ask(server), ask(server), ask(server)]);
  assert.deepEqual(answers.map((a) => a.body.AccessKeyId), Array(3).fill("ASIASECOND000000"));
  assert.equal(renewals, 1);
});

Deno.test("a failed renewal: current credentials served with one notice and no retry for a while; after expiry a RenewalFailed answer and one error; a later renewal recovers", async () => {
  let now = Date.parse("2026-11-26T00:00:00Z");
  const start = now;
  let attempts = 0;
  let fixed = false;
  const lines: string[] = [];
  await using server = await startCredentialServer(set("ASIAFIRST0000000", now + 15 * 60_000), {
    renew: () => {
      attempts++;
      return fixed
        ? Promise.resolve(set("ASIARENEWED00000", now + HOUR))
        : Promise.reject(NEEDS_USER);
    },
    now: () => now,
    log: (line) => lines.push(line),
    lang: "en",
  });
  now += 8 * 60_000; // 7 minutes left: inside the margin (half a 15-minute life)
  assert.equal((await ask(server)).body.AccessKeyId, "ASIAFIRST0000000");
  assert.equal((await ask(server)).body.AccessKeyId, "ASIAFIRST0000000");
  assert.equal(attempts, 1, "no second try within RETRY_AFTER_MS");
  now += RETRY_AFTER_MS + 1;
  assert.equal((await ask(server)).body.AccessKeyId, "ASIAFIRST0000000");
  assert.equal(attempts, 2);
  assert.equal(lines.length, 1, lines.join("\n"));
  assert.match(
    lines[0]!,
    /^notice: the credential server could not renew the credentials \(Cannot renew .*acme\.okta\.com.*\); the command keeps the current ones until 2026-11-26T00:15:00Z$/,
  );

  now = start + 15 * 60_000 + 1; // expired
  const refused = await ask(server);
  assert.equal(refused.status, 400);
  assert.equal(refused.body.Code, "RenewalFailed");
  assert.match(
    refused.body.Message,
    /^Cannot renew the running command's credentials without you: the Okta session at "acme\.okta\.com" ended .*In another terminal, sign in/,
  );
  assert.equal((await ask(server)).status, 400);
  assert.equal(attempts, 4, "expired credentials: every request tries again");
  assert.equal(lines.filter((l) => l.startsWith("error: ")).length, 1);
  assert.equal(lines.filter((l) => l.startsWith("hint: ")).length, 1);

  fixed = true;
  const back = await ask(server);
  assert.equal(back.status, 200);
  assert.equal(back.body.AccessKeyId, "ASIARENEWED00000");
});

Deno.test("sameSecret() compares by value whatever the lengths", async () => {
  assert.equal(await sameSecret("abc", "abc"), true);
  assert.equal(await sameSecret("abc", "abd"), false);
  assert.equal(await sameSecret("", "abc"), false);
  assert.equal(await sameSecret("abc".repeat(1000), "abc"), false);
});
