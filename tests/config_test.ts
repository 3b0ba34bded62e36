// Configuration: precedence (flag > env > .env > okta.yaml profile > default), legacy
// variable names, okta.yaml labels and unknown keys, .env parsing, org domain normalisation.
import assert from "node:assert/strict";
import { resolveSettings as resolveFor, type SettingSources } from "../src/cli/settings.ts";
import { parseDotenv } from "../src/config/dotenv.ts";
import { labelFor, parseOktaYaml } from "../src/config/okta_yaml.ts";
import { normalizeOrgDomain } from "../src/config/org_domain.ts";
import { webRun } from "../src/cli/commands/web/options.ts";
import { selectOutputs } from "../src/cli/outputs.ts";
import { flagsOf, oktaYamlKeys, WEB } from "../src/cli/tree.ts";
import { type Settings, typedValues } from "../src/cli/settings.ts";

/** web's settings as the commands read them: typed values, sources, and every setting. */
const view = (settings: Settings) => ({
  ...typedValues(WEB.flags, settings),
  settings,
});
import { credentialsFilePath, expandHome } from "../src/aws/paths.ts";
import { UsageError } from "../src/errors.ts";
import { t } from "../src/i18n/messages.ts";

const resolveSettings = (sources: SettingSources) => resolveFor(flagsOf(WEB), sources);
const PLATFORM = { os: "linux", arch: "x86_64" };

Deno.test("resolveSettings() takes flag over env over .env over okta.yaml", () => {
  const profile = {
    "org-domain": "yaml.okta.com",
    "aws-iam-role": "yaml-role",
    format: "noop",
    "qr-code": true,
  };
  const dotenv = { OKTA_AWSCLI_IAM_ROLE: "dotenv-role", OKTA_AWSCLI_FORMAT: "aws-credentials" };
  const env = { OKTA_AWSCLI_FORMAT: "process-credentials" };
  const s = resolveSettings({ flags: { "org-domain": "flag.okta.com" }, env, dotenv, profile });
  assert.deepEqual(s["org-domain"], { value: "flag.okta.com", source: "flag" });
  assert.deepEqual(s.format, { value: "process-credentials", source: "env" });
  assert.deepEqual(s["aws-iam-role"], { value: "dotenv-role", source: "dotenv" });
  assert.deepEqual(s["qr-code"], { value: true, source: "okta.yaml" });
  assert.equal(s["aws-region"], undefined);
});

Deno.test("resolveSettings() reads okta-aws-cli's legacy variable names", () => {
  const s = resolveSettings({
    flags: {},
    env: {
      OKTA_ORG_DOMAIN: "legacy.okta.com",
      OKTA_OIDC_CLIENT_ID: "0oalegacy",
      OKTA_AWS_ACCOUNT_FEDERATION_APP_ID: "0oaapp",
      OKTA_AWSCLI_DEBUG_SHORT_USER_AGENT: "true",
    },
    dotenv: {},
    profile: {},
  });
  assert.equal(s["org-domain"]?.value, "legacy.okta.com");
  assert.equal(s["oidc-client-id"]?.value, "0oalegacy");
  assert.equal(s["aws-acct-fed-app-id"]?.value, "0oaapp");
  assert.equal(s["short-user-agent"]?.value, true);
});

Deno.test("resolveSettings() rejects a boolean variable that is not true or false", () => {
  assert.throws(
    () =>
      resolveSettings({
        flags: {},
        env: { OKTA_AWSCLI_QR_CODE: "maybe" },
        dotenv: {},
        profile: {},
      }),
    UsageError,
  );
});

Deno.test("selectOutputs(): -z adds aws-credentials (with process-credentials or a --format given with it); -k forces it", () => {
  const outputs = (flags: Record<string, string | boolean>, command: string[] = []) => {
    const settings = resolveSettings({ flags, env: {}, dotenv: {}, profile: {} });
    return selectOutputs(view(settings), command, {
      allProfiles: settings["all-profiles"]?.value === true,
    })
      .map((o) => o.plugin);
  };
  assert.deepEqual(outputs({}), ["env-var"]);
  assert.deepEqual(outputs({ "write-aws-credentials": true }), ["aws-credentials"]);
  assert.deepEqual(
    outputs({ "write-aws-credentials": true, format: "process-credentials" }),
    ["aws-credentials", "process-credentials"],
    "okta-aws-cli's documented pair: the profile written, the JSON printed",
  );
  assert.deepEqual(
    outputs({ "write-aws-credentials": true, format: "env-var" }),
    ["aws-credentials", "env-var"],
    "both on the command line: both done",
  );
  assert.deepEqual(outputs({ "all-profiles": true, format: "env-var" }), ["aws-credentials"]);
  assert.throws(() => outputs({ "all-profiles": true, format: "process-credentials" }), UsageError);
  assert.deepEqual(
    outputs({}, ["aws", "s3", "ls"]),
    ["exec"],
    "exec alone: nothing else on stdout",
  );
  assert.deepEqual(outputs({ format: "noop" }, ["true"]), ["noop", "exec"]);
  const [exec] = selectOutputs(
    view(resolveSettings({ flags: {}, env: {}, dotenv: {}, profile: {} })),
    [
      "true",
    ],
    { dotenvRegion: { AWS_REGION: "eu-west-1" } },
  );
  assert.deepEqual(
    exec!.values,
    { "dotenv-aws-region": "eu-west-1" },
    ".env's region rides with exec",
  );
  assert.deepEqual(outputs({ format: "mine" }), ["external"]);
  assert.throws(() => outputs({ exec: true }), UsageError, "--exec without a command");
  // Each plugin gets only its own flags.
  const settings = resolveSettings({
    flags: { shell: "fish", "aws-credentials": "/c", "legacy-aws-variables": true },
    env: {},
    dotenv: {},
    profile: {},
  });
  const [envVar] = selectOutputs(view(settings), []);
  assert.deepEqual(envVar!.values, { shell: "fish", "legacy-aws-variables": true });
});

Deno.test("selectOutputs(): between -z and --format from different sources the stronger wins, and says so", () => {
  const notices: string[] = [];
  const pick = (sources: SettingSources) =>
    selectOutputs(view(resolveSettings(sources)), [], {
      notice: (key, params) => notices.push(t(key, params, "en")),
    }).map((o) => o.plugin);
  const none = { flags: {}, env: {}, dotenv: {}, profile: {} };
  assert.deepEqual(
    pick({
      ...none,
      flags: { format: "env-var" },
      env: { OKTA_AWSCLI_WRITE_AWS_CREDENTIALS: "true" },
    }),
    ["env-var"],
  );
  assert.deepEqual(notices, [
    "notice: --write-aws-credentials (environment) is ignored: --format env-var (command line) wins",
  ]);
  assert.deepEqual(
    pick({ ...none, flags: { "write-aws-credentials": true }, profile: { format: "env-var" } }),
    ["aws-credentials"],
  );
  assert.match(
    notices[1]!,
    /--format env-var \(okta\.yaml\) is ignored: --write-aws-credentials \(command line\) wins/,
  );
  assert.deepEqual(
    pick({
      ...none,
      env: { OKTA_AWSCLI_FORMAT: "process-credentials" },
      profile: { "write-aws-credentials": true },
    }),
    ["aws-credentials", "process-credentials"],
  );
  assert.equal(notices.length, 2, "the documented pair is no conflict");
});

Deno.test("webRun(): region, user agent, and the cache and browser defaults of the outputs", () => {
  const base = { "org-domain": "acme.okta.com", "oidc-client-id": "c" };
  const run = (flags: Record<string, string | boolean>, command: string[] = []) => {
    const settings = resolveSettings({
      flags: { ...base, ...flags },
      env: { HOME: "/h" },
      dotenv: {},
      profile: {},
    });
    const yaml = { idps: [], roles: [], profiles: {}, unknown: [] };
    return webRun(
      view(settings),
      { HOME: "/h" },
      yaml,
      selectOutputs(view(settings), command),
      PLATFORM,
    );
  };
  assert.equal(run({}).web.region, "us-east-1");
  assert.equal(run({}).web.outputRegion, undefined);
  assert.equal(run({ "aws-region": "ap-northeast-2" }).web.outputRegion, "ap-northeast-2");
  assert.equal(run({ "short-user-agent": true }).web.userAgent, "okta-aws-cli");
  assert.equal(run({}).session, "reuse", "env-var output reuses a kept session, keeps none");
  assert.equal(run({ format: "process-credentials" }).session, "keep");
  assert.equal(run({ format: "process-credentials" }).web.openBrowser, true);
  assert.equal(run({}, ["true"]).session, "keep", "exec keeps the session");
  assert.equal(run({ "cache-access-token": true }).session, "keep");
  assert.equal(run({ "refresh-window": "1h" }).refreshWindowSeconds, 3600);
});

Deno.test("credentialsFilePath() follows AWS_SHARED_CREDENTIALS_FILE, expands ~, rejects empty", () => {
  assert.equal(
    credentialsFilePath(undefined, { HOME: "/h", AWS_SHARED_CREDENTIALS_FILE: "~/c" }),
    "/h/c",
  );
  assert.equal(
    credentialsFilePath("/x/c", { HOME: "/h", AWS_SHARED_CREDENTIALS_FILE: "~/c" }),
    "/x/c",
  );
  assert.throws(
    () => credentialsFilePath(undefined, { HOME: "/h", AWS_SHARED_CREDENTIALS_FILE: " " }),
    UsageError,
  );
  assert.equal(expandHome("~", { USERPROFILE: "C:\\Users\\kim" }), "C:\\Users\\kim");
  assert.throws(() => expandHome("~/x", {}), UsageError);
});

Deno.test("parseDotenv() reads export, quotes and comments", () => {
  assert.deepEqual(
    parseDotenv(
      "# c\nexport OKTA_ORG_DOMAIN=acme.okta.com\nA=\"x y\"\nB='z' \nC=v # note\nbad line\n",
    ),
    { OKTA_ORG_DOMAIN: "acme.okta.com", A: "x y", B: "z", C: "v" },
  );
});

Deno.test("parseOktaYaml() reads idps, roles, profiles and reports unknown keys with a suggestion", () => {
  const yaml = parseOktaYaml(
    [
      "awscli:",
      "  idps:",
      '    "arn:aws:iam::123456789012:saml-provider/okta": "Data Production"',
      "  roles:",
      '    "arn:aws:iam::.*:role/admin": "Admin"',
      '    "arn:aws:iam::123456789012:role/admin": "Exact Admin"',
      "  profiles:",
      "    staging:",
      "      org-domain: acme.okta.com",
      "      write-aws-credentials: true",
      "      org-domian: typo.okta.com",
      "  rolez: {}",
    ].join("\n"),
    "okta.yaml",
    oktaYamlKeys(),
  );
  assert.deepEqual(yaml.profiles.staging, {
    "org-domain": "acme.okta.com",
    "write-aws-credentials": true,
  });
  assert.deepEqual(yaml.unknown.map((u) => [u.key, u.suggestion]), [["rolez", "roles"], [
    "org-domian",
    "org-domain",
  ]]);
  assert.equal(
    labelFor("arn:aws:iam::123456789012:role/admin", yaml.roles),
    "Exact Admin",
    "exact key first",
  );
  assert.equal(labelFor("arn:aws:iam::999999999999:role/admin", yaml.roles), "Admin", "then regex");
  // Unanchored, as okta-aws-cli's Go regexp.MatchString: a key may be a fragment of the ARN.
  assert.equal(labelFor("arn:aws:iam::999999999999:role/admin2", yaml.roles), "Admin");
  const fragments: [string, string][] = [["210987654321", "Prod"], ["ReadOnly", "RO"]];
  assert.equal(labelFor("arn:aws:iam::210987654321:saml-provider/okta", fragments), "Prod");
  assert.equal(labelFor("arn:aws:iam::123456789012:role/ReadOnly", fragments), "RO");
  assert.equal(labelFor("arn:aws:iam::123456789012:role/Dev", fragments), undefined);
  assert.throws(() => parseOktaYaml("awscli: [unclosed", "okta.yaml", []), UsageError);
  assert.ok(!oktaYamlKeys().includes("json"), "a status flag is no okta.yaml key");
});

Deno.test("normalizeOrgDomain() accepts hosts and URLs, drops -admin, rejects the rest", () => {
  assert.equal(normalizeOrgDomain("acme.okta.com").url.href, "https://acme.okta.com/");
  assert.equal(normalizeOrgDomain("https://acme.okta.com/").url.href, "https://acme.okta.com/");
  const admin = normalizeOrgDomain("acme-admin.okta.com");
  assert.equal(admin.url.host, "acme.okta.com");
  assert.equal(admin.adminGiven, "acme-admin.okta.com");
  assert.equal(normalizeOrgDomain("http://127.0.0.1:8080").url.href, "http://127.0.0.1:8080/");
  for (
    const bad of [
      "",
      "https://acme.okta.com/app",
      "https://u:p@acme.okta.com",
      "http://acme.okta.com",
      "acme.okta.com?x=1",
      "ftp://acme.okta.com",
    ]
  ) {
    assert.throws(() => normalizeOrgDomain(bad), UsageError, bad);
  }
});

Deno.test("OKTA_AWSCLI_* settings reach the CLI through env and .env (end to end)", async () => {
  const home = await Deno.makeTempDir();
  try {
    const { runCli } = await import("./helpers.ts");
    await Deno.writeTextFile(
      `${home}/.env`,
      "OKTA_AWSCLI_ORG_DOMAIN=http://example.com\nOKTA_AWSCLI_OIDC_CLIENT_ID=c\n",
    );
    // The org is taken from a .env only once the user trusts that file.
    const untrusted = await runCli(["web"], { home });
    assert.equal(untrusted.code, 2);
    assert.match(untrusted.stderr, /ignored OKTA_AWSCLI_ORG_DOMAIN in ".*\/\.env"/);
    assert.match(untrusted.stderr, /Missing .*org/i);
    assert.equal((await runCli(["trust"], { home })).code, 0);
    const r = await runCli(["web"], { home });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /Invalid --org-domain "http:\/\/example.com"/);
    const flagWins = await runCli(["web", "-o", "http://other.example"], { home });
    assert.match(flagWins.stderr, /Invalid --org-domain "http:\/\/other.example"/);
  } finally {
    await Deno.remove(home, { recursive: true });
  }
});
