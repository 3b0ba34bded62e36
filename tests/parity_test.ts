// okta-aws-cli 2.6 behaviour an upgrading user relies on (issue 8), end to end against the
// fakes: their flags, variables, .env and okta.yaml do what they did.
import assert from "node:assert/strict";
import {
  APP_ID,
  leakedSecrets,
  PROVIDER,
  PROVIDER_2,
  ROLE_ADMIN,
  ROLE_DEV,
  ROLE_PROD,
  runCli,
  secretsOf,
  testDeps,
  type World,
  world,
  writeDotenv,
  writeOktaYaml,
} from "./helpers.ts";
import { main } from "../src/cli/main.ts";
import { samlResponse } from "./fakes/saml.ts";

async function run(w: World, args: string[], env: Record<string, string> = {}, cwd?: string) {
  const io = testDeps([...args, ...w.args], { home: w.home, env: { ...w.env, ...env } });
  if (cwd) io.deps.cwd = cwd;
  const code = await main(io.deps);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

Deno.test("a --format flag beats OKTA_AWSCLI_WRITE_AWS_CREDENTIALS: eval gets its lines, and is told", async () => {
  await using w = await world();
  const r = await run(w, ["web", "-a", APP_ID, "-r", ROLE_DEV, "-f", "env-var"], {
    OKTA_AWSCLI_WRITE_AWS_CREDENTIALS: "true",
  });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^export AWS_ACCESS_KEY_ID='ASIA/m);
  assert.match(r.stderr, /--write-aws-credentials \(environment\) is ignored: --format env-var/);
  assert.throws(() => Deno.statSync(`${w.home}/.aws/credentials`), "no file written");
});

Deno.test("-z with -f process-credentials writes the profile and prints the JSON, warm calls too", async () => {
  await using w = await world();
  const args = [
    "web",
    "-a",
    APP_ID,
    "-r",
    ROLE_DEV,
    "-z",
    "-p",
    "dev",
    "-f",
    "process-credentials",
  ];
  const first = await runCli([...args, ...w.args], { home: w.home, env: w.env });
  assert.equal(first.code, 0, first.stderr);
  assert.equal(JSON.parse(first.stdout).AccessKeyId, w.sts.issued[0]!.accessKeyId);
  const file = await Deno.readTextFile(`${w.home}/.aws/credentials`);
  assert.match(
    file,
    new RegExp(`^\\[dev\\]\\naws_access_key_id = ${w.sts.issued[0]!.accessKeyId}`, "m"),
  );
  const warm = await runCli([...args, ...w.args], { home: w.home, env: w.env });
  assert.equal(warm.code, 0, warm.stderr);
  assert.equal(JSON.parse(warm.stdout).AccessKeyId, w.sts.issued[0]!.accessKeyId);
  assert.equal(w.sts.issued.length, 1, "the warm call came from the cache");
});

Deno.test("--session-duration (okta-aws-cli's deprecated name) works with a notice, in okta.yaml too", async () => {
  await using w = await world();
  const r = await run(w, ["web", "-a", APP_ID, "-r", ROLE_DEV, "--session-duration", "1800"]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(
    r.stderr,
    /notice: --session-duration is okta-aws-cli's deprecated name of --aws-session-duration/,
  );
  assert.equal(w.sts.calls.at(-1)!.params.DurationSeconds, "1800");
  await writeOktaYaml(
    w.home,
    "awscli:\n  profiles:\n    default:\n      session-duration: 2700\n",
  );
  const yaml = await run(w, ["web", "-a", APP_ID, "-r", ROLE_DEV]);
  assert.equal(yaml.code, 0, yaml.stderr);
  assert.doesNotMatch(yaml.stderr, /unknown key/);
  assert.equal(w.sts.calls.at(-1)!.params.DurationSeconds, "2700");
});

Deno.test("okta.yaml: okta-aws-cli's keys are no mistake; only the block in use is checked", async () => {
  await using w = await world();
  await writeOktaYaml(
    w.home,
    [
      "awscli:",
      "  profiles:",
      "    default:",
      "      username: jane",
      "      authz-id: aus1",
      "      aws-sts-role-session-name: jane",
      "      aws-iam-rol: typo-here",
      "    other:",
      "      org-domian: typo-elsewhere",
      "",
    ].join("\n"),
  );
  const r = await run(w, ["web", "-a", APP_ID, "-r", ROLE_DEV, "-f", "noop"]);
  assert.equal(r.code, 0, r.stderr);
  const warnings = r.stderr.split("\n").filter((l) => l.startsWith("warning: unknown key"));
  assert.deepEqual(warnings.length, 1, r.stderr);
  assert.match(warnings[0]!, /"aws-iam-rol" .*did you mean "aws-iam-role"/);
  assert.doesNotMatch(r.stderr, /username|authz-id|aws-sts-role-session-name|org-domian/);
  const status = await run(w, ["status"]);
  assert.doesNotMatch(status.stderr, /unknown key/, "status reads no profile");
});

Deno.test(".env's AWS_REGION and AWS_DEFAULT_REGION reach an exec child (warm runs too); the environment wins", async () => {
  await using w = await world();
  await Deno.writeTextFile(
    `${w.home}/.env`,
    "AWS_REGION=eu-central-1\nAWS_DEFAULT_REGION=eu-central-1\nOTHER_FROM_DOTENV=1\n",
  );
  const args = ["web", ...w.args, "-a", APP_ID, "-r", ROLE_DEV, "--"];
  const child = ["sh", "-c", 'echo "r=$AWS_REGION d=$AWS_DEFAULT_REGION o=$OTHER_FROM_DOTENV"'];
  const cold = await runCli([...args, ...child], { home: w.home, env: w.env });
  assert.equal(cold.code, 0, cold.stderr);
  assert.equal(cold.stdout, "r=eu-central-1 d=eu-central-1 o=\n");
  const warm = await runCli([...args, ...child], { home: w.home, env: w.env });
  assert.equal(warm.stdout, "r=eu-central-1 d=eu-central-1 o=\n");
  assert.equal(w.sts.issued.length, 1, "the second run was served from the cache");
  const os = await runCli([...args, ...child], {
    home: w.home,
    env: { ...w.env, AWS_REGION: "ap-northeast-2" },
  });
  assert.equal(os.stdout, "r=ap-northeast-2 d=eu-central-1 o=\n");
});

Deno.test(".env's AWS_REGION picks the STS region (the regional endpoint okta-aws calls)", async () => {
  await using w = await world();
  await writeDotenv(w.home, "AWS_REGION=eu-central-1\n");
  // No AWS_ENDPOINT_URL_STS: the SDK chooses the regional endpoint. The call is stopped
  // before it leaves the machine; its host is what this test reads.
  const io = testDeps(["web", ...w.args, "-a", APP_ID, "-r", ROLE_DEV], { home: w.home });
  const hosts: string[] = [];
  io.deps.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.hostname.endsWith("amazonaws.com")) {
      hosts.push(url.hostname);
      return Promise.reject(new TypeError("offline test"));
    }
    return fetch(input, init);
  };
  assert.equal(await main(io.deps), 1);
  assert.deepEqual([...new Set(hosts)], ["sts.eu-central-1.amazonaws.com"]);
});

Deno.test("first-day friction: -f env suggests env-var, both missing settings in one error, list-profiles says where it looked", async () => {
  await using w = await world();
  const env = await run(w, ["web", "-f", "env"]);
  assert.equal(env.code, 2);
  assert.match(env.stderr, /^error: Unknown --format "env" \(did you mean "env-var"\?\)/);
  assert.match(env.stderr, /plugins found in ".*": none\nhint: Choose a built-in format/);
  const ko = await run(w, ["web", "-f", "env", "--lang", "ko"]);
  assert.match(ko.stderr, /의 플러그인: 없음/);

  const io = testDeps(["web"], { home: w.home });
  assert.equal(await main(io.deps), 2);
  assert.match(
    io.stderr(),
    /^error: Missing Okta org domain \(set --org-domain or OKTA_AWSCLI_ORG_DOMAIN\) and OIDC client ID \(set --oidc-client-id or OKTA_AWSCLI_OIDC_CLIENT_ID\)$/m,
  );

  const list = testDeps(["list-profiles"], { home: w.home });
  assert.equal(await main(list.deps), 0);
  assert.equal(list.stdout(), "");
  assert.match(list.stderr(), new RegExp(`No profiles in "${w.home}/\\.okta/okta\\.yaml"`));
});

Deno.test("-r takes a bare role name (or name with path); several matches are listed with their account labels", async () => {
  const prodAdmin = "arn:aws:iam::210987654321:role/ops/Admin";
  const prodIdp = "arn:aws:iam::210987654321:saml-provider/okta";
  await using w = await world({
    saml: {
      roles: [
        { provider: PROVIDER, role: ROLE_DEV },
        { provider: PROVIDER, role: ROLE_ADMIN },
        { provider: prodIdp, role: prodAdmin },
      ],
    },
  });
  const one = await run(w, ["web", "-a", APP_ID, "-r", "Developer", "-f", "noop"]);
  assert.equal(one.code, 0, one.stderr);
  assert.equal(w.sts.calls.at(-1)!.params.RoleArn, ROLE_DEV);
  const pathed = await run(w, ["web", "-a", APP_ID, "-r", "ops/Admin", "-f", "noop"]);
  assert.equal(pathed.code, 0, pathed.stderr);
  assert.equal(w.sts.calls.at(-1)!.params.RoleArn, prodAdmin);
  await writeOktaYaml(
    w.home,
    `awscli:\n  idps:\n    "210987654321": "Production"\n    "123456789012": "Sandbox"\n`,
  );
  const several = await run(w, ["web", "-a", APP_ID, "-r", "Admin", "-f", "noop"]);
  assert.equal(several.code, 1);
  assert.match(
    several.stderr,
    /the choices are: Sandbox \(arn:aws:iam::123456789012:saml-provider\/okta\), Production \(arn:aws:iam::210987654321:saml-provider\/okta\)/,
  );
  assert.match(several.stderr, /hint: Set --aws-iam-idp to one of them/);
});

Deno.test("several Federation apps: a preset role picks its app; without one, the no-terminal error lists labels", async () => {
  const second = "0oasecondfedapp";
  await using w = await world({
    okta: { apps: [{ id: APP_ID, label: "Dev accounts" }, { id: second, label: "Prod accounts" }] },
  });
  w.okta.script.assertions![second] = samlResponse({
    roles: [{ provider: PROVIDER_2, role: ROLE_PROD }],
  });
  const picked = await run(w, ["web", "-r", ROLE_PROD, "-f", "noop"]);
  assert.equal(picked.code, 0, picked.stderr);
  assert.equal(w.sts.calls.at(-1)!.params.RoleArn, ROLE_PROD);
  const byName = await run(w, ["web", "-r", "Developer", "-f", "noop"]);
  assert.equal(byName.code, 0, byName.stderr);
  assert.equal(w.sts.calls.at(-1)!.params.RoleArn, ROLE_DEV);
  const missing = await run(w, ["web", "-r", "Nope", "-f", "noop"]);
  assert.equal(missing.code, 1);
  assert.match(
    missing.stderr,
    /The role "Nope" is not in the SAML assertion; it offers: .*Developer.*ReadOnly/,
  );
  const none = await run(w, ["web", "-f", "noop"]);
  assert.equal(none.code, 1);
  assert.match(
    none.stderr,
    /the choices are: Dev accounts \(0oatestfedapp\), Prod accounts \(0oasecondfedapp\)/,
  );
  assert.match(none.stderr, /hint: Set --aws-acct-fed-app-id to one of them/);
});

Deno.test("--debug (and okta.yaml debug: true) prints every step with its timing, and no secret", async () => {
  await using w = await world();
  const r = await run(w, [
    "web",
    "-a",
    APP_ID,
    "-r",
    ROLE_DEV,
    "-f",
    "process-credentials",
    "--debug",
  ]);
  assert.equal(r.code, 0, r.stderr);
  for (
    const line of [
      /^\[debug\] setting org-domain = "http:\/\/127\.0\.0\.1:\d+" \(flag\)$/m,
      /^\[debug\] org http:\/\/127\.0\.0\.1:\d+, client 0oatestawscli, authorization server /m,
      /^\[debug\] outputs: process-credentials \(cached\)$/m,
      /^\[debug\] credential cache: miss \(/m,
      /^\[debug\] Okta session: none cached$/m,
      /^\[debug\] device authorization \(POST .*\/oauth2\/v1\/device\/authorize, scope ".*"\): \d+ ms$/m,
      /^\[debug\] waiting for approval \(polling .* every 1 s, code valid 600 s\): \d+ ms$/m,
      /^\[debug\] token exchange for app 0oatestfedapp \(POST .*\): \d+ ms$/m,
      /^\[debug\] SAML assertion \(POST .*\/login\/token\/sso\): \d+ ms$/m,
      /^\[debug\] assertion of 0oatestfedapp: 2 role\(s\), SessionDuration 3600$/m,
      /^\[debug\] chose arn:aws:iam::123456789012:role\/Developer \(IdP .*\), 3600 s$/m,
      /^\[debug\] AssumeRoleWithSAML arn:aws:iam::123456789012:role\/Developer for 3600 s \(region us-east-1, endpoint http:\/\/127\.0\.0\.1:\d+\): \d+ ms$/m,
    ]
  ) assert.match(r.stderr, line);
  assert.deepEqual(leakedSecrets(r.stderr, w), []);
  assert.ok(secretsOf(w).length > 3);
  await writeOktaYaml(
    w.home,
    "awscli:\n  profiles:\n    default:\n      debug: true\n",
  );
  const yaml = await run(w, ["web", "-a", APP_ID, "-r", ROLE_DEV, "-f", "noop"]);
  assert.match(yaml.stderr, /^\[debug\] setting debug = true \(okta\.yaml\)$/m);
  // The session the run above kept is reused (noop keeps none of its own).
  assert.match(yaml.stderr, /^\[debug\] Okta session: cached, \d+ min left$/m);
  const quiet = await run(w, ["web", "-a", APP_ID, "-r", ROLE_DEV, "-f", "noop"], {
    OKTA_AWSCLI_DEBUG: "false",
  });
  assert.doesNotMatch(quiet.stderr, /\[debug\]/, "the environment beats okta.yaml");
});

Deno.test("--all-profiles names follow okta-aws-cli (<IAM alias>-<IdP>-<role with path>); no alias: the account id, said", async () => {
  const second = "0oasecondfedapp";
  const pathed = "arn:aws:iam::123456789012:role/team/Ops";
  await using w = await world({
    okta: { apps: [{ id: APP_ID, label: "Dev accounts" }, { id: second, label: "Prod accounts" }] },
    saml: { roles: [{ provider: PROVIDER, role: ROLE_DEV }, { provider: PROVIDER, role: pathed }] },
    sts: { aliases: { "123456789012": "acme-dev" }, aliasDenied: ["210987654321"] },
  });
  w.okta.script.assertions![second] = samlResponse({
    roles: [{ provider: PROVIDER_2, role: ROLE_PROD }],
  });
  const r = await run(w, ["web", "-k"]);
  assert.equal(r.code, 0, r.stderr);
  const file = await Deno.readTextFile(`${w.home}/.aws/credentials`);
  const sections = [...file.matchAll(/^\[(.*)\]$/gm)].map((m) => m[1]);
  assert.deepEqual(sections, [
    "acme-dev-okta-Developer",
    "acme-dev-okta-team/Ops",
    "210987654321-okta-ReadOnly",
  ]);
  assert.match(
    r.stderr,
    /notice: account 210987654321 has no IAM alias the role arn:aws:iam::210987654321:role\/ReadOnly can read/,
  );
  const aliasCalls = w.sts.calls.filter((c) => c.action === "ListAccountAliases");
  assert.equal(aliasCalls.length, 2, "one IAM call per account");
  assert.ok(aliasCalls.every((c) => c.authorization?.startsWith("AWS4-HMAC-SHA256")), "signed");

  const custom = await run(w, ["web", "-k", "--profile-name-template", "{account}.{role-name}"]);
  assert.equal(custom.code, 0, custom.stderr);
  assert.match(await Deno.readTextFile(`${w.home}/.aws/credentials`), /^\[123456789012\.Ops\]$/m);
  const bad = await run(w, ["web", "-k", "--profile-name-template", "{alias}-{nope}"]);
  assert.equal(bad.code, 2);
  assert.match(
    bad.stderr,
    /Invalid --profile-name-template "\{alias\}-\{nope\}": unknown placeholder\(s\) \{nope\}/,
  );
});

Deno.test("long waits show one live line on a terminal, nothing in logs; --all-profiles ends with a summary and a table", async () => {
  const second = "0oasecondfedapp";
  await using w = await world({
    okta: { apps: [{ id: APP_ID, label: "Dev" }, { id: second, label: "Prod" }] },
  });
  w.okta.script.assertions![second] = samlResponse({
    roles: [{ provider: PROVIDER_2, role: ROLE_PROD }],
  });
  const args = ["web", ...w.args, "-k", "--profile-name-template", "label"];
  const tty = testDeps(args, { home: w.home, env: w.env, stderrIsTerminal: true });
  assert.equal(await main(tty.deps), 0, tty.stderr());
  const screen = tty.stderr();
  const CLEAR = "\r\u001b[2K";
  assert.ok(
    screen.includes(`${CLEAR}Waiting for your approval in the browser... (code valid for 10:00)`),
    screen,
  );
  assert.ok(screen.includes(`${CLEAR}Assuming roles: 3/3`), screen);
  assert.ok(screen.includes(`${CLEAR}Updated 3 profiles in "`), screen);
  assert.match(
    screen,
    /^ {2}123456789012-Developer +arn:aws:iam::123456789012:role\/Developer$/m,
  );
  assert.doesNotMatch(screen, /Updated profile/);

  const log = testDeps(args, { home: w.home, env: w.env });
  assert.equal(await main(log.deps), 0);
  assert.ok(!log.stderr().includes("\u001b"), "no escape sequence in logs");
  assert.doesNotMatch(
    log.stderr(),
    /Waiting for your approval|Assuming roles/,
    "logs stay quiet",
  );
  assert.match(
    log.stderr(),
    /^Updated 3 profiles in ".*credentials" \(the first expires .*\):$/m,
  );
});

Deno.test("several Federation apps: one this client may not use is skipped while a preset looks for its app", async () => {
  await using w = await world({
    okta: {
      apps: [{ id: "0oanotforus", label: "Other client's app" }, { id: APP_ID, label: "AWS" }],
    },
  });
  const r = await run(w, ["web", "-r", "Developer", "-f", "noop", "--debug"]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(w.sts.calls.at(-1)!.params.RoleArn, ROLE_DEV);
  assert.match(r.stderr, /app 0oanotforus skipped: web_sso_client_not_allowed/);
  const missing = await run(w, ["web", "-r", "Nope", "-f", "noop"]);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /The role "Nope" is not in the SAML assertion/);
});
