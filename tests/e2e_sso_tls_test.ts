// okta-aws sso on a corporate network, end to end: the Identity Center fake behind HTTPS with a
// private CA given by one trust source at a time (AWS_CA_BUNDLE, ca_bundle of the profile, the OS
// store), an authenticating proxy with NO_PROXY between the OIDC service and the portal, and the
// failures named with the service (IAM Identity Center OIDC, the portal). The tool runs without
// the machine's CA and proxy variables.
import assert from "node:assert/strict";
import { oneError, runCli, type RunResult } from "./helpers.ts";
import { ACCOUNTS, SSO_REGION, START_URL } from "./sso_world.ts";
import { type FakeIdentityCenter, startFakeIdentityCenter } from "./fakes/identity_center.ts";
import { TEST_CA_FILE } from "./fakes/serve.ts";
import { startFakeConnectProxy } from "./fakes/connect_proxy.ts";

const LOGIN = ["sso", "login", "--profile", "dev", "--use-device-code", "--no-browser"];

interface World {
  ic: FakeIdentityCenter;
  home: string;
  /** The OIDC service's and the portal's URLs: one fake, reached by two names. */
  oidc: string;
  portal: string;
  run(args: string[], env?: Record<string, string>): Promise<RunResult>;
  close(): Promise<void>;
  [Symbol.asyncDispose](): Promise<void>;
}

/** The Identity Center fake on HTTPS; OIDC reached as localhost, the portal as 127.0.0.1. */
async function world(profileExtra = ""): Promise<World> {
  const ic = await startFakeIdentityCenter({ accounts: ACCOUNTS, listen: { tls: true } });
  const home = await Deno.makeTempDir({ prefix: "okta-aws-sso-tls-" });
  const port = new URL(ic.url).port;
  const oidc = `https://localhost:${port}`;
  const portal = `https://127.0.0.1:${port}`;
  await Deno.mkdir(`${home}/.aws`);
  await Deno.writeTextFile(
    `${home}/.aws/config`,
    `[profile dev]\nsso_session = okta\nsso_account_id = 111111111111\nsso_role_name = ReadOnly\nregion = ${SSO_REGION}\n${profileExtra}\n` +
      `[sso-session okta]\nsso_start_url = ${START_URL}\nsso_region = ${SSO_REGION}\nsso_registration_scopes = sso:account:access\n`,
  );
  return {
    ic,
    home,
    oidc,
    portal,
    run: (args, env = {}) =>
      runCli(args, {
        home,
        env: { AWS_ENDPOINT_URL_SSO_OIDC: oidc, AWS_ENDPOINT_URL_SSO: portal, ...env },
        scrubMachineNetwork: true,
      }),
    [Symbol.asyncDispose](this: World) {
      return this.close();
    },
    async close() {
      await ic.close();
      await Deno.remove(home, { recursive: true });
    },
  };
}

function assertLoggedIn(r: RunResult): void {
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, new RegExp(`Successfully logged into Start URL: ${START_URL}`));
}

Deno.test("sso login over HTTPS trusts the CA given only by AWS_CA_BUNDLE", async () => {
  await using w = await world();
  assertLoggedIn(await w.run(LOGIN, { AWS_CA_BUNDLE: TEST_CA_FILE }));
});

Deno.test("sso login over HTTPS trusts the CA given only by ca_bundle of the --profile", async () => {
  await using w = await world(`ca_bundle = ${TEST_CA_FILE}\n`);
  assertLoggedIn(await w.run(LOGIN));
});

Deno.test("sso login over HTTPS trusts the CA given only by the OS store", async () => {
  await using w = await world();
  assertLoggedIn(await w.run(LOGIN, { SSL_CERT_FILE: TEST_CA_FILE }));
});

Deno.test("without trust sso login fails with exit 1, one line naming TLS and IAM Identity Center OIDC, and the hint", async () => {
  await using w = await world();
  const r = await w.run(LOGIN);
  assert.equal(r.code, 1, r.stderr);
  const { error, hint } = oneError(r);
  assert.match(
    error,
    /^error: Cannot reach IAM Identity Center OIDC at "localhost:\d+": TLS certificate not trusted/,
  );
  assert.match(hint, /AWS_CA_BUNDLE, ca_bundle in the AWS config file, or --ca-bundle/);
  assert.deepEqual(w.ic.calls, []);
});

Deno.test("sso through an authenticating proxy: the portal tunnelled, OIDC direct by NO_PROXY; an untrusted portal is named", async () => {
  const proxy = startFakeConnectProxy({ user: "corp", password: "pw-canary" });
  const w = await world();
  try {
    const env = {
      AWS_CA_BUNDLE: TEST_CA_FILE,
      HTTPS_PROXY: `http://corp:pw-canary@127.0.0.1:${proxy.port}`,
      NO_PROXY: "localhost",
    };
    assertLoggedIn(await w.run(LOGIN, env));
    assert.deepEqual(proxy.tunnels, {}, "the sign-in talked to OIDC only, directly");
    const creds = await w.run(["sso", "--profile", "dev", "-f", "env-var", "--shell", "bash"], env);
    assert.equal(creds.code, 0, creds.stderr);
    assert.match(creds.stdout, /^export AWS_ACCESS_KEY_ID='ASIA/m);
    assert.deepEqual(Object.keys(proxy.tunnels), [new URL(w.portal).host]);
    assert.ok(!creds.stderr.includes("pw-canary"));

    const untrusted = await w.run(["sso", "--profile", "dev", "-f", "env-var"], {
      ...env,
      AWS_CA_BUNDLE: "",
    });
    assert.equal(untrusted.code, 1, untrusted.stderr);
    const { error, hint } = oneError(untrusted);
    assert.match(
      error,
      new RegExp(
        `^error: Cannot reach the IAM Identity Center portal at "${
          new URL(w.portal).host.replaceAll(".", "\\.")
        }" through the proxy "http://127\\.0\\.0\\.1:${proxy.port}": TLS certificate not trusted`,
      ),
    );
    assert.doesNotMatch(hint, /--org-domain/);
  } finally {
    await w.close();
    await proxy.close();
  }
});
