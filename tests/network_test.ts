// The network's parts on their own: which proxy a request takes (checked against what Deno's
// fetch really does through two CONNECT proxies), the proxy variables Deno ignores, the trust a
// run loads (OS store, bundle, certificates set aside), and how a failure is classified.
// Errors word their message with the catalogue, as the entry points have them do.
import "../src/i18n/register.ts";
import assert from "node:assert/strict";
import { ignoredProxies, routeOf } from "../src/http/proxy.ts";
import { loadTrust, type TrustWorld } from "../src/http/trust.ts";
import { classifyFailure } from "../src/http/failure.ts";
import { networkError } from "../src/http/network_error.ts";
import { TransportError } from "../src/http/network.ts";
import { FlowError } from "../src/errors.ts";
import { render } from "../src/i18n/messages.ts";
import { startFakeConnectProxy } from "./fakes/connect_proxy.ts";
import { serveFake, TEST_CA_FILE } from "./fakes/serve.ts";

const PROBE = new URL("./fixtures/route_probe.ts", import.meta.url).pathname;
const CA = Deno.readTextFileSync(TEST_CA_FILE);

Deno.test("routeOf() predicts the proxy Deno's fetch takes for each URL, NO_PROXY included (two real proxies watched)", async () => {
  const a = startFakeConnectProxy();
  const b = startFakeConnectProxy();
  const { server, origin } = serveFake(() => new Response("ok"), { tls: true });
  const port = server.addr.port;
  const urls = [origin, `https://localhost:${port}`];
  const A = a.url;
  const B = b.url;
  const configurations: Record<string, string>[] = [
    {},
    { HTTPS_PROXY: A },
    { https_proxy: A },
    { HTTPS_PROXY: A, https_proxy: B },
    { HTTPS_PROXY: `http://token@127.0.0.1:${a.port}`, https_proxy: B },
    { HTTPS_PROXY: A, ALL_PROXY: B },
    { HTTP_PROXY: A },
    { HTTPS_PROXY: A, NO_PROXY: "localhost" },
    { HTTPS_PROXY: A, NO_PROXY: " 127.0.0.1 , localhost " },
    { HTTPS_PROXY: A, NO_PROXY: "*" },
    { HTTPS_PROXY: A, NO_PROXY: ".localhost" },
    { HTTPS_PROXY: A, NO_PROXY: "127.0.0.0/8" },
    { HTTPS_PROXY: A, NO_PROXY: `localhost:${port}` },
    { HTTPS_PROXY: A, NO_PROXY: "", no_proxy: "localhost,127.0.0.1" },
    { HTTPS_PROXY: A, no_proxy: "localhost" },
  ];
  try {
    for (const env of configurations) {
      for (const p of [a, b]) for (const k of Object.keys(p.tunnels)) delete p.tunnels[k];
      const out = await new Deno.Command(Deno.execPath(), {
        args: ["run", "-A", "--quiet", PROBE, ...urls],
        env: { PATH: Deno.env.get("PATH") ?? "", ...env },
        clearEnv: true,
        stdout: "piped",
        stderr: "piped",
      }).output();
      const lines = new TextDecoder().decode(out.stdout);
      assert.equal(lines.match(/ ok$/gm)?.length, 2, `${JSON.stringify(env)}: ${lines}`);
      for (const url of urls) {
        const target = new URL(url).host;
        const actual = a.tunnels[target] ? A : b.tunnels[target] ? B : "direct";
        const route = routeOf(new URL(url), env);
        const predicted = route.kind === "proxy" ? route.proxy.display : "direct";
        assert.equal(predicted, actual, `${JSON.stringify(env)} ${url}`);
      }
    }
  } finally {
    await server.shutdown();
    await a.close();
    await b.close();
  }
});

Deno.test("routeOf() names the variable and never the password; a bypass says which NO_PROXY", () => {
  const route = routeOf(new URL("https://sts.us-east-1.amazonaws.com/"), {
    https_proxy: "http://alice:s3cret@proxy.corp:8080",
  });
  assert.deepEqual(route, {
    kind: "proxy",
    proxy: { variable: "https_proxy", display: "http://proxy.corp:8080", credentials: true },
  });
  assert.deepEqual(
    routeOf(new URL("https://acme.okta.com/"), {
      HTTPS_PROXY: "http://proxy.corp:8080",
      NO_PROXY: "okta.com",
    }),
    { kind: "direct", bypassed: "NO_PROXY" },
  );
  assert.deepEqual(
    routeOf(new URL("https://notokta.com/"), {
      HTTPS_PROXY: "http://proxy.corp:8080",
      NO_PROXY: "okta.com",
    }).kind,
    "proxy",
  );
});

Deno.test("ignoredProxies() lists what Deno drops without a word: a user without a password, another scheme, not a URL", () => {
  assert.deepEqual(
    ignoredProxies({
      HTTPS_PROXY: "http://token@proxy.corp:8080",
      http_proxy: "socks4://proxy.corp:1080",
      ALL_PROXY: "http://",
      NO_PROXY: "localhost",
      HTTP_PROXY: "http://user:@proxy.corp:3128",
    }),
    [
      { variable: "ALL_PROXY", display: "http://", reason: "unparsable" },
      {
        variable: "HTTPS_PROXY",
        display: "http://proxy.corp:8080",
        reason: "user_without_password",
      },
      { variable: "http_proxy", display: "socks4://proxy.corp:1080", reason: "unsupported_scheme" },
    ],
  );
  assert.deepEqual(ignoredProxies({ HTTPS_PROXY: "proxy.corp:8080", https_proxy: "" }), []);
});

/** A trust world with a made-up OS store and Deno's real client maker. */
function world(system: string[] | undefined | Error): TrustWorld {
  return {
    systemCertificates: () =>
      system instanceof Error ? Promise.reject(system) : Promise.resolve(system),
    createClient: (caCerts) => Deno.createHttpClient({ caCerts }),
  };
}

const BROKEN_BASE64 = "-----BEGIN CERTIFICATE-----\nMIIB!!!!\n-----END CERTIFICATE-----\n";
const BROKEN_DER = "-----BEGIN CERTIFICATE-----\nMAAA\n-----END CERTIFICATE-----\n";

Deno.test("loadTrust() adds the OS store and the bundle, and sets aside certificates the runtime cannot parse, by name", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const bundle = `${dir}/bundle.pem`;
    await Deno.writeTextFile(bundle, `comment line\n${CA}${BROKEN_DER}`);
    const { client, report } = await loadTrust({
      env: {},
      os: "linux",
      bundle: { path: bundle, source: { from: "env" } },
    }, world([CA, BROKEN_BASE64, CA]));
    client.close();
    assert.deepEqual(report.system, { state: "loaded", count: 2 });
    assert.equal(report.bundle?.count, 1);
    assert.equal(report.skipped.length, 2);
    assert.match(report.skipped[0]!, /^OS store #2 \(SHA-256 [0-9A-F:]+\.\.\.\)$/);
    assert.ok(report.skipped[1]!.startsWith(`${bundle} #2 (SHA-256 `), report.skipped[1]);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("loadTrust() leaves the OS store to Deno when DENO_TLS_CA_STORE is set, and says when it cannot be read", async () => {
  const chosen = await loadTrust(
    { env: { DENO_TLS_CA_STORE: "mozilla" }, os: "linux" },
    world([CA]),
  );
  chosen.client.close();
  assert.deepEqual(chosen.report.system, { state: "deno", value: "mozilla" });
  const absent = await loadTrust({ env: {}, os: "darwin" }, world(undefined));
  absent.client.close();
  assert.equal(absent.report.system.state, "unavailable");
  const failed = await loadTrust({ env: {}, os: "windows" }, world(new Error("store locked")));
  failed.client.close();
  assert.deepEqual(failed.report.system, { state: "unavailable", reason: "store locked" });
});

Deno.test("loadTrust() reads SSL_CERT_FILE block by block when the runtime refuses the whole file for one broken block", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const file = `${dir}/store.pem`;
    await Deno.writeTextFile(file, `${CA}${BROKEN_BASE64}`);
    const { client, report } = await loadTrust(
      { env: { SSL_CERT_FILE: file }, os: "linux" },
      world(new Error('could not load PEM file "store.pem": InvalidLength(17)')),
    );
    client.close();
    assert.deepEqual(report.system, { state: "loaded", count: 1 });
    assert.equal(report.skipped.length, 1);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("loadTrust() refuses a bundle that is missing, a directory, not PEM, or without one usable certificate, naming file and source", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await Deno.writeTextFile(`${dir}/text.pem`, "hello\n");
    await Deno.writeTextFile(`${dir}/broken.pem`, BROKEN_DER + BROKEN_BASE64);
    const cases: [string, RegExp][] = [
      [`${dir}/missing.pem`, /no such file/],
      [dir, /it is a directory/],
      [`${dir}/text.pem`, /it holds no PEM certificate/],
      [`${dir}/broken.pem`, /none of its 2 certificates can be read/],
    ];
    for (const [path, reason] of cases) {
      await assert.rejects(
        loadTrust({
          env: {},
          os: "linux",
          bundle: { path, source: { from: "config", profile: "dev", path: "~/.aws/config" } },
        }, world([])),
        (err: unknown) => {
          assert.ok(err instanceof FlowError && err.code === "ca_bundle_unusable");
          assert.equal(err.params.path, path);
          assert.match(err.message, reason);
          assert.match(err.message, /from ca_bundle of profile "dev" in ~\/\.aws\/config/);
          return true;
        },
      );
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("classifyFailure() reads the cause of Deno's 'fetch failed': DNS, refused, TLS kinds, proxy 407 and tunnel", () => {
  const fetchFailed = (cause: string) =>
    new TypeError("fetch failed", {
      cause: new Error(
        `error sending request for url (https://h.example/?Session=x): client error (Connect): ${cause}`,
      ),
    });
  const cases: [string, string][] = [
    ["dns error: failed to lookup address information: Name or service not known", "dns"],
    ["tcp connect error: Connection refused (os error 111)", "refused"],
    ["tcp connect error: Connection timed out (os error 110)", "timeout"],
    ["invalid peer certificate: UnknownIssuer", "tls_untrusted"],
    ["invalid peer certificate: certificate expired: verification time 1, but ...", "tls_expired"],
    [
      "invalid peer certificate: certificate not valid yet: verification time 1",
      "tls_not_yet_valid",
    ],
    ['invalid peer certificate: certificate not valid for name "127.0.0.1"', "tls_wrong_name"],
    ["invalid peer certificate: BadSignature", "tls"],
    ["proxy authentication required", "proxy_auth"],
    ["unsuccessful tunnel", "tunnel_failed"],
    ["connection closed before message completed", "other"],
  ];
  for (const [cause, kind] of cases) {
    const failure = classifyFailure(fetchFailed(cause));
    assert.equal(failure.kind, kind, cause);
    assert.equal(failure.detail, cause, "the URL (and any secret in it) is left out");
  }
});

Deno.test("networkError(): a refused connection through a proxy is the proxy's; the Okta org's knob only for Okta", () => {
  const url = new URL("https://sts.us-east-1.amazonaws.com/");
  const viaProxy = new TransportError(
    { kind: "refused", detail: "tcp connect error: Connection refused (os error 111)" },
    {
      kind: "proxy",
      proxy: { variable: "HTTPS_PROXY", display: "http://proxy:3128", credentials: false },
    },
    undefined,
    undefined,
  );
  const proxied = networkError("sts", url, viaProxy, 30);
  assert.equal(proxied.code, "proxy_unreachable");
  assert.match(proxied.message, /^Cannot reach the proxy "http:\/\/proxy:3128" \(HTTPS_PROXY\)/);
  const direct = networkError("sts", url, new DOMException("deadline", "TimeoutError"), 30);
  assert.equal(direct.code, "network_timeout");
  assert.equal(
    direct.message,
    'Cannot reach AWS STS at "sts.us-east-1.amazonaws.com": no complete answer within 30 s',
  );
  assert.match(render(direct.code, direct.params, "en").hint!, /--aws-region/);
  assert.doesNotMatch(render(direct.code, direct.params, "en").hint!, /--org-domain/);
  const okta = networkError("okta", new URL("https://acme.okta.com/"), direct.cause, 30);
  assert.match(render(okta.code, okta.params, "en").hint!, /--org-domain/);
  assert.match(render(okta.code, okta.params, "ko").message, /^Okta 조직 "acme\.okta\.com"에/);
});

Deno.test("networkError(): a DNS failure suggests HTTPS_PROXY when no proxy is in the way, and NO_PROXY when it sent the host past one", () => {
  const url = new URL("https://acme.okta.com/");
  const dns = (route: ConstructorParameters<typeof TransportError>[1]) =>
    networkError(
      "okta",
      url,
      new TransportError({ kind: "dns", detail: "dns error" }, route, undefined, undefined),
      30,
    );
  const none = dns({ kind: "direct" });
  assert.equal(none.code, "network_dns");
  assert.equal(none.message, 'Cannot reach the Okta org at "acme.okta.com": no such host (DNS)');
  assert.match(render(none.code, none.params, "en").hint!, /--org-domain.*set HTTPS_PROXY=/);
  const bypassed = dns({ kind: "direct", bypassed: "no_proxy" });
  assert.match(bypassed.message, /"acme\.okta\.com" \(direct: no_proxy lists it\): no such host/);
  const hint = render(bypassed.code, bypassed.params, "en").hint!;
  assert.match(hint, /no_proxy sends this host past the proxy/);
  assert.doesNotMatch(hint, /set HTTPS_PROXY/);
});

Deno.test("classifyFailure() never keeps the request URL, even one with ')' and a secret in its query", () => {
  const url = new URL("https://signin.example/fed(x)?Action=getSigninToken&Session=secret-canary");
  const err = new TypeError("fetch failed", {
    cause: new Error(
      `error sending request for url (${url.href}): client error (Connect): tcp connect error: Connection refused (os error 111)`,
    ),
  });
  const failure = classifyFailure(err, url);
  assert.equal(failure.kind, "refused");
  assert.equal(failure.detail, "tcp connect error: Connection refused (os error 111)");
});
