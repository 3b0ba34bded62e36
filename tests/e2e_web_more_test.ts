// More of okta-aws web end to end: QR code, browser command, list-profiles, Classic orgs,
// the assertion's SessionDuration cap, STS throttling, and the STS region per partition.
import assert from "node:assert/strict";
import { PROVIDER, ROLE_DEV, runCli, world, writeOktaYaml } from "./helpers.ts";
import { stsRegion } from "../src/aws/sts.ts";

Deno.test("web --qr-code draws the activation URL as a QR code on stderr", async () => {
  await using w = await world();
  const r = await runCli(["web", ...w.args, "-r", ROLE_DEV, "-q", "-f", "noop"], {
    home: w.home,
    env: w.env,
  });
  assert.equal(r.code, 0, r.stderr);
  assert.ok(
    r.stderr.split("\n").filter((l) => /[▀▄█].*[▀▄█].*[▀▄█]/.test(l)).length >= 15,
    r.stderr,
  );
  assert.equal(r.stdout, "");
});

Deno.test("web --open-browser-command runs the command with the URL as one argument, no shell", async () => {
  await using w = await world();
  const seen = `${w.home}/opened.txt`;
  const command = `sh -c 'printf "%s" "$0" > ${seen}'`;
  const r = await runCli(["web", ...w.args, "-r", ROLE_DEV, "-m", command, "-f", "noop"], {
    home: w.home,
    env: w.env,
  });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(await Deno.readTextFile(seen), `${w.okta.url}/activate?user_code=WDJB-MJHT`);
});

Deno.test("list-profiles prints the okta.yaml profiles on stdout", async () => {
  const home = await Deno.makeTempDir();
  try {
    await writeOktaYaml(
      home,
      "awscli:\n  profiles:\n    dev:\n      org-domain: acme.okta.com\n    prod:\n      aws-iam-role: arn:aws:iam::1:role/x\n",
    );
    const { runCli } = await import("./helpers.ts");
    const r = await runCli(["list-profiles"], { home });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(
      r.stdout,
      "dev\torg-domain=acme.okta.com\nprod\taws-iam-role=arn:aws:iam::1:role/x\n",
    );
  } finally {
    await Deno.remove(home, { recursive: true });
  }
});

Deno.test("web names a Classic engine org when device authorization fails there", async () => {
  await using w = await world({
    okta: {
      classic: true,
      deviceAuthorizeError: { error: "invalid_request", error_description: "x" },
    },
  });
  const r = await runCli(["web", ...w.args], { home: w.home, env: w.env });
  assert.equal(r.code, 1);
  assert.match(r.stderr, /is a Classic engine org/);
});

Deno.test("web asks for the assertion's SessionDuration by default; a duration given is asked as is", async () => {
  await using w = await world({
    saml: { sessionDuration: 7200, roles: [{ provider: PROVIDER, role: ROLE_DEV }] },
    sts: { maxDuration: { [ROLE_DEV]: 43200 } },
  });
  const byDefault = await runCli(["web", ...w.args, "-f", "noop"], { home: w.home, env: w.env });
  assert.equal(byDefault.code, 0, byDefault.stderr);
  assert.equal(w.sts.calls[0]!.params.DurationSeconds, "7200", "the app's default");
  // A default, not a cap (AWS: the role's maximum is the limit).
  const longer = await runCli(["web", ...w.args, "-s", "14400", "-f", "noop"], {
    home: w.home,
    env: w.env,
  });
  assert.equal(longer.code, 0, longer.stderr);
  assert.equal(w.sts.calls[1]!.params.DurationSeconds, "14400");
  assert.doesNotMatch(longer.stderr, /above|capped/);
});

Deno.test("web retries once at 3600 s when the app's SessionDuration is above the role's maximum", async () => {
  await using w = await world({
    saml: { sessionDuration: 43200, roles: [{ provider: PROVIDER, role: ROLE_DEV }] },
    sts: { maxDuration: { [ROLE_DEV]: 3600 } },
  });
  const r = await runCli(["web", ...w.args, "-f", "noop"], { home: w.home, env: w.env });
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(w.sts.calls.map((c) => c.params.DurationSeconds), ["43200", "3600"]);
  assert.match(r.stderr, /allows less than 43200 s; retried with 3600 s/);
});

Deno.test("web retries STS Throttling and succeeds", async () => {
  await using w = await world({ sts: { throttle: 1 } });
  const r = await runCli(["web", ...w.args, "-r", ROLE_DEV, "-f", "noop"], {
    home: w.home,
    env: w.env,
  });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(w.sts.calls.length, 2);
});

Deno.test("stsRegion() keeps the user's region in its partition, else the partition's own", () => {
  assert.equal(stsRegion("aws", "ap-northeast-2"), "ap-northeast-2");
  assert.equal(stsRegion("aws", "cn-north-1"), "us-east-1");
  assert.equal(stsRegion("aws-cn", "us-east-1"), "cn-north-1");
  assert.equal(stsRegion("aws-cn", "cn-northwest-1"), "cn-northwest-1");
  assert.equal(stsRegion("aws-us-gov", "us-east-1"), "us-gov-west-1");
  assert.equal(stsRegion("aws-us-gov", "us-gov-east-1"), "us-gov-east-1");
  // The AWS European Sovereign Cloud.
  assert.equal(stsRegion("aws-eusc", "us-east-1"), "eusc-de-east-1");
  assert.equal(stsRegion("aws-eusc", "eusc-de-east-1"), "eusc-de-east-1");
  assert.equal(stsRegion("aws", "eusc-de-east-1"), "us-east-1");
});

Deno.test("web sends the Okta and the STS calls through HTTP_PROXY", async () => {
  const { startFakeProxy } = await import("./fakes/proxy.ts");
  await using w = await world();
  await using proxy = await startFakeProxy();
  const r = await runCli(["web", ...w.args, "-r", ROLE_DEV, "-f", "noop"], {
    home: w.home,
    env: { ...w.env, HTTP_PROXY: proxy.url },
  });
  assert.equal(r.code, 0, r.stderr);
  assert.ok(
    proxy.seen.some((s) => s.startsWith(`POST ${w.okta.url}/oauth2/v1/device/authorize`)),
  );
  assert.ok(proxy.seen.some((s) => s.startsWith(`POST ${w.sts.url}/`)), proxy.seen.join("\n"));
});
