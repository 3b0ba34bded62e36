// `okta-aws m2m` and `okta-aws direct` end to end as CI and a browserless host run them:
// main.ts spawned against the fake Okta (client credentials, direct authentication) and the
// fake STS (AssumeRoleWithWebIdentity), checking stdout, stderr, exit codes and secrets.
import assert from "node:assert/strict";
import * as oauth from "oauth4webapi";
import { generateKeyPairSync } from "node:crypto";
import { clientCredentialsToken } from "../src/okta/client_credentials.ts";
import { oktaServer } from "../src/okta/org.ts";
import { signingKey } from "../src/okta/private_key.ts";
import { FlowError } from "../src/errors.ts";
import { TEST_CA_FILE } from "./fakes/serve.ts";
import {
  headlessWorld,
  type KeyForm,
  M2M_CLIENT,
  PASSWORD,
  ROLE_CI,
  testKey,
  USER,
} from "./headless_world.ts";

const FORMS: KeyForm[] = ["rsa-pkcs1", "rsa-pkcs8", "ec256-sec1", "ec384-pkcs8", "ec521-sec1"];

/** The JWT's payload (the fakes' tokens and assertions). */
function claims(jwt: string): Record<string, unknown> {
  return JSON.parse(atob(jwt.split(".")[1]!.replace(/-/g, "+").replace(/_/g, "/")));
}

/** Files under `dir` holding any of `secrets`, except `allowed` (the intended sink). */
function filesHolding(dir: string, secrets: string[], allowed: string[] = []): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of Deno.readDirSync(d)) {
      const path = `${d}/${e.name}`;
      if (e.isDirectory) walk(path);
      else if (!allowed.some((a) => path.endsWith(a))) {
        const text = Deno.readTextFileSync(path);
        if (secrets.some((s) => text.includes(s))) out.push(path);
      }
    }
  };
  walk(dir);
  return out;
}

for (const form of FORMS) {
  Deno.test(`m2m signs its client assertion with a ${form} key and delivers process-credentials`, async () => {
    const key = await testKey(form);
    await using w = await headlessWorld({ keys: { kid1: key.publicKey } });
    await Deno.writeTextFile(`${w.home}/key.pem`, key.pem);
    const r = await w.run([
      "m2m",
      "--key-id",
      "kid1",
      "--private-key-file",
      `${w.home}/key.pem`,
      "-f",
      "process-credentials",
    ]);
    assert.equal(r.code, 0, r.stderr);
    const json = JSON.parse(r.stdout);
    assert.equal(json.Version, 1);
    assert.equal(json.AccessKeyId, w.sts.issued[0]!.accessKeyId);
    const call = w.sts.calls.find((c) => c.action === "AssumeRoleWithWebIdentity")!;
    assert.equal(call.params.RoleArn, ROLE_CI);
    // CloudTrail names the client: its id is the session's name.
    assert.equal(call.params.RoleSessionName, M2M_CLIENT);
    assert.equal(claims(call.params.WebIdentityToken!).iss, `${w.okta.url}/oauth2/default`);
    const token = w.okta.requests.find((q) => q.form.grant_type === "client_credentials")!;
    assert.equal(token.path, "/oauth2/default/v1/token");
    assert.equal(token.form.scope, "okta-m2m-access");
    const assertion = claims(token.form.client_assertion!);
    assert.equal(assertion.exp as number - (assertion.iat as number), 300);
    assert.equal(assertion.aud, `${w.okta.url}/oauth2/default/v1/token`);
    assert.equal(token.headers["x-okta-aws-cli-operation"], "m2m");
    assert.deepEqual(w.okta.refusals, []);
  });
}

Deno.test("m2m runs a command with the credentials (exec), caches them for process-credentials, and keeps the key out of every output and file", async () => {
  const key = await testKey("rsa-pkcs8");
  await using w = await headlessWorld({ keys: { kid1: key.publicKey } });
  const env = { OKTA_AWSCLI_KEY_ID: "kid1", OKTA_AWSCLI_PRIVATE_KEY: key.pem };
  const exec = await w.run(
    ["m2m", "--debug", "--debug-api-calls", "--", "sh", "-c", "echo $AWS_ACCESS_KEY_ID"],
    env,
  );
  assert.equal(exec.code, 0, exec.stderr);
  assert.match(exec.stdout, /^ASIA[A-Z0-9]{16}\n$/);
  const first = await w.run(["m2m", "-f", "process-credentials"], env);
  const second = await w.run(["m2m", "-f", "process-credentials"], env);
  assert.equal(JSON.parse(second.stdout).AccessKeyId, JSON.parse(first.stdout).AccessKeyId);
  assert.equal(
    w.okta.requests.filter((q) => q.form.grant_type === "client_credentials").length,
    2,
    "exec and the first process-credentials call; the second came from the cache",
  );
  const keyBody = key.pem.split("\n")[1]!;
  const secrets = w.secrets([keyBody]);
  for (const r of [exec, first, second]) {
    assert.ok(!secrets.some((s) => r.stderr.includes(s)), r.stderr);
  }
  assert.match(exec.stderr, /\[api\] > POST /);
  assert.deepEqual(filesHolding(w.home, [keyBody, ...w.okta.secrets]), []);
});

Deno.test("m2m: --private-key on the command line works, with a warning pointing to the file or variable", async () => {
  const key = await testKey("ec256-sec1");
  await using w = await headlessWorld({ keys: { kid1: key.publicKey } });
  const oneLine = key.pem.trim().replaceAll("\n", "\\n");
  const r = await w.run(["m2m", "-i", "kid1", "-k", oneLine, "-f", "noop"]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(
    r.stderr,
    /--private-key on the command line is visible.*--private-key-file or OKTA_AWSCLI_PRIVATE_KEY/,
  );
  assert.ok(!r.stderr.includes(key.pem.split("\n")[1]!));
});

Deno.test("m2m says which key form it saw and which work, never the key", async () => {
  await using w = await headlessWorld();
  const openssh =
    "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\n-----END OPENSSH PRIVATE KEY-----\n";
  await Deno.writeTextFile(`${w.home}/id`, openssh);
  const r = await w.run(["m2m", "-i", "kid1", "-b", `${w.home}/id`]);
  assert.equal(r.code, 1);
  assert.match(
    r.stderr,
    /^error: Cannot sign with the private key: found a PEM "OPENSSH PRIVATE KEY" block; okta-aws signs with PEM PKCS#8/m,
  );
  assert.match(r.stderr, /^hint: Convert it, e\.g\. openssl pkcs8/m);
  assert.ok(!r.stderr.includes("b3BlbnNzaC1rZXktdjEA"));
  assert.equal(w.okta.requests.length, 0);
});

Deno.test("m2m reports a refused client assertion clearly (unknown key id), and an IAM without the OIDC provider", async () => {
  const key = await testKey("rsa-pkcs1");
  await using w = await headlessWorld({ keys: { kid1: key.publicKey } });
  await Deno.writeTextFile(`${w.home}/key.pem`, key.pem);
  const wrong = await w.run(["m2m", "-i", "kid2", "-b", `${w.home}/key.pem`]);
  assert.equal(wrong.code, 1);
  assert.match(
    wrong.stderr,
    /^error: Okta at "127\.0\.0\.1:\d+" refused the client assertion: invalid_client: No public key registered with kid "kid2"\./m,
  );
  assert.match(wrong.stderr, /^hint: Check --oidc-client-id, that --key-id is the kid/m);
  w.sts.script.oidcIssuers = [];
  const noProvider = await w.run(["m2m", "-i", "kid1", "-b", `${w.home}/key.pem`]);
  assert.equal(noProvider.code, 1);
  assert.match(
    noProvider.stderr,
    /STS does not trust tokens of "http:\/\/127\.0\.0\.1:\d+\/oauth2\/default"/,
  );
  assert.match(
    noProvider.stderr,
    /^hint: In the role's account, add an IAM OpenID Connect identity provider/m,
  );
});

Deno.test("the fake refuses a replayed client assertion, and an expired one is reported as client_assertion_refused", async () => {
  const key = await testKey("rsa-pkcs8");
  await using w = await headlessWorld({ keys: { kid1: key.publicKey } });
  await Deno.writeTextFile(`${w.home}/key.pem`, key.pem);
  assert.equal(
    (await w.run(["m2m", "-i", "kid1", "-b", `${w.home}/key.pem`, "-f", "noop"])).code,
    0,
  );
  const sent = w.okta.requests.find((q) => q.form.grant_type === "client_credentials")!;
  const replay = await fetch(`${w.okta.url}${sent.path}`, {
    method: "POST",
    body: new URLSearchParams(sent.form),
  });
  assert.equal(replay.status, 401);
  assert.match((await replay.json()).error_description, /already been used/);
  // A machine whose clock is 400 s behind signs an assertion that has already expired.
  const server = oktaServer(new URL(w.okta.url), M2M_CLIENT, fetch, "default");
  server.client[oauth.clockSkew] = -400;
  await assert.rejects(
    clientCredentialsToken(server, await signingKey(key.pem), "kid1", "okta-m2m-access"),
    (e: unknown) =>
      e instanceof FlowError && e.code === "client_assertion_refused" &&
      /expired/.test(String(e.params.description)),
  );
});

Deno.test("m2m without its org and role names both in one usage error, and refuses a role that is not an ARN, before any request", async () => {
  await using w = await headlessWorld();
  const r = await w.run(["m2m"], { OKTA_AWSCLI_IAM_ROLE: "", OKTA_AWSCLI_ORG_DOMAIN: "" });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--org-domain/);
  assert.match(r.stderr, /--aws-iam-role/);
  const bad = await w.run(["m2m", "-i", "k", "-b", "/nope", "-r", "Admin"]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /Invalid --aws-iam-role "Admin"/);
  assert.equal(w.okta.requests.length, 0);
});

Deno.test("direct shows the number to tap, polls through pending and slow_down, and delivers the role's credentials", async () => {
  await using w = await headlessWorld({ pushPolls: ["authorization_pending", "slow_down"] });
  const r = await w.run(["direct", "--username", USER, "-f", "process-credentials"], {
    OKTA_AWSCLI_PASSWORD: PASSWORD,
  });
  assert.equal(r.code, 0, r.stderr);
  assert.match(
    r.stderr,
    /Okta Verify: tap 42 on your phone to approve the sign-in of jane@example\.com\./,
  );
  assert.match(r.stderr, /poll more slowly; waiting 6 s/);
  assert.equal(JSON.parse(r.stdout).AccessKeyId, w.sts.issued[0]!.accessKeyId);
  // CloudTrail names the person: the session is named by the user's login.
  const assumed = w.sts.calls.find((c) => c.action === "AssumeRoleWithWebIdentity")!;
  assert.equal(assumed.params.RoleSessionName, USER);
  const paths = w.okta.requests.map((q) => `${q.path} ${q.form.grant_type ?? ""}`.trim());
  assert.deepEqual(paths, [
    "/oauth2/default/v1/token password",
    "/oauth2/default/v1/challenge",
    "/oauth2/default/v1/token http://auth0.com/oauth/grant-type/mfa-oob",
    "/oauth2/default/v1/token http://auth0.com/oauth/grant-type/mfa-oob",
    "/oauth2/default/v1/token http://auth0.com/oauth/grant-type/mfa-oob",
  ]);
  assert.equal(w.okta.requests[1]!.form.channel_hint, "push");
  assert.ok(!w.secrets([PASSWORD]).some((s) => r.stderr.includes(s)));
});

Deno.test("direct works with the org authorization server (--authz-id org), exec, and no secret in --debug-api-calls", async () => {
  await using w = await headlessWorld({ mfa: "push", pushPolls: [] });
  const r = await w.run(
    [
      "direct",
      "-a",
      USER,
      "-u",
      "org",
      "--debug-api-calls",
      "--",
      "sh",
      "-c",
      "echo $AWS_SESSION_TOKEN",
    ],
    { OKTA_AWSCLI_PASSWORD: PASSWORD },
  );
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /An Okta Verify push was sent to jane@example\.com/);
  assert.equal(r.stdout.trim(), w.sts.issued[0]!.sessionToken);
  assert.ok(w.okta.requests.every((q) => q.path.startsWith("/oauth2/v1/")));
  const call = w.sts.calls.find((c) => c.action === "AssumeRoleWithWebIdentity")!;
  assert.equal(claims(call.params.WebIdentityToken!).iss, w.okta.url);
  const secrets = w.secrets([PASSWORD]);
  assert.ok(!secrets.some((s) => r.stderr.includes(s)), r.stderr);
  // A password has no fingerprint (a dictionary would reverse one); tokens keep theirs.
  assert.match(r.stderr, /password=<redacted>(&|$)/m);
  assert.doesNotMatch(r.stderr, /password=<redacted:/);
  // The AWS credentials rest in the exec credential cache (their intended sink); the
  // password and Okta's tokens nowhere.
  assert.deepEqual(filesHolding(w.home, [PASSWORD, ...w.okta.secrets]), []);
});

Deno.test("direct: a wrong password, a denied push, and no password without a terminal each say what to do", async () => {
  await using w = await headlessWorld({ pushOutcome: "deny", pushPolls: [] });
  const wrong = await w.run(["direct", "-a", USER], { OKTA_AWSCLI_PASSWORD: "nope-nope-nope" });
  assert.equal(wrong.code, 1);
  assert.match(wrong.stderr, /refused the username or password/);
  const denied = await w.run(["direct", "-a", USER], { OKTA_AWSCLI_PASSWORD: PASSWORD });
  assert.equal(denied.code, 1);
  assert.match(denied.stderr, /^error: The Okta Verify push was denied$/m);
  const none = await w.run(["direct", "-a", USER]);
  assert.equal(none.code, 2);
  assert.match(none.stderr, /OKTA_AWSCLI_PASSWORD/);
  const flag = await w.run(["direct", "-a", USER, "--password", PASSWORD, "-f", "noop"]);
  assert.match(flag.stderr, /--password on the command line is visible/);
});

Deno.test("m2m --format console prints the console URL of the CI role", async () => {
  const { startFakeSignin } = await import("./fakes/signin.ts");
  const key = await testKey("ec256-sec1");
  await using w = await headlessWorld({ keys: { kid1: key.publicKey } });
  await using signin = await startFakeSignin([w.sts]);
  await Deno.writeTextFile(`${w.home}/key.pem`, key.pem);
  const r = await w.run([
    "m2m",
    "-i",
    "kid1",
    "-b",
    `${w.home}/key.pem`,
    "-f",
    "console",
    "--print",
  ], {
    OKTA_AWS_SIGNIN_URL: `${signin.url}/federation`,
  });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(new URL(r.stdout.trim()).searchParams.get("SigninToken"), signin.tokens[0]);
  assert.equal(signin.calls[0]!.accessKeyId, w.sts.issued[0]!.accessKeyId);
});

Deno.test("m2m against an HTTPS org: untrusted, the Okta org's TLS is named; with AWS_CA_BUNDLE it signs in", async () => {
  const key = await testKey("ec256-sec1");
  await using w = await headlessWorld({ keys: { kid1: key.publicKey }, listen: { tls: true } });
  await Deno.writeTextFile(`${w.home}/key.pem`, key.pem);
  const args = ["m2m", "--key-id", "kid1", "--private-key-file", `${w.home}/key.pem`];
  const untrusted = await w.run([...args, "-f", "noop"]);
  assert.equal(untrusted.code, 1, untrusted.stderr);
  assert.match(
    untrusted.stderr,
    /^error: Cannot reach the Okta org at "127\.0\.0\.1:\d+": TLS certificate not trusted/m,
  );
  const r = await w.run([...args, "-f", "process-credentials"], { AWS_CA_BUNDLE: TEST_CA_FILE });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).AccessKeyId, w.sts.issued[0]!.accessKeyId);
});

Deno.test("m2m reads a key file with text around the key or a certificate before it, and warns when others may read it", async () => {
  const key = await testKey("rsa-pkcs8");
  await using w = await headlessWorld({ keys: { kid1: key.publicKey } });
  const path = `${w.home}/bundle.pem`;
  const certificate = Deno.readTextFileSync(TEST_CA_FILE);
  Deno.writeTextFileSync(
    path,
    `Bag Attributes\n    friendlyName: ci\n${certificate}\r\nsubject=/CN=ci\r\n${
      key.pem.replaceAll("\n", "\r\n")
    }trailing words\n`,
  );
  Deno.chmodSync(path, 0o644);
  const open = await w.run(["m2m", "-i", "kid1", "-b", path, "-f", "noop"]);
  assert.equal(open.code, 0, open.stderr);
  assert.match(
    open.stderr,
    /^notice: other users may read the private key ".*bundle\.pem"; run: chmod 600 ".*bundle\.pem"$/m,
  );
  Deno.chmodSync(path, 0o600);
  const closed = await w.run(["m2m", "-i", "kid1", "-b", path, "-f", "noop"]);
  assert.equal(closed.code, 0, closed.stderr);
  assert.doesNotMatch(closed.stderr, /other users may read/);
});

Deno.test("m2m refuses an RSA key under 2048 bits itself, before any request to Okta", async () => {
  await using w = await headlessWorld();
  const { privateKey } = generateKeyPairSync("rsa", {
    modulusLength: 1024,
    privateKeyEncoding: { type: "pkcs8", format: "pem" },
    publicKeyEncoding: { type: "spki", format: "pem" },
  });
  await Deno.writeTextFile(`${w.home}/short.pem`, privateKey, { mode: 0o600 });
  const r = await w.run(["m2m", "-i", "kid1", "-b", `${w.home}/short.pem`]);
  assert.equal(r.code, 1, r.stderr);
  assert.match(
    r.stderr,
    /^error: The private key is RSA with 1024 bits; okta-aws signs with RSA keys of 2048 bits or more$/m,
  );
  assert.match(r.stderr, /^hint: Make a new key \(openssl genpkey/m);
  assert.equal(w.okta.requests.length, 0);
});
