// exec --server end to end: a command reads its credentials from okta-aws's container-
// credentials server with the real AWS CLI and the AWS JS SDK, across renewals (the fake STS
// issues credentials that live seconds), with a refused token, Host and path, and a renewal
// that needs the user.
import assert from "node:assert/strict";
import { AWS_CLI, hasAwsCli, MAIN, ROLE_ADMIN, ROLE_DEV, runCli, world } from "./helpers.ts";
import { CONFIGURE_DEV, denoEnv, ssoWorld } from "./sso_world.ts";
import { headlessWorld, PASSWORD, ROLE_CI, testKey, USER } from "./headless_world.ts";

const NOOP_BROWSER = { OKTA_AWSCLI_OPEN_BROWSER: "false" };
const CONTAINER_SDK = new URL("./fixtures/container_sdk.ts", import.meta.url).pathname;
const PROBE = new URL("./fixtures/server_probe.ts", import.meta.url).pathname;
/** The fake STS's credentials live this long; the child waits longer between two calls. */
const LIFETIME = 6;

/** A Deno program as the command under okta-aws. */
const denoChild = (script: string, ...args: string[]) => [
  Deno.execPath(),
  "run",
  "-A",
  "--quiet",
  script,
  ...args,
];

/** The SDK fixture: reads credentials, waits past one lifetime, reads them again. */
const sdkChild = () => denoChild(CONTAINER_SDK, String(LIFETIME + 1));

function envLines(text: string): Record<string, string> {
  return Object.fromEntries(
    text.trim().split("\n").map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]),
  );
}

Deno.test({
  name:
    "exec --server: the AWS CLI in the child reads the server, no key is in its environment, and it keeps working across a renewal",
  ignore: !hasAwsCli,
  async fn() {
    await using w = await world({ sts: { lifetimeSeconds: LIFETIME } });
    const script =
      `env > "$HOME/child.env"; ${AWS_CLI} sts get-caller-identity --region us-east-1 --endpoint-url "$AWS_ENDPOINT_URL_STS" --output text; ` +
      `sleep ${
        LIFETIME + 1
      }; ${AWS_CLI} sts get-caller-identity --region us-east-1 --endpoint-url "$AWS_ENDPOINT_URL_STS" --output text`;
    const r = await runCli([
      "web",
      ...w.args,
      "-r",
      ROLE_DEV,
      "--server",
      "--",
      "sh",
      "-c",
      script,
    ], {
      home: w.home,
      env: {
        ...w.env,
        ...NOOP_BROWSER,
        AWS_PAGER: "",
        AWS_EC2_METADATA_DISABLED: "true",
        // Another server's settings: the relative URI would win over ours in every SDK.
        AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: "/stale",
        AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE: "/stale/token",
      },
    });
    assert.equal(r.code, 0, r.stderr);
    // Two calls, each answered: the second only because the server renewed the credentials.
    assert.equal(r.stdout.match(/assumed-role\/Developer/g)?.length, 2, r.stdout);
    const saml = w.sts.calls.filter((c) => c.action === "AssumeRoleWithSAML");
    assert.equal(saml.length, 2, "one sign-in's credentials and one renewal");
    const callers = w.sts.calls.filter((c) => c.action === "GetCallerIdentity")
      .map((c) => /Credential=([A-Z0-9]+)\//.exec(c.authorization ?? "")?.[1]);
    assert.deepEqual(callers, [w.sts.issued[0]!.accessKeyId, w.sts.issued[1]!.accessKeyId]);
    assert.equal(
      w.okta.count("/oauth2/v1/device/authorize"),
      1,
      "the renewal reused the session",
    );

    const env = envLines(await Deno.readTextFile(`${w.home}/child.env`));
    assert.match(
      env.AWS_CONTAINER_CREDENTIALS_FULL_URI!,
      /^http:\/\/127\.0\.0\.1:\d+\/[\w-]{24}$/,
    );
    assert.match(env.AWS_CONTAINER_AUTHORIZATION_TOKEN!, /^[\w-]{43}$/);
    for (const name of ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"]) {
      assert.equal(env[name], undefined, `${name} reached the child`);
    }
    assert.equal(env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI, undefined);
    assert.equal(env.AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE, undefined);
    const childEnv = await Deno.readTextFile(`${w.home}/child.env`);
    for (const c of w.sts.issued) {
      assert.ok(!childEnv.includes(c.secretAccessKey) && !childEnv.includes(c.sessionToken));
    }
    // The token is per run: not in any file okta-aws wrote, not on stderr.
    assert.ok(!r.stderr.includes(env.AWS_CONTAINER_AUTHORIZATION_TOKEN!));
  },
});

Deno.test("exec --server: the AWS JS SDK's fromContainerMetadata and default chain read the server, across a renewal", async () => {
  await using w = await world({ sts: { lifetimeSeconds: LIFETIME } });
  const r = await runCli([
    "web",
    ...w.args,
    "-r",
    ROLE_DEV,
    "--server",
    "--",
    ...sdkChild(),
  ], { home: w.home, env: { ...w.env, ...NOOP_BROWSER, ...await denoEnv() } });
  assert.equal(r.code, 0, r.stderr);
  const rounds: { ecsKey: string; chainKey: string; arn: string }[] = JSON.parse(r.stdout);
  const [first, second] = rounds;
  assert.equal(first!.ecsKey, w.sts.issued[0]!.accessKeyId);
  assert.equal(
    first!.chainKey,
    w.sts.issued[0]!.accessKeyId,
    "the default chain read the server",
  );
  assert.match(first!.arn, /assumed-role\/Developer\//);
  // After the first credentials expired: the renewed ones, through both providers.
  assert.equal(second!.ecsKey, w.sts.issued[1]!.accessKeyId);
  assert.equal(second!.chainKey, w.sts.issued[1]!.accessKeyId);
  assert.match(second!.arn, /assumed-role\/Developer\//);
});

Deno.test("exec --server refuses a wrong or missing token, a foreign Host and another path, and stops with the child", async () => {
  await using w = await world();
  const r = await runCli(
    [
      "web",
      ...w.args,
      "-r",
      ROLE_DEV,
      "--server",
      "--",
      ...denoChild(PROBE),
    ],
    { home: w.home, env: { ...w.env, ...NOOP_BROWSER, ...await denoEnv() } },
  );
  assert.equal(r.code, 0, r.stderr);
  const probe = JSON.parse(r.stdout);
  assert.equal(probe.ok, 200);
  assert.equal(probe.wrongToken, 401);
  assert.equal(probe.noToken, 401);
  assert.equal(probe.foreignHost, 403, "DNS rebinding: another Host is refused");
  assert.equal(probe.localhostHost, 403, "only the address given to the child");
  assert.equal(probe.otherPath, 404);
  assert.deepEqual(
    probe.malformedHosts,
    [400, 400, 403, 400, 400],
    "a port past 65535 is just foreign",
  );
  assert.doesNotMatch(r.stderr, /error|at |\/[A-Za-z0-9_-]{24}/i, "no trace, no secret path");
  // The server is gone with the child.
  const url = new URL(probe.url);
  await assert.rejects(Deno.connect({ hostname: url.hostname, port: Number(url.port) }));
});

Deno.test({
  name:
    "exec --server: a renewal that needs a sign-in is said once on stderr, the AWS CLI shows the error, and the sign-in the hint names brings it back",
  ignore: !hasAwsCli,
  async fn() {
    await using w = await world({ sts: { lifetimeSeconds: LIFETIME } });
    // The child signs okta-aws out (the Okta session goes), asks twice after expiry, then
    // signs in as the hint says (as from another terminal) and asks once more.
    const okta = `${Deno.execPath()} run -A --quiet ${MAIN}`;
    const signIn = `${okta} web ${w.args.join(" ")} -r ${ROLE_DEV} --cache-access-token -f noop`;
    const call =
      `${AWS_CLI} sts get-caller-identity --region us-east-1 --endpoint-url "$AWS_ENDPOINT_URL_STS" --output text`;
    const script = `${call} && ${okta} logout >/dev/null 2>&1; sleep ${LIFETIME + 1}; ` +
      `${call}; echo "second=$?"; ${call}; echo "third=$?"; ` +
      `${signIn} >/dev/null 2>&1; ${call}; echo "after-sign-in=$?"`;
    const r = await runCli([
      "web",
      ...w.args,
      "-r",
      ROLE_DEV,
      "--server",
      "--",
      "sh",
      "-c",
      script,
    ], {
      home: w.home,
      env: {
        ...w.env,
        ...NOOP_BROWSER,
        ...await denoEnv(),
        AWS_PAGER: "",
        AWS_EC2_METADATA_DISABLED: "true",
      },
    });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /second=[1-9]/);
    assert.match(r.stdout, /third=[1-9]/);
    assert.match(r.stdout, /after-sign-in=0/, r.stderr);
    const said = r.stderr.match(
      /error: Cannot renew the running command's credentials without you: the Okta session at "127\.0\.0\.1:\d+" ended/g,
    );
    assert.equal(said?.length, 1, r.stderr);
    assert.match(
      r.stderr,
      /hint: In another terminal, sign in with the same okta-aws flags and --cache-access-token -f noop/,
    );
    // What the AWS CLI shows the user: the server's message.
    assert.match(
      r.stderr,
      /Received non 200 response \(400\) from ECS metadata: \{"Code":"RenewalFailed"/,
    );
    // The server started no sign-in itself: the one after the first is the hint's.
    assert.equal(w.okta.count("/oauth2/v1/device/authorize"), 2);
  },
});

Deno.test("exec --server with --chain serves the last hop and renews both hops", async () => {
  await using w = await world({ sts: { lifetimeSeconds: LIFETIME } });
  const r = await runCli([
    "web",
    ...w.args,
    "-r",
    ROLE_DEV,
    "--chain",
    ROLE_ADMIN,
    "--server",
    "--",
    ...sdkChild(),
  ], { home: w.home, env: { ...w.env, ...NOOP_BROWSER, ...await denoEnv() } });
  assert.equal(r.code, 0, r.stderr);
  const rounds: { ecsKey: string; arn: string }[] = JSON.parse(r.stdout);
  assert.match(rounds[0]!.arn, /assumed-role\/Admin\//);
  assert.match(rounds[1]!.arn, /assumed-role\/Admin\//);
  assert.notEqual(rounds[0]!.ecsKey, rounds[1]!.ecsKey);
  // Sign-in role, hop, then on renewal the same two again (the flow's role, not the hop's).
  const assumed = w.sts.calls.filter((c) => c.action.startsWith("AssumeRole")).map((c) =>
    `${c.action} ${c.params.RoleArn}`
  );
  assert.deepEqual(assumed, [
    `AssumeRoleWithSAML ${ROLE_DEV}`,
    `AssumeRole ${ROLE_ADMIN}`,
    `AssumeRoleWithSAML ${ROLE_DEV}`,
    `AssumeRole ${ROLE_ADMIN}`,
  ]);
});

Deno.test("--server without a command is a usage error naming what to add", async () => {
  await using w = await world();
  const r = await runCli(["web", ...w.args, "-r", ROLE_DEV, "--server"], {
    home: w.home,
    env: { ...w.env, ...NOOP_BROWSER },
  });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--server serves credentials to a command after --/);
  assert.equal(w.okta.count("/oauth2/v1/device/authorize"), 0);
});

Deno.test("exec --server warns once when the default profile has credentials of its own", async () => {
  await using w = await world();
  await Deno.mkdir(`${w.home}/.aws`);
  await Deno.writeTextFile(
    `${w.home}/.aws/credentials`,
    "[default]\naws_access_key_id = AKIAOLDSTATICKEY0000\naws_secret_access_key = x\n",
  );
  const r = await runCli(["web", ...w.args, "-r", ROLE_DEV, "--server", "--", "true"], {
    home: w.home,
    env: { ...w.env, ...NOOP_BROWSER },
  });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(
    r.stderr.match(
      /notice: the \[default\] profile in .*\/\.aws\/credentials has credentials of its own \(aws_access_key_id\)/g,
    )?.length,
    1,
    r.stderr,
  );
  const quiet = await runCli(["web", ...w.args, "-r", ROLE_DEV, "--server", "--", "true"], {
    home: w.home,
    env: { ...w.env, ...NOOP_BROWSER, AWS_SHARED_CREDENTIALS_FILE: `${w.home}/none` },
  });
  assert.doesNotMatch(quiet.stderr, /has credentials of its own/);
});

Deno.test("OKTA_AWS_SERVER asks for the server on exec runs only: a run without a command is not refused", async () => {
  await using w = await world();
  const r = await runCli(["web", ...w.args, "-r", ROLE_DEV, "-f", "process-credentials"], {
    home: w.home,
    env: { ...w.env, ...NOOP_BROWSER, OKTA_AWS_SERVER: "true" },
  });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).AccessKeyId, w.sts.issued[0]!.accessKeyId);
  const exec = await runCli(["web", ...w.args, "-r", ROLE_DEV, "--", "sh", "-c", "env"], {
    home: w.home,
    env: { ...w.env, ...NOOP_BROWSER, OKTA_AWS_SERVER: "true" },
  });
  assert.equal(exec.code, 0, exec.stderr);
  assert.match(exec.stdout, /^AWS_CONTAINER_CREDENTIALS_FULL_URI=http:\/\/127\.0\.0\.1:/m);
  assert.doesNotMatch(exec.stdout, /^AWS_ACCESS_KEY_ID=/m);
});

Deno.test("m2m --server --chain renews without anyone: a new client-credentials token, the web identity role, then the hop", async () => {
  const key = await testKey("rsa-pkcs8");
  await using w = await headlessWorld({ keys: { kid1: key.publicKey } });
  w.sts.script.lifetimeSeconds = LIFETIME;
  const r = await w.run([
    "m2m",
    "--chain",
    ROLE_ADMIN,
    "--server",
    "--",
    ...sdkChild(),
  ], { OKTA_AWSCLI_KEY_ID: "kid1", OKTA_AWSCLI_PRIVATE_KEY: key.pem, ...await denoEnv() });
  assert.equal(r.code, 0, r.stderr);
  const rounds: { ecsKey: string; arn: string }[] = JSON.parse(r.stdout);
  assert.match(rounds[1]!.arn, /assumed-role\/Admin\//);
  assert.notEqual(rounds[0]!.ecsKey, rounds[1]!.ecsKey);
  const assumed = w.sts.calls.filter((c) => c.action.startsWith("AssumeRole")).map((c) =>
    `${c.action} ${c.params.RoleArn}`
  );
  assert.deepEqual(assumed, [
    `AssumeRoleWithWebIdentity ${ROLE_CI}`,
    `AssumeRole ${ROLE_ADMIN}`,
    `AssumeRoleWithWebIdentity ${ROLE_CI}`,
    `AssumeRole ${ROLE_ADMIN}`,
  ]);
  assert.equal(
    w.okta.requests.filter((q) => q.form.grant_type === "client_credentials").length,
    2,
  );
});

Deno.test("sso --server renews through GetRoleCredentials with the cached token, no second sign-in", async () => {
  await using w = await ssoWorld({ credentialSeconds: LIFETIME });
  assert.equal((await w.run(CONFIGURE_DEV)).code, 0);
  const r = await w.run([
    "sso",
    "--profile",
    "dev",
    "--server",
    "--",
    ...sdkChild(),
  ], await denoEnv());
  assert.equal(r.code, 0, r.stderr);
  const rounds: { ecsKey: string; chainKey: string }[] = JSON.parse(r.stdout);
  assert.equal(rounds[0]!.ecsKey, w.ic.issued[0]!.accessKeyId);
  assert.equal(rounds[1]!.ecsKey, w.ic.issued[1]!.accessKeyId);
  assert.equal(rounds[1]!.chainKey, w.ic.issued[1]!.accessKeyId);
  const signIns = w.ic.calls.filter((c) =>
    c.op === "POST /device_authorization" || c.op === "GET /authorize"
  );
  assert.equal(signIns.length, 1, "configure's sign-in only");
});

Deno.test("direct --server does not push to the phone to renew: the command is told why, with the next step", async () => {
  await using w = await headlessWorld({ pushPolls: [] });
  w.sts.script.lifetimeSeconds = LIFETIME;
  const r = await w.run([
    "direct",
    "--username",
    USER,
    "--server",
    "--",
    ...sdkChild(),
  ], { OKTA_AWSCLI_PASSWORD: PASSWORD, ...await denoEnv() });
  assert.notEqual(r.code, 0, "the child's second round fails");
  assert.match(
    r.stderr,
    /error: Cannot renew the running command's credentials without you: okta-aws direct needs your Okta Verify approval for every sign-in/,
  );
  assert.match(r.stderr, /hint: Run jobs longer than one session with okta-aws web/);
  assert.equal(w.okta.requests.filter((q) => q.path.endsWith("/challenge")).length, 1);
});
