// okta-aws web on a corporate network, end to end: Okta and STS fakes behind HTTPS with a private
// CA that only one trust source at a time gives (AWS_CA_BUNDLE, ca_bundle, --ca-bundle, the OS
// store), an authenticating CONNECT proxy with NO_PROXY, and each way a connection fails, named
// with its service and cause. The tool runs without the machine's CA and proxy variables
// (its Deno cache is filled, so it downloads nothing): only what a test gives is trusted.
import assert from "node:assert/strict";
import { oneError, ROLE_DEV, runCli, type RunResult, type World, world } from "./helpers.ts";
import { type FakeCertificate, OTHER_CA_FILE, TEST_CA_FILE } from "./fakes/serve.ts";
import { startFakeConnectProxy } from "./fakes/connect_proxy.ts";
import { startFakeSignin } from "./fakes/signin.ts";

// env-var output is never served from the credential cache: every run signs in over the wire.
const SIGN_IN = ["web", "-r", ROLE_DEV, "-f", "env-var", "--shell", "bash"];

interface TlsWorldOptions {
  okta?: { tls?: true | FakeCertificate; host?: "127.0.0.1" | "localhost" };
  sts?: { tls?: true | FakeCertificate; host?: "127.0.0.1" | "localhost" };
}

/** Okta and STS on HTTPS (the valid certificate unless told), signed by the test CA. */
function tlsWorld(options: TlsWorldOptions = {}): Promise<World> {
  return world({
    okta: { listen: { tls: true, ...options.okta } },
    sts: { listen: { tls: true, ...options.sts } },
  });
}

/** `okta-aws <args>` against the world, trusting only what `env` gives. */
function run(w: World, args: string[], env: Record<string, string> = {}): Promise<RunResult> {
  const dashes = args.includes("--") ? args.indexOf("--") : args.length;
  return runCli([...args.slice(0, dashes), ...w.args, ...args.slice(dashes)], {
    home: w.home,
    env: { ...w.env, ...env },
    scrubMachineNetwork: true,
  });
}

/** The run signed in and STS issued it fresh credentials (no cache answered). */
async function signsIn(w: World, args: string[], env: Record<string, string> = {}) {
  const issued = w.sts.issued.length;
  const r = await run(w, args, env);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(w.sts.issued.length, issued + 1, "one new AssumeRoleWithSAML");
  assert.match(
    r.stdout,
    new RegExp(`^export AWS_ACCESS_KEY_ID='${w.sts.issued.at(-1)!.accessKeyId}'$`, "m"),
  );
  return r;
}

Deno.test("web over HTTPS trusts the CA given only by AWS_CA_BUNDLE", async () => {
  await using w = await tlsWorld();
  await signsIn(w, SIGN_IN, { AWS_CA_BUNDLE: TEST_CA_FILE });
});

Deno.test("web over HTTPS trusts the CA given only by ca_bundle of the --profile's config section (~ expanded)", async () => {
  await using w = await tlsWorld();
  await Deno.mkdir(`${w.home}/.aws`, { recursive: true });
  await Deno.copyFile(TEST_CA_FILE, `${w.home}/corp-ca.pem`);
  await Deno.writeTextFile(
    `${w.home}/.aws/config`,
    "[default]\nregion = us-east-1\n\n[profile dev]\nca_bundle = ~/corp-ca.pem\n",
  );
  await signsIn(w, [...SIGN_IN, "-p", "dev"]);
  // The default profile has no ca_bundle: without -p dev nothing trusts the CA.
  const without = await run(w, SIGN_IN);
  assert.equal(without.code, 1);
  assert.match(oneError(without).error, /TLS certificate not trusted/);
});

Deno.test("web over HTTPS trusts the CA given only by --ca-bundle, relative to the working directory", async () => {
  await using w = await tlsWorld();
  await Deno.copyFile(TEST_CA_FILE, `${w.home}/ca.pem`);
  await signsIn(w, [...SIGN_IN, "--ca-bundle", "ca.pem"]);
});

Deno.test("web over HTTPS trusts the CA given only by the OS store (SSL_CERT_FILE on Linux); DENO_TLS_CA_STORE, when set, is the user's choice", async () => {
  await using w = await tlsWorld();
  await signsIn(w, SIGN_IN, { SSL_CERT_FILE: TEST_CA_FILE });
  // Deno alone never reads the OS store: it is okta-aws that trusts it...
  const mozilla = await run(w, SIGN_IN, {
    SSL_CERT_FILE: TEST_CA_FILE,
    DENO_TLS_CA_STORE: "mozilla",
  });
  assert.equal(mozilla.code, 1, mozilla.stderr);
  assert.match(oneError(mozilla).error, /TLS certificate not trusted/);
  // ...unless the user asks Deno for it.
  const system = { SSL_CERT_FILE: TEST_CA_FILE, DENO_TLS_CA_STORE: "mozilla,system" };
  await signsIn(w, SIGN_IN, system);
});

Deno.test("the CA bundle is added, never replacing: the OS store and Deno's own NODE_EXTRA_CA_CERTS still count", async () => {
  await using w = await tlsWorld();
  // An unrelated bundle alongside: the OS store still vouches for the fakes...
  await signsIn(w, SIGN_IN, { SSL_CERT_FILE: TEST_CA_FILE, AWS_CA_BUNDLE: OTHER_CA_FILE });
  // ...and so does a file Deno reads itself.
  await signsIn(w, SIGN_IN, { NODE_EXTRA_CA_CERTS: TEST_CA_FILE, AWS_CA_BUNDLE: OTHER_CA_FILE });
});

Deno.test("without trust web fails with exit 1 and one line naming TLS and the Okta org, the hint naming AWS_CA_BUNDLE, ca_bundle and the OS store", async () => {
  await using w = await tlsWorld();
  for (const env of [{}, { AWS_CA_BUNDLE: OTHER_CA_FILE }] as Record<string, string>[]) {
    const r = await run(w, SIGN_IN, env);
    assert.equal(r.code, 1, r.stderr);
    const { error, hint } = oneError(r);
    assert.match(
      error,
      /^error: Cannot reach the Okta org at "127\.0\.0\.1:\d+": TLS certificate not trusted/,
    );
    assert.match(hint, /AWS_CA_BUNDLE/);
    assert.match(hint, /ca_bundle/);
    assert.match(hint, /OS trust store/);
    assert.match(hint, /Trusted now: Deno's roots and the OS store \(\d+ certificates\)/);
  }
  // The hint says what was trusted, the bundle and where it came from included.
  const r = await run(w, SIGN_IN, { AWS_CA_BUNDLE: OTHER_CA_FILE });
  assert.ok(oneError(r).hint.includes(`and "${OTHER_CA_FILE}" (AWS_CA_BUNDLE)`), r.stderr);
  assert.equal(w.okta.requests.length, 0, "no request reached the org");
});

Deno.test("an untrusted STS is named as AWS STS, its knob --aws-region, never --org-domain", async () => {
  await using w = await world({ sts: { listen: { tls: true } } });
  const r = await run(w, SIGN_IN);
  assert.equal(r.code, 1, r.stderr);
  const { error, hint } = oneError(r);
  assert.match(
    error,
    /^error: Cannot reach AWS STS at "127\.0\.0\.1:\d+": TLS certificate not trusted/,
  );
  assert.doesNotMatch(hint, /--org-domain/);
});

Deno.test("web through an authenticating CONNECT proxy: the STS tunnel counted, Okta direct by NO_PROXY, the password never printed", async () => {
  const password = "p@ss:w0rd-canary";
  const proxy = startFakeConnectProxy({ user: "alice", password });
  const w = await tlsWorld({ okta: { host: "localhost" } });
  try {
    const env = {
      AWS_CA_BUNDLE: TEST_CA_FILE,
      HTTPS_PROXY: `http://alice:${encodeURIComponent(password)}@127.0.0.1:${proxy.port}`,
      NO_PROXY: "localhost",
    };
    const r = await signsIn(w, [...SIGN_IN, "--debug", "--debug-api-calls"], env);
    const sts = new URL(w.sts.url).host;
    assert.deepEqual(Object.keys(proxy.tunnels), [sts], "only STS went through the proxy");
    assert.ok(proxy.tunnels[sts]! >= 1);
    assert.ok(w.okta.requests.length > 0, "Okta was reached directly");
    for (const text of [r.stderr, r.stdout]) {
      assert.ok(!text.includes(password) && !text.includes(encodeURIComponent(password)));
    }
  } finally {
    await w.close();
    await proxy.close();
  }
});

Deno.test("a proxy that wants credentials: 407 is named as the proxy's, with the variable to fix and no password", async () => {
  const proxy = startFakeConnectProxy({ user: "alice", password: "right" });
  const w = await tlsWorld();
  try {
    const base = `127.0.0.1:${proxy.port}`;
    for (
      const [value, advice] of [
        [`http://${base}`, /HTTPS_PROXY has no user and password: add them/],
        [`http://alice:wrong-canary@${base}`, /check the user and password in HTTPS_PROXY/],
      ] as const
    ) {
      const r = await run(w, SIGN_IN, { AWS_CA_BUNDLE: TEST_CA_FILE, HTTPS_PROXY: value });
      assert.equal(r.code, 1, r.stderr);
      const { error, hint } = oneError(r);
      assert.equal(
        error,
        `error: The proxy "http://${base}" (HTTPS_PROXY) refused the way to the Okta org at "${
          new URL(w.okta.url).host
        }": proxy authentication required (407)`,
      );
      assert.match(hint, advice);
      assert.ok(!r.stderr.includes("wrong-canary"));
    }
    assert.equal(proxy.refused, 2);
    assert.deepEqual(proxy.tunnels, {});
  } finally {
    await w.close();
    await proxy.close();
  }
});

Deno.test("a proxy that cannot be reached is named, with its variable and NO_PROXY in the hint", async () => {
  await using w = await tlsWorld();
  const closed = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = closed.addr.port;
  closed.close();
  const r = await run(w, SIGN_IN, {
    AWS_CA_BUNDLE: TEST_CA_FILE,
    HTTPS_PROXY: `http://bob:secret-canary@127.0.0.1:${port}`,
  });
  assert.equal(r.code, 1, r.stderr);
  const { error, hint } = oneError(r);
  assert.match(
    error,
    new RegExp(
      `^error: Cannot reach the proxy "http://127\\.0\\.0\\.1:${port}" \\(HTTPS_PROXY\\) on the way to the Okta org at .*[Cc]onnection refused`,
    ),
  );
  assert.match(hint, /NO_PROXY/);
  assert.ok(!r.stderr.includes("secret-canary"));
});

Deno.test("a proxy URL with a user and no password is warned about (Deno ignores it) and the call goes direct", async () => {
  const proxy = startFakeConnectProxy();
  const w = await tlsWorld();
  try {
    const r = await signsIn(w, SIGN_IN, {
      AWS_CA_BUNDLE: TEST_CA_FILE,
      HTTPS_PROXY: `http://token-canary@127.0.0.1:${proxy.port}`,
    });
    assert.match(
      r.stderr,
      new RegExp(
        `^warning: HTTPS_PROXY \\("http://127\\.0\\.0\\.1:${proxy.port}"\\) has a user but no password; Deno ignores it`,
        "m",
      ),
    );
    assert.equal(r.stderr.match(/^warning: HTTPS_PROXY/gm)?.length, 1, "said once");
    assert.ok(!r.stderr.includes("token-canary"));
    assert.deepEqual(proxy.tunnels, {});
  } finally {
    await w.close();
    await proxy.close();
  }
});

Deno.test("certificate dates and names: expired and not yet valid point at the clock, another name at a captive portal", async () => {
  const cases: [FakeCertificate, RegExp, RegExp][] = [
    ["expired", /its TLS certificate has expired$/, /clock/],
    ["not_yet_valid", /its TLS certificate is not valid yet$/, /clock is probably behind/],
    ["wrong_name", /its TLS certificate is for another name$/, /captive portal.*--org-domain/],
  ];
  for (const [certificate, message, advice] of cases) {
    await using w = await tlsWorld({ okta: { tls: certificate } });
    const r = await run(w, SIGN_IN, { AWS_CA_BUNDLE: TEST_CA_FILE });
    assert.equal(r.code, 1, r.stderr);
    const { error, hint } = oneError(r);
    assert.match(error, /^error: Cannot reach the Okta org at "127\.0\.0\.1:\d+": /);
    assert.match(error, message);
    assert.match(hint, advice);
  }
});

Deno.test("a name DNS does not know, and a refused connection: each named, the hint with the service's knob", async () => {
  const closed = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = closed.addr.port;
  closed.close();
  const home = await Deno.makeTempDir({ prefix: "okta-aws-net-" });
  try {
    const dns = await runCli(
      [...SIGN_IN, "--org-domain", "okta-aws-test.invalid", "--oidc-client-id", "0oa1"],
      { home, scrubMachineNetwork: true },
    );
    assert.equal(dns.code, 1, dns.stderr);
    const d = oneError(dns);
    assert.equal(
      d.error,
      'error: Cannot reach the Okta org at "okta-aws-test.invalid": no such host (DNS)',
    );
    assert.match(d.hint, /--org-domain for a typo.*set HTTPS_PROXY/);
    const refused = await runCli(
      [...SIGN_IN, "--org-domain", `http://127.0.0.1:${port}`, "--oidc-client-id", "0oa1"],
      { home, scrubMachineNetwork: true },
    );
    assert.equal(refused.code, 1, refused.stderr);
    const f = oneError(refused);
    assert.equal(
      f.error,
      `error: Cannot reach the Okta org at "127.0.0.1:${port}": the connection was refused`,
    );
    assert.match(f.hint, /--org-domain and its port/);
  } finally {
    await Deno.remove(home, { recursive: true });
  }
});

Deno.test("a malformed org domain is refused before any call: a comma, a space, a bare word (exit 2)", async () => {
  const home = await Deno.makeTempDir({ prefix: "okta-aws-net-" });
  try {
    for (
      const [domain, reason] of [
        ["acme,okta.com", /it is not a host name/],
        ["acme okta.com", /it is not a host name/],
        ["acme", /a bare word is not a domain: write it whole, like acme\.okta\.com/],
      ] as const
    ) {
      const r = await runCli([...SIGN_IN, "--org-domain", domain, "--oidc-client-id", "0oa1"], {
        home,
        scrubMachineNetwork: true,
      });
      assert.equal(r.code, 2, r.stderr);
      assert.match(
        r.stderr,
        new RegExp(`^error: Invalid --org-domain "${domain}": `, "m"),
      );
      assert.match(r.stderr, reason);
      assert.doesNotMatch(r.stderr, /Cannot reach/);
    }
  } finally {
    await Deno.remove(home, { recursive: true });
  }
});

Deno.test("a CA bundle that is missing, a directory or not PEM: one error naming the file and where it came from", async () => {
  await using w = await tlsWorld();
  const notPem = `${w.home}/notes.txt`;
  await Deno.writeTextFile(notPem, "not a certificate\n");
  await Deno.mkdir(`${w.home}/.aws`, { recursive: true });
  await Deno.writeTextFile(`${w.home}/.aws/config`, `[default]\nca_bundle = ${w.home}\n`);
  const cases: [string[], Record<string, string>, RegExp][] = [
    [
      ["--ca-bundle", `${w.home}/missing.pem`],
      {},
      new RegExp(`"${w.home}/missing\\.pem" \\(from --ca-bundle\\): no such file$`),
    ],
    [[], { AWS_CA_BUNDLE: notPem }, /\(from AWS_CA_BUNDLE\): it holds no PEM certificate$/],
    [[], {}, /\(from ca_bundle of profile "default" in .*\/\.aws\/config\): it is a directory$/],
  ];
  for (const [args, env, message] of cases) {
    const r = await run(w, [...SIGN_IN, ...args], env);
    assert.equal(r.code, 1, r.stderr);
    const { error } = oneError(r);
    assert.match(error, /^error: Cannot use the CA bundle "/);
    assert.match(error, message);
  }
  assert.equal(w.okta.requests.length, 0);
});

Deno.test("every service of a run shares its trust: Okta, STS, IAM (--all-profiles aliases), the console sign-in, cold and from the cache", async () => {
  await using w = await tlsWorld();
  await using signin = await startFakeSignin([w.sts], { listen: { tls: true } });
  const env = { AWS_CA_BUNDLE: TEST_CA_FILE, OKTA_AWS_SIGNIN_URL: `${signin.url}/federation` };
  const all = await run(w, ["web", "-k"], env);
  assert.equal(all.code, 0, all.stderr);
  assert.ok(w.sts.calls.some((c) => c.action === "ListAccountAliases"), "IAM was asked");
  for (let i = 0; i < 2; i++) {
    // The second console run is answered by the credential cache: still through the trust.
    const r = await run(w, ["console", "-r", ROLE_DEV, "--print"], env);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(new URL(r.stdout.trim()).searchParams.get("SigninToken"), signin.tokens[i]);
  }
  const untrusted = await run(w, ["console", "-r", ROLE_DEV, "--print"], {
    ...env,
    AWS_CA_BUNDLE: "",
    NODE_EXTRA_CA_CERTS: "",
  });
  assert.equal(untrusted.code, 1, untrusted.stderr);
  assert.match(
    oneError(untrusted).error,
    /^error: Cannot reach the AWS console sign-in at "127\.0\.0\.1:\d+": TLS certificate not trusted/,
  );
});

Deno.test("an exec child gets nothing of the run's trust: AWS_CA_BUNDLE as given, --ca-bundle not exported", async () => {
  await using w = await tlsWorld();
  const show = [
    "--",
    "sh",
    "-c",
    'echo "bundle=[${AWS_CA_BUNDLE-unset}] cert=[${SSL_CERT_FILE-unset}]"',
  ];
  const flag = await run(w, ["web", "-r", ROLE_DEV, "--ca-bundle", TEST_CA_FILE, ...show]);
  assert.equal(flag.code, 0, flag.stderr);
  assert.equal(flag.stdout, "bundle=[unset] cert=[unset]\n");
  const given = await run(w, ["web", "-r", ROLE_DEV, ...show], { AWS_CA_BUNDLE: TEST_CA_FILE });
  assert.equal(given.code, 0, given.stderr);
  assert.equal(given.stdout, `bundle=[${TEST_CA_FILE}] cert=[unset]\n`);
});

Deno.test("a certificate of the OS store the runtime cannot parse is left out, never fatal; --debug names it and the trust", async () => {
  await using w = await tlsWorld();
  const store = `${w.home}/store.pem`;
  await Deno.writeTextFile(
    store,
    `-----BEGIN CERTIFICATE-----\nMAAA\n-----END CERTIFICATE-----\n${await Deno.readTextFile(
      TEST_CA_FILE,
    )}`,
  );
  const r = await signsIn(w, [...SIGN_IN, "--debug"], { SSL_CERT_FILE: store });
  assert.match(
    r.stderr,
    /^\[debug\] trust: Deno's roots; OS store 1 certificates$/m,
  );
  assert.match(
    r.stderr,
    /^\[debug\] trust: set aside OS store #1 \(SHA-256 [0-9A-F:]+\.\.\.\): the runtime cannot parse it$/m,
  );
});
