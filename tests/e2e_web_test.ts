// okta-aws web end to end: main.ts spawned as a user runs it, against the fake Okta org and
// fake STS; stdout, stderr, exit codes and files checked.
import assert from "node:assert/strict";
import {
  APP_ID,
  CLIENT_ID,
  leakedSecrets,
  MAIN,
  NO_DEVICE_GRANT,
  NOT_WEB_SSO_CLIENT,
  PROVIDER,
  PROVIDER_2,
  ROLE_ADMIN,
  ROLE_DEV,
  ROLE_PROD,
  runCli,
  secretsOf,
  world,
  writeOktaYaml,
} from "./helpers.ts";
import { samlResponse } from "./fakes/saml.ts";

Deno.test("web prints POSIX export lines for the preset role on stdout, prompts on stderr", async () => {
  await using w = await world();
  const r = await runCli(["web", ...w.args, "--aws-iam-role", ROLE_DEV], {
    home: w.home,
    env: { ...w.env, SHELL: "/bin/bash" },
  });
  assert.equal(r.code, 0, r.stderr);
  const issued = w.sts.issued[0]!;
  assert.match(r.stdout, new RegExp(`^export AWS_ACCESS_KEY_ID='${issued.accessKeyId}'$`, "m"));
  assert.match(r.stdout, /^export AWS_CREDENTIAL_EXPIRATION='\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ'$/m);
  assert.doesNotMatch(r.stdout, /AWS_REGION/);
  assert.match(r.stderr, /activate\?user_code=WDJB-MJHT/);
  assert.equal(w.sts.calls[0]!.params.RoleArn, ROLE_DEV);
  assert.equal(w.sts.calls[0]!.params.PrincipalArn, PROVIDER);
  assert.equal(w.sts.calls[0]!.params.DurationSeconds, "3600");
  assert.equal(w.sts.calls[0]!.authorization, undefined, "AssumeRoleWithSAML is unsigned");
  // The Okta calls carry okta-aws-cli's headers.
  const deviceCall = w.okta.requests.find((q) => q.path === "/oauth2/v1/device/authorize")!;
  assert.equal(deviceCall.headers["x-okta-aws-cli-operation"], "web");
  assert.match(deviceCall.headers["user-agent"]!, /^okta-aws\/\d+\.\d+\.\d+ \(linux; /);
  assert.equal(deviceCall.form.scope, "openid okta.apps.sso okta.users.read.self");
});

Deno.test("web -z updates the one profile in place, keeps comments, mode 0600", async () => {
  await using w = await world();
  const creds = `${w.home}/.aws/credentials`;
  await Deno.mkdir(`${w.home}/.aws`);
  const before =
    "# my keys\n[other]\naws_access_key_id = AKIAOTHER\n\n[dev]\naws_access_key_id = OLD ; keep\nregion = eu-west-1\n# trailing\n";
  await Deno.writeTextFile(creds, before, { mode: 0o644 });
  for (let i = 0; i < 2; i++) {
    const r = await runCli(
      ["web", ...w.args, "-r", ROLE_DEV, "-p", "dev", "-z", "--expiry-aws-variables"],
      { home: w.home, env: w.env },
    );
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, "", "aws-credentials prints nothing on stdout");
  }
  const text = await Deno.readTextFile(creds);
  const last = w.sts.issued[1]!;
  assert.equal(text.match(/\[dev\]/g)?.length, 1, "never a duplicate section");
  assert.ok(text.startsWith("# my keys\n[other]\naws_access_key_id = AKIAOTHER\n\n[dev]\n"));
  assert.match(text, new RegExp(`aws_access_key_id = ${last.accessKeyId}\n`));
  assert.match(text, new RegExp(`x_security_token_expires = ${last.expiration}\n`));
  assert.match(text, /region = eu-west-1\n/);
  assert.ok(text.endsWith("# trailing\n"));
  assert.equal((await Deno.stat(creds)).mode! & 0o777, 0o600);
});

Deno.test("web --format process-credentials prints exactly one JSON object", async () => {
  await using w = await world();
  const r = await runCli(["web", ...w.args, "-r", ROLE_ADMIN, "-f", "process-credentials"], {
    home: w.home,
    env: w.env,
  });
  assert.equal(r.code, 0, r.stderr);
  const json = JSON.parse(r.stdout);
  const issued = w.sts.issued[0]!;
  assert.deepEqual(json, {
    Version: 1,
    AccessKeyId: issued.accessKeyId,
    SecretAccessKey: issued.secretAccessKey,
    SessionToken: issued.sessionToken,
    Expiration: issued.expiration,
  });
  assert.equal(r.stdout.trim().split("\n").length, 1);
});

Deno.test("web without a terminal and two roles fails listing them and the flag", async () => {
  await using w = await world();
  const r = await runCli(["web", ...w.args], { home: w.home, env: w.env });
  assert.equal(r.code, 1);
  assert.match(r.stderr, /error: Cannot ask which role to use without a terminal/);
  assert.match(r.stderr, new RegExp(ROLE_DEV));
  assert.match(r.stderr, new RegExp(ROLE_ADMIN));
  assert.match(r.stderr, /hint: Set --aws-iam-role to one of them\./);
  assert.equal(r.stdout, "");
  assert.equal(w.sts.calls.length, 0);
});

Deno.test("web with a preset role not in the assertion lists what is available", async () => {
  await using w = await world();
  const r = await runCli(["web", ...w.args, "-r", "arn:aws:iam::123456789012:role/Nope"], {
    home: w.home,
    env: w.env,
  });
  assert.equal(r.code, 1);
  assert.match(
    r.stderr,
    /The role "arn:aws:iam::123456789012:role\/Nope" is not in the SAML assertion/,
  );
  assert.match(r.stderr, /role\/Developer/);
  assert.equal(w.sts.calls.length, 0, "never a call STS will reject");
});

Deno.test("web takes presets by okta.yaml label and profile settings from okta.yaml", async () => {
  await using w = await world();
  await writeOktaYaml(
    w.home,
    [
      "awscli:",
      "  idps:",
      `    "${PROVIDER}": "Data Production"`,
      "  roles:",
      '    "arn:aws:iam::.*:role/Admin": "Admin"',
      "  profiles:",
      "    staging:",
      `      org-domain: "${w.okta.url}"`,
      `      oidc-client-id: "${CLIENT_ID}"`,
      '      aws-iam-idp: "Data Production"',
      '      aws-iam-role: "Admin"',
      "      format: process-credentials",
      "      colour: blue",
    ].join("\n"),
  );
  const r = await runCli(["web", "--profile", "staging"], { home: w.home, env: w.env });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(w.sts.calls[0]!.params.RoleArn, ROLE_ADMIN);
  assert.ok(JSON.parse(r.stdout).AccessKeyId);
  assert.match(r.stderr, /warning: unknown key "colour"/);
});

Deno.test("web --all-profiles writes one profile per role of every app, names never collide", async () => {
  const second = "0oasecondfedapp";
  await using w = await world({
    okta: {
      apps: [{ id: APP_ID, label: "Dev accounts" }, { id: second, label: "Prod accounts" }],
      pageSize: 1,
    },
  });
  w.okta.script.assertions![second] = samlResponse({
    roles: [{ provider: PROVIDER_2, role: ROLE_PROD }],
    order: "role-first",
    prefix: "",
  });
  const creds = `${w.home}/creds`;
  const r = await runCli([
    "web",
    ...w.args,
    "-k",
    "-w",
    creds,
    "--profile-name-template",
    "label",
  ], {
    home: w.home,
    env: w.env,
  });
  assert.equal(r.code, 0, r.stderr);
  const text = await Deno.readTextFile(creds);
  for (const name of ["123456789012-Developer", "123456789012-Admin", "210987654321-ReadOnly"]) {
    assert.match(text, new RegExp(`^\\[${name}\\]$`, "m"));
  }
  assert.equal(w.sts.calls.length, 3, "the label scheme asks IAM nothing");
  assert.equal(w.okta.count("/api/v1/users/me/appLinks"), 3, "followed Link rel=next pages");
});

Deno.test("web explains an app whose Allowed Web SSO Client is another client", async () => {
  await using w = await world({
    okta: {
      exchangeError: NOT_WEB_SSO_CLIENT,
    },
  });
  const r = await runCli(["web", ...w.args, "-a", APP_ID], { home: w.home, env: w.env });
  assert.equal(r.code, 1);
  assert.match(r.stderr, /is not its Allowed Web SSO Client/);
  assert.match(r.stderr, /hint: .*Allowed Web SSO Client.*guide step 1\.2/);
  assert.doesNotMatch(r.stderr, /at .*\.ts:\d+/, "no stack trace without --debug");
});

Deno.test("web explains a client without the Device Authorization grant, in Korean", async () => {
  await using w = await world({
    okta: {
      deviceAuthorizeError: NO_DEVICE_GRANT,
    },
  });
  const r = await runCli(["web", ...w.args], {
    home: w.home,
    env: { ...w.env, LANG: "ko_KR.UTF-8" },
  });
  assert.equal(r.code, 1);
  assert.match(r.stderr, /오류: .*Device Authorization/);
  assert.match(r.stderr, /도움말: .*가이드 1\.1/);
  assert.equal(
    w.okta.count("/.well-known/okta-organization"),
    1,
    "classic check only on failure",
  );
});

Deno.test("web says when the activation code expired", async () => {
  await using w = await world({ okta: { pollForever: "authorization_pending", expiresIn: 3 } });
  const r = await runCli(["web", ...w.args], { home: w.home, env: w.env });
  assert.equal(r.code, 1);
  assert.match(r.stderr, /The activation code expired/);
});

Deno.test("web retries once at 3600 s when the role's maximum is lower, and says so", async () => {
  await using w = await world({ sts: { maxDuration: { [ROLE_DEV]: 3600 } } });
  const r = await runCli(["web", ...w.args, "-r", ROLE_DEV, "-s", "7200", "-f", "noop"], {
    home: w.home,
    env: w.env,
  });
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(w.sts.calls.map((c) => c.params.DurationSeconds), ["7200", "3600"]);
  assert.match(r.stderr, /retried with 3600 s/);
});

Deno.test("web explains STS AccessDenied with the IdP name hint", async () => {
  await using w = await world({
    sts: {
      errors: {
        [ROLE_DEV]: {
          code: "AccessDenied",
          message: "Not authorized to perform sts:AssumeRoleWithSAML",
        },
      },
    },
  });
  const r = await runCli(["web", ...w.args, "-r", ROLE_DEV], { home: w.home, env: w.env });
  assert.equal(r.code, 1);
  assert.match(r.stderr, /Cannot assume role ".*role\/Developer": STS returned AccessDenied/);
  assert.match(r.stderr, /same name in every account/);
});

Deno.test("web --debug-api-calls shows the calls but no token, assertion or AWS secret", async () => {
  await using w = await world();
  const r = await runCli(["web", ...w.args, "-r", ROLE_DEV, "-d", "-f", "noop"], {
    home: w.home,
    env: w.env,
  });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /\[api\] > POST http:\/\/127\.0\.0\.1:\d+\/oauth2\/v1\/token/);
  assert.match(r.stderr, /\[api\] > POST http:\/\/127\.0\.0\.1:\d+\/login\/token\/sso/);
  assert.match(r.stderr, /AssumeRoleWithSAML/);
  assert.match(r.stderr, /<redacted:[0-9a-f]{8}>/);
  // The canaries cover every token, the SAML assertion the org served (and STS received),
  // and the AWS secrets: none may appear.
  const assertion = w.sts.calls[0]!.params.SAMLAssertion!;
  assert.ok(secretsOf(w).includes(assertion), "the SAML assertion is a canary");
  assert.ok(secretsOf(w).some((s) => s.startsWith("websso-")), "so is the web SSO token");
  assert.deepEqual(leakedSecrets(r.stderr + r.stdout, w), []);
});

Deno.test("web refuses a duplicate section in the credentials file and leaves it untouched", async () => {
  await using w = await world();
  const creds = `${w.home}/creds`;
  const before = "[dev]\na = 1\n[dev]\nb = 2\n";
  await Deno.writeTextFile(creds, before);
  const r = await runCli(["web", ...w.args, "-r", ROLE_DEV, "-p", "dev", "-z", "-w", creds], {
    home: w.home,
    env: w.env,
  });
  assert.equal(r.code, 1);
  assert.match(r.stderr, /creds": line 3: section \[dev\] appears twice/);
  assert.equal(await Deno.readTextFile(creds), before);
});

Deno.test("usage errors exit 2 with a hint and send no request to Okta or STS", async () => {
  await using w = await world();
  const cases: [string[], RegExp, RegExp][] = [
    [
      ["web", "--org-domain", w.okta.url],
      /^error: Missing OIDC client ID: set --oidc-client-id or OKTA_AWSCLI_OIDC_CLIENT_ID$/m,
      /^hint: See okta-aws web --help\.$/m,
    ],
    [
      [...w.args, "-s", "100"],
      /^error: Invalid --aws-session-duration "100": give whole seconds from 900 to 43200, or a duration such as 12h or 90m$/m,
      /^hint: See okta-aws web --help\.$/m,
    ],
    [
      [...w.args, "-f", "yaml"],
      /^error: Unknown --format "yaml": built in are env-var, aws-credentials, process-credentials, console, noop; plugins found in ".*": none$/m,
      /^hint: Choose a built-in format, or install an executable "okta-aws-output-yaml" in that directory/m,
    ],
    [
      ["status", ...w.args],
      /^error: "okta-aws status" does not take --org-domain: it is a flag of "okta-aws web", "okta-aws m2m", "okta-aws direct", "okta-aws logout", "okta-aws console", "okta-aws profiles sync", "okta-aws doctor"$/m,
      /^hint: See okta-aws status --help/m,
    ],
  ];
  for (const [args, message, hint] of cases) {
    const r = await runCli(args, { home: w.home, env: w.env });
    assert.equal(r.code, 2, `${args.join(" ")}: ${r.stderr}`);
    assert.equal(r.stdout, "");
    assert.match(r.stderr, message);
    assert.match(r.stderr, hint);
  }
  assert.deepEqual(w.okta.requests, [], "no request reached the fake org");
  assert.equal(w.sts.calls.length, 0);
});

Deno.test("argv errors load no npm package: they run with an empty Deno cache and --cached-only", async () => {
  const home = await Deno.makeTempDir();
  const emptyCache = await Deno.makeTempDir();
  try {
    for (
      const [args, message] of [
        [["--bogus"], /^error: unknown option '--bogus'$/m],
        [["wbe"], /^error: unexpected argument 'wbe' \(did you mean 'web'\?\)$/m],
        [["status", "-r", "x"], /^error: "okta-aws status" does not take -r/m],
      ] as const
    ) {
      const out = await new Deno.Command(Deno.execPath(), {
        args: ["run", "--allow-all", "--quiet", "--cached-only", MAIN, ...args],
        env: { HOME: home, DENO_DIR: emptyCache, NO_COLOR: "1", PATH: Deno.env.get("PATH")! },
        clearEnv: true,
        stdout: "piped",
        stderr: "piped",
      }).output();
      const stderr = new TextDecoder().decode(out.stderr);
      assert.equal(out.code, 2, stderr);
      assert.match(stderr, message);
      assert.match(stderr, /^hint: See okta-aws (web|status)? ?--help/m);
    }
  } finally {
    await Deno.remove(home, { recursive: true });
    await Deno.remove(emptyCache, { recursive: true });
  }
});

Deno.test("--help lists every okta-aws-cli flag of web", async () => {
  const home = await Deno.makeTempDir();
  try {
    const r = await runCli(["web", "--help"], { home });
    assert.equal(r.code, 0);
    for (
      const flag of [
        "-o, --org-domain",
        "-c, --oidc-client-id",
        "-a, --aws-acct-fed-app-id",
        "-k, --all-profiles",
        "-z, --write-aws-credentials",
        "-y, --short-user-agent",
        "-m, --open-browser-command",
      ]
    ) {
      assert.ok(r.stdout.includes(flag), flag);
    }
  } finally {
    await Deno.remove(home, { recursive: true });
  }
});
