// `okta-aws doctor` (alias `debug`) against the fakes: one test per finding it can produce,
// healthy and broken, each line with its fix; exit 0 unless something fails.
import assert from "node:assert/strict";
import {
  APP_ID,
  NO_DEVICE_GRANT,
  NOT_WEB_SSO_CLIENT,
  ROLE_DEV,
  runCli,
  world,
  writeDotenv,
} from "./helpers.ts";
import { OTHER_CA_FILE, TEST_CA_FILE } from "./fakes/serve.ts";
import { startFakeConnectProxy } from "./fakes/connect_proxy.ts";

type World = Awaited<ReturnType<typeof world>>;

function doctor(w: World, extra: string[] = [], env: Record<string, string> = {}) {
  return runCli(["doctor", ...w.args, ...extra], { home: w.home, env: { ...w.env, ...env } });
}

Deno.test("doctor on a healthy set-up: every check ok, exit 0, the token exchange untested without a session, labels in Korean with --lang ko", async () => {
  await using w = await world();
  const r = await doctor(w);
  assert.equal(r.code, 0, r.stderr);
  assert.match(
    r.stderr,
    /^ok {4}Okta org: "127\.0\.0\.1:\d+" answers and runs Okta Identity Engine \(direct\)$/m,
  );
  assert.match(r.stderr, /^ok {4}clock: this machine's clock agrees/m);
  assert.match(r.stderr, /^ok {4}STS: "127\.0\.0\.1:\d+" answers \(direct\)$/m);
  assert.match(
    r.stderr,
    /^ok {4}OIDC app: client "0oatestawscli" may start device authorization/m,
  );
  assert.match(r.stderr, /^ok {4}Web SSO client: no cached Okta session/m);
  assert.doesNotMatch(r.stderr, /^(warn|fail)/m);
  const ko = await doctor(w, ["--lang", "ko"]);
  assert.match(ko.stderr, /^정상 +Okta 조직: /m, "check names and levels in the user's language");
  assert.equal(
    JSON.parse((await doctor(w, ["--json", "--lang", "ko"])).stdout)[0].what,
    "okta.yaml",
  );
  const json = await doctor(w, ["--json"]);
  assert.equal(
    JSON.parse(json.stdout).length,
    r.stderr.split("\n").filter((l) => /^\S/.test(l)).length,
  );
});

Deno.test("doctor (as okta-aws-cli's debug) tests the Allowed Web SSO Client with a cached session", async () => {
  await using w = await world();
  const web = await runCli(["web", ...w.args, "-e", "-r", ROLE_DEV, "-f", "noop"], {
    home: w.home,
    env: w.env,
  });
  assert.equal(web.code, 0, web.stderr);
  const ok = await runCli(["debug", ...w.args, "-a", APP_ID], { home: w.home, env: w.env });
  assert.equal(ok.code, 0, ok.stderr);
  assert.match(
    ok.stderr,
    /^ok {4}Web SSO client: client "0oatestawscli" may get web SSO tokens for app "0oatestfedapp"/m,
  );
  w.okta.script.exchangeError = NOT_WEB_SSO_CLIENT;
  const bad = await doctor(w, ["-a", APP_ID]);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /^fail {2}Web SSO client: .*is not its Allowed Web SSO Client/m);
  assert.match(bad.stderr, /^ {6}fix: .*guide step 1\.2/m);
});

Deno.test("doctor fails a client without the Device Authorization grant, with guide step 1.1", async () => {
  await using w = await world({
    okta: {
      deviceAuthorizeError: NO_DEVICE_GRANT,
    },
  });
  const r = await doctor(w);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /^fail {2}OIDC app: .*does not allow the Device Authorization grant/m);
  assert.match(r.stderr, /^ {6}fix: .*Device Authorization.*guide step 1\.1/m);
});

Deno.test("doctor fails a Classic engine org and warns about a skewed clock", async () => {
  await using classic = await world({ okta: { classic: true } });
  await using skewed = await world({ okta: { clockOffsetSeconds: 900 } });
  const c = await doctor(classic);
  assert.equal(c.code, 1);
  assert.match(c.stderr, /^fail {2}Okta org: .*Classic engine org/m);
  const s = await doctor(skewed);
  assert.equal(s.code, 0, "a skewed clock is a warning");
  assert.match(s.stderr, /^warn {2}clock: this machine's clock is (89|9\d)\d s off/m);
  assert.match(s.stderr, /^ {6}fix: synchronise the clock/m);
});

Deno.test("doctor checks the AWS files: a duplicate section fails naming the line, an open mode warns", async () => {
  await using w = await world();
  await Deno.mkdir(`${w.home}/.aws`, { recursive: true });
  const creds = `${w.home}/.aws/credentials`;
  await Deno.writeTextFile(creds, "[a]\nx = 1\n[a]\ny = 2\n", { mode: 0o644 });
  await Deno.chmod(creds, 0o644);
  await Deno.writeTextFile(`${w.home}/.aws/config`, "[profile dev]\nregion = us-east-1\n", {
    mode: 0o600,
  });
  const r = await doctor(w);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /^fail {2}credentials: Cannot update ".*credentials": line 3: /m);
  assert.match(
    r.stderr,
    /^warn {2}credentials: ".*credentials" is open to other users \(mode 644\)/m,
  );
  assert.match(r.stderr, /^ {6}fix: chmod 600 /m);
  assert.match(
    r.stderr,
    /^ok {4}config: ".*config" parses as the AWS CLI reads it \(1 sections\)/m,
  );
});

Deno.test("doctor reports okta.yaml (unknown key warned, bad YAML failed), an untrusted .env, and a cache that is a file", async () => {
  await using w = await world();
  await Deno.mkdir(`${w.home}/.okta`, { recursive: true });
  const yaml = `${w.home}/.okta/okta.yaml`;
  await Deno.writeTextFile(yaml, "awscli:\n  profiles:\n    default:\n      org-domian: x\n");
  await writeDotenv(w.home, "OKTA_AWSCLI_OPEN_BROWSER_COMMAND=firefox\n");
  const r = await doctor(w);
  assert.match(r.stderr, /^warn {2}okta\.yaml: unknown key "org-domian" .*did you mean/m);
  assert.match(
    r.stderr,
    /^warn {2}\.env: ".*\.env" sets OKTA_AWSCLI_OPEN_BROWSER_COMMAND, which are ignored/m,
  );
  assert.match(r.stderr, /^ {6}fix: if you wrote it, run: okta-aws trust /m);
  await Deno.writeTextFile(yaml, "awscli: [unclosed\n");
  await Deno.writeTextFile(`${w.home}/cache-file`, "");
  const bad = await doctor(w, [], { OKTA_AWS_CACHE_DIR: `${w.home}/cache-file` });
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /^fail {2}okta\.yaml: /m);
  assert.match(bad.stderr, /^fail {2}cache: ".*cache-file" is not a directory/m);
});

Deno.test("doctor checks the command of synced profiles: ok when it runs, a warning with the fix when it is gone", async () => {
  await using w = await world();
  const sync = await runCli(["profiles", "sync", ...w.args], {
    home: w.home,
    env: { ...w.env, OKTA_AWSCLI_OPEN_BROWSER: "false" },
  });
  assert.equal(sync.code, 0, sync.stderr);
  const ok = await doctor(w);
  assert.match(
    ok.stderr,
    /^ok {4}synced profiles: 2 profiles from okta-aws profiles sync run \S+deno/m,
  );
  const config = `${w.home}/.aws/config`;
  await Deno.writeTextFile(
    config,
    (await Deno.readTextFile(config)) +
      '\n[profile old]\ncredential_process = "/opt/gone away/okta-aws" web -f process-credentials\n' +
      "okta_aws_sync = web https://acme.okta.com\n",
  );
  const r = await doctor(w);
  assert.equal(r.code, 0, "a warning, not a failure");
  assert.match(
    r.stderr,
    /^warn {2}synced profiles: 1 profiles from okta-aws profiles sync run \/opt\/gone away\/okta-aws, which is not there \(old\)$/m,
  );
  assert.match(r.stderr, /^ {6}fix: Run okta-aws profiles sync again/m);
});

/** doctor with only the trust and proxies a test gives (the machine's are left out). */
function doctorScrubbed(w: World, extra: string[], env: Record<string, string>) {
  return runCli(["doctor", ...w.args, ...extra], {
    home: w.home,
    env: { ...w.env, ...env },
    scrubMachineNetwork: true,
  });
}

Deno.test("doctor lists the trust sources: the OS store's certificates, the bundle with its file and source", async () => {
  await using w = await world({ okta: { listen: { tls: true } }, sts: { listen: { tls: true } } });
  await Deno.mkdir(`${w.home}/.aws`, { recursive: true });
  await Deno.writeTextFile(
    `${w.home}/.aws/config`,
    `[profile dev]\nca_bundle = ${TEST_CA_FILE}\n`,
  );
  const r = await doctorScrubbed(w, ["-p", "dev"], { SSL_CERT_FILE: OTHER_CA_FILE });
  assert.equal(r.code, 0, r.stderr);
  assert.ok(
    r.stderr.includes(
      `ok    trust: Deno's roots and the OS store (1 certificates) and "${TEST_CA_FILE}" (ca_bundle of profile "dev" in ${w.home}/.aws/config)\n`,
    ),
    r.stderr,
  );
  assert.match(r.stderr, /^ok {4}STS: "127\.0\.0\.1:\d+" answers \(direct\)$/m);
});

Deno.test("doctor says proxy or direct for each endpoint, warns about a proxy Deno ignores, and names an untrusted STS with what to set", async () => {
  const proxy = startFakeConnectProxy();
  const w = await world({
    okta: { listen: { tls: true, host: "localhost" } },
    sts: { listen: { tls: true } },
  });
  try {
    const env = {
      AWS_CA_BUNDLE: TEST_CA_FILE,
      HTTPS_PROXY: proxy.url,
      NO_PROXY: "localhost",
      https_proxy: "http://token-canary@proxy.corp:8080",
      ALL_PROXY: "http://token-canary@proxy.corp:8080",
    };
    const r = await doctorScrubbed(w, [], env);
    assert.equal(r.code, 0, r.stderr);
    assert.match(
      r.stderr,
      new RegExp(
        `^ok {4}STS: "127\\.0\\.0\\.1:\\d+" answers \\(through the proxy "${proxy.url}", HTTPS_PROXY\\)$`,
        "m",
      ),
    );
    assert.match(
      r.stderr,
      /^ok {4}Okta org: "localhost:\d+" answers and runs Okta Identity Engine \(direct: NO_PROXY lists it\)$/m,
    );
    assert.match(
      r.stderr,
      /^warn {2}proxy: ALL_PROXY \("http:\/\/proxy\.corp:8080"\) has a user but no password; Deno ignores it/m,
    );
    assert.ok(!r.stderr.includes("token-canary"));

    const untrusted = await doctorScrubbed(w, [], { ...env, AWS_CA_BUNDLE: OTHER_CA_FILE });
    assert.equal(untrusted.code, 1);
    assert.match(
      untrusted.stderr,
      /^fail {2}STS: Cannot reach AWS STS at "127\.0\.0\.1:\d+" through the proxy "http:\/\/127\.0\.0\.1:\d+": TLS certificate not trusted/m,
    );
    assert.match(untrusted.stderr, /^ {6}fix: Trusted now: .*AWS_CA_BUNDLE/m);
  } finally {
    await w.close();
    await proxy.close();
  }
});

Deno.test("doctor fails a CA bundle it cannot use, naming the file and its source, and checks no endpoint with it", async () => {
  await using w = await world();
  const r = await doctor(w, ["--ca-bundle", `${w.home}/nope.pem`]);
  assert.equal(r.code, 1);
  assert.match(
    r.stderr,
    new RegExp(
      `^fail {2}trust: Cannot use the CA bundle "${w.home}/nope\\.pem" \\(from --ca-bundle\\): no such file$`,
      "m",
    ),
  );
  assert.doesNotMatch(r.stderr, /STS:|Okta org:/);
});
