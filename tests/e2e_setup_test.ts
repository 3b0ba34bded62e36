// `okta-aws setup <https-url|file>` end to end, as a platform team's engineer runs it: a team
// config read from a file or over HTTPS (a private CA, as a TLS-inspecting network has), shown
// as a diff, applied only when told, merged into okta.yaml without losing the user's keys or
// comments, `[sso-session]` sections written (marked) and read by the real AWS CLI, a second run
// that changes nothing, `--check` for an MDM compliance script, and bad configs refused with
// nothing written.
import assert from "node:assert/strict";
import { awsCli, hasAwsCli, runCli, type RunResult, writeOktaYaml } from "./helpers.ts";
import { serveFake, TEST_CA_FILE } from "./fakes/serve.ts";
import { ssoWorld, START_URL } from "./sso_world.ts";
import { hasTmux, oktaAwsInTmux, tmux, waitFor } from "./tmux.ts";

const TEAM = `version: 1
awscli:
  idps: { "arn:aws:iam::123456789012:saml-provider/okta": "Prod" }
  profiles:
    default: { org-domain: acme.okta.com, oidc-client-id: 0oa5ample, aws-region: ap-northeast-2 }
sso-sessions:
  acme: { start-url: ${START_URL}, region: ap-northeast-2 }
sync-profiles: false
`;

/** The user's own okta.yaml: a comment, a value the team overrides, a profile of their own. */
const OWN_YAML = `# my settings, keep this comment
awscli:
  profiles:
    default:
      aws-region: us-east-1 # I like Virginia
    mine:
      org-domain: other.okta.com
`;

/** The user's own AWS config: every byte of it must survive. */
const OWN_CONFIG = "# my profiles\n[profile hand]\nregion = us-west-2\n";

interface Home {
  home: string;
  yaml: string;
  config: string;
  run(args: string[], env?: Record<string, string>): Promise<RunResult>;
  files(): { yaml: string | undefined; config: string | undefined };
  [Symbol.asyncDispose](): Promise<void>;
}

function readOrUndefined(path: string): string | undefined {
  try {
    return Deno.readTextFileSync(path);
  } catch {
    return undefined;
  }
}

async function home(team = TEAM): Promise<Home> {
  const dir = await Deno.makeTempDir({ prefix: "okta-aws-setup-" });
  await writeOktaYaml(dir, OWN_YAML);
  await Deno.mkdir(`${dir}/.aws`);
  await Deno.writeTextFile(`${dir}/.aws/config`, OWN_CONFIG, { mode: 0o600 });
  await Deno.writeTextFile(`${dir}/team.yaml`, team);
  const paths = { yaml: `${dir}/.okta/okta.yaml`, config: `${dir}/.aws/config` };
  return {
    home: dir,
    ...paths,
    run: (args, env = {}) => runCli(args, { home: dir, env }),
    files: () => ({ yaml: readOrUndefined(paths.yaml), config: readOrUndefined(paths.config) }),
    async [Symbol.asyncDispose]() {
      await Deno.remove(dir, { recursive: true });
    },
  };
}

Deno.test("setup from a file: --check lists the drift, no terminal and no --yes writes nothing, --yes shows the diff and merges keeping the user's keys and comments", async () => {
  await using h = await home();
  const before = h.files();

  const check = await h.run(["setup", "--check", "team.yaml"]);
  assert.equal(check.code, 1, check.stderr);
  const lines = check.stdout.trimEnd().split("\n");
  assert.deepEqual(lines, [
    `${h.yaml}: awscli.idps.arn:aws:iam::123456789012:saml-provider/okta is not set; the team config sets "Prod"`,
    `${h.yaml}: awscli.profiles.default.org-domain is not set; the team config sets "acme.okta.com"`,
    `${h.yaml}: awscli.profiles.default.oidc-client-id is not set; the team config sets "0oa5ample"`,
    `${h.yaml}: awscli.profiles.default.aws-region is "us-east-1"; the team config sets "ap-northeast-2"`,
    `${h.config}: [sso-session acme] is missing`,
  ]);
  assert.match(
    check.stderr,
    /5 differences \(listed on stdout\); apply it with: okta-aws setup team\.yaml/,
  );
  assert.deepEqual(h.files(), before, "--check writes nothing");

  const refused = await h.run(["setup", "team.yaml"]);
  assert.equal(refused.code, 2, refused.stderr);
  assert.match(refused.stderr, /^error: setup changes the files above only when told to/m);
  assert.match(refused.stderr, /^hint: Nothing was written\. Run again with --yes/m);
  assert.deepEqual(h.files(), before, "no --yes and no terminal: nothing written");

  const applied = await h.run(["setup", "team.yaml", "--yes"]);
  assert.equal(applied.code, 0, applied.stderr);
  // The diff of each file, as a unified diff on stdout.
  assert.match(applied.stdout, new RegExp(`^--- ${h.yaml}$`, "m"));
  assert.match(applied.stdout, /^- {6}aws-region: us-east-1 # I like Virginia$/m);
  assert.match(applied.stdout, /^\+ {6}aws-region: ap-northeast-2 # I like Virginia$/m);
  assert.match(applied.stdout, new RegExp(`^\\+\\+\\+ ${h.config}$`, "m"));
  assert.match(applied.stdout, /^\+\[sso-session acme\]$/m);
  assert.match(
    applied.stderr,
    new RegExp(`Wrote "${h.yaml}" \\(4 settings from the team config\\)`),
  );

  const { yaml, config } = h.files();
  assert.ok(yaml!.startsWith("# my settings, keep this comment\n"), yaml);
  assert.match(yaml!, /aws-region: ap-northeast-2 # I like Virginia/);
  assert.match(yaml!, /mine:\n +org-domain: other\.okta\.com/, "the user's own profile kept");
  assert.ok(config!.startsWith(OWN_CONFIG), "the hand-written part is kept byte for byte");
  assert.ok(
    config!.endsWith(
      `[sso-session acme]\nsso_start_url = ${START_URL}\nsso_region = ap-northeast-2\nokta_aws_setup = ${h.home}/team.yaml\n`,
    ),
    config,
  );

  // okta-aws reads the merged okta.yaml as its own: the team's values, the user's profile.
  const profiles = await h.run(["list-profiles"]);
  assert.equal(profiles.code, 0, profiles.stderr);
  assert.equal(
    profiles.stdout,
    "default\torg-domain=acme.okta.com\nmine\torg-domain=other.okta.com\n",
  );
});

Deno.test("a second setup changes nothing (same bytes, not rewritten); --check after a hand edit names the key and exits 1", async () => {
  await using h = await home();
  assert.equal((await h.run(["setup", "team.yaml", "--yes"])).code, 0);
  const first = h.files();
  const stats = [Deno.statSync(h.yaml), Deno.statSync(h.config)];
  await new Promise((r) => setTimeout(r, 20));

  const again = await h.run(["setup", "team.yaml"]);
  assert.equal(again.code, 0, again.stderr);
  assert.equal(again.stdout, "", "no diff");
  assert.match(again.stderr, /already match it; nothing to change/);
  assert.deepEqual(h.files(), first);
  for (const [i, path] of [h.yaml, h.config].entries()) {
    assert.equal(Deno.statSync(path).mtime?.getTime(), stats[i]!.mtime?.getTime(), path);
  }
  const inStep = await h.run(["setup", "--check", "team.yaml"]);
  assert.equal(inStep.code, 0, inStep.stderr);
  assert.equal(inStep.stdout, "");
  assert.match(inStep.stderr, /: in step/);

  // A hand edit of a team value in each file.
  await Deno.writeTextFile(h.yaml, first.yaml!.replace("0oa5ample", "0oaMine"));
  await Deno.writeTextFile(
    h.config,
    first.config!.replace("sso_region = ap-northeast-2", "sso_region = us-east-1"),
  );
  const drift = await h.run(["setup", "--check", "team.yaml"]);
  assert.equal(drift.code, 1, drift.stderr);
  assert.deepEqual(drift.stdout.trimEnd().split("\n"), [
    `${h.yaml}: awscli.profiles.default.oidc-client-id is "0oaMine"; the team config sets "0oa5ample"`,
    `${h.config}: [sso-session acme] sso_region is "us-east-1"; the team config sets "ap-northeast-2"`,
  ]);
  // setup brings them back.
  assert.equal((await h.run(["setup", "team.yaml", "-y"])).code, 0);
  assert.deepEqual(h.files(), first);
});

Deno.test("a hand-written [sso-session] of the team's name is left byte for byte, told once, and listed by --check", async () => {
  await using h = await home();
  const own =
    `${OWN_CONFIG}\n[sso-session acme]\nsso_start_url = https://other.awsapps.com/start\nsso_region = ap-northeast-2\n`;
  await Deno.writeTextFile(h.config, own);
  const r = await h.run(["setup", "team.yaml", "--yes"]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(
    r.stderr.match(/notice: \[sso-session acme\] in ".*" was written by hand/g)?.length,
    1,
  );
  assert.equal(h.files().config, own);
  const check = await h.run(["setup", "--check", "team.yaml"]);
  assert.equal(check.code, 1);
  assert.equal(
    check.stdout,
    `${h.config}: [sso-session acme] sso_start_url is "https://other.awsapps.com/start"; the team config sets "${START_URL}" (written by hand: setup leaves it)\n`,
  );
});

/** A bad team config, and what the refusal must say. */
const BAD: [string, string, RegExp][] = [
  [
    "an unknown key",
    TEAM.replace("sync-profiles: false", "sync-profile: false"),
    /at \/: unknown key 'sync-profile' \(did you mean 'sync-profiles'\?\)/,
  ],
  [
    "an unknown flag in a profile",
    TEAM.replace("aws-region: ap-northeast-2 }", "aws-regoin: ap-northeast-2 }"),
    /at awscli\.profiles\.default: unknown key 'aws-regoin' \(did you mean 'aws-region'\?\)/,
  ],
  [
    "a value the flag refuses",
    TEAM.replace("aws-region: ap-northeast-2 }", "aws-session-duration: 5 }"),
    /at awscli\.profiles\.default\.aws-session-duration: Invalid --aws-session-duration "5"/,
  ],
  [
    "a secret",
    TEAM.replace("aws-region: ap-northeast-2 }", "password: hunter2 }"),
    /at awscli\.profiles\.default\.password: a secret does not belong in a team config/,
  ],
  [
    "a session without https",
    TEAM.replace(`start-url: ${START_URL}`, "start-url: http://acme.awsapps.com/start"),
    /at sso-sessions\.acme\.start-url: start-url must be an https:\/\/ URL/,
  ],
  [
    "another version",
    TEAM.replace("version: 1", "version: 2"),
    /at version: this okta-aws reads version: 1/,
  ],
];

for (const [what, text, message] of BAD) {
  Deno.test(`a team config with ${what} is refused (exit 1, one error naming the key), nothing written`, async () => {
    await using h = await home(text);
    const before = h.files();
    const r = await h.run(["setup", "team.yaml", "--yes"]);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /^error: The team config ".*team\.yaml" is refused /m);
    assert.match(r.stderr, message);
    assert.match(r.stderr, /^hint: Nothing was written\./m);
    assert.equal(r.stdout, "");
    assert.deepEqual(h.files(), before);
  });
}

/** The team config served over HTTPS by a server whose certificate the test CA signed. */
function teamServer(text: string) {
  const served: string[] = [];
  const { server, origin } = serveFake((req) => {
    served.push(new URL(req.url).pathname + new URL(req.url).search);
    return new URL(req.url).pathname === "/okta-aws/team.yaml"
      ? new Response(text, { headers: { "content-type": "application/yaml" } })
      : new Response("not found", { status: 404 });
  }, { tls: true });
  return {
    url: `${origin}/okta-aws/team.yaml`,
    served,
    async [Symbol.asyncDispose]() {
      await server.shutdown();
    },
  };
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

Deno.test("setup over HTTPS: refused without trust, over http:// and with a wrong --sha256 (nothing written); with the CA and the right digest it applies, named without the URL's query", async () => {
  await using h = await home();
  await using server = teamServer(TEAM);
  const before = h.files();
  const run = (args: string[], env: Record<string, string> = {}) =>
    runCli(args, { home: h.home, env, scrubMachineNetwork: true });
  const signed = `${server.url}?X-Amz-Signature=secret123`;

  const untrusted = await run(["setup", signed, "--yes"]);
  assert.equal(untrusted.code, 1, untrusted.stderr);
  assert.match(
    untrusted.stderr,
    /^error: Cannot reach the team config's server at .*TLS certificate not trusted/m,
  );
  assert.doesNotMatch(untrusted.stderr, /secret123/);

  const http = await run(["setup", signed.replace("https:", "http:"), "--yes"]);
  assert.equal(http.code, 2, http.stderr);
  assert.match(http.stderr, /a team config is read over https:\/\/ only/);
  assert.doesNotMatch(http.stderr, /secret123/);

  const trust = { AWS_CA_BUNDLE: TEST_CA_FILE };
  const wrong = await run(["setup", signed, "--yes", "--sha256", "0".repeat(64)], trust);
  assert.equal(wrong.code, 1, wrong.stderr);
  assert.match(wrong.stderr, new RegExp(`has SHA-256 ${await sha256(TEAM)}, not the 0{64}`));
  assert.deepEqual(h.files(), before, "nothing written by any refusal");

  const ok = await run(
    ["setup", signed, "--yes", "--debug", "--sha256", `sha256:${await sha256(TEAM)}`],
    trust,
  );
  assert.equal(ok.code, 0, ok.stderr);
  assert.match(h.files().config!, new RegExp(`okta_aws_setup = ${server.url}\\n`));
  // --debug shows the request, the signature redacted (URL-encoded in the query).
  assert.match(
    ok.stderr,
    /\[debug\] > GET \S+team\.yaml\?X-Amz-Signature=%3Credacted%3A[0-9a-f]{8}%3E /,
  );
  assert.doesNotMatch(h.files().config! + h.files().yaml! + ok.stderr + ok.stdout, /secret123/);
  assert.ok(server.served.includes("/okta-aws/team.yaml?X-Amz-Signature=secret123"));
});

Deno.test({
  name:
    "setup with sync-profiles signs in to the team's session and syncs its profiles; the real AWS CLI reads the session section and the profiles",
  ignore: !hasAwsCli,
  async fn() {
    await using w = await ssoWorld();
    // A team on Identity Center only: its session, and a sync of its profiles.
    const team = "version: 1\nsso-sessions:\n" +
      `  acme: { start-url: ${START_URL}, region: ap-northeast-2 }\nsync-profiles: true\n`;
    await Deno.writeTextFile(`${w.home}/team.yaml`, team);
    const r = await w.run(["setup", "team.yaml", "--yes"]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /Syncing profiles: okta-aws profiles sync --sso-session acme/);
    assert.match(r.stderr, /4 profiles added/);
    const get = await awsCli(
      ["configure", "get", "sso_session", "--profile", "Data-Lake-acme-Analyst"],
      {
        HOME: w.home,
      },
    );
    assert.equal(get.code, 0, get.stderr);
    assert.equal(get.stdout, "acme\n");
    // The AWS CLI resolves the profile through the session setup wrote (the role credentials
    // cached for it under the session's name; it cannot be pointed at the fake portal).
    const cached = await w.run([
      "sso",
      "--profile",
      "Dev-acme-ReadOnly",
      "--write-cli-cache",
      "-f",
      "noop",
    ]);
    assert.equal(cached.code, 0, cached.stderr);
    const list = await awsCli(["configure", "list", "--profile", "Dev-acme-ReadOnly"], {
      HOME: w.home,
    });
    assert.equal(list.code, 0, list.stderr);
    assert.match(list.stdout, /region +ap-northeast-2 +config-file/);
    assert.match(list.stdout, /access_key +\*+[A-Z0-9]{4} +sso/);
    // Run again: nothing to change, the sync finds every profile in place.
    const again = await w.run(["setup", "team.yaml", "--yes"]);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stderr, /nothing to change/);
    assert.match(again.stderr, /0 profiles added, 0 updated, 4 unchanged/);
  },
});

Deno.test({
  name: "setup on a terminal shows the diff and asks once; y applies it",
  ignore: !hasTmux,
  async fn() {
    await using h = await home();
    const run = await oktaAwsInTmux(["setup", `${h.home}/team.yaml`], {
      HOME: h.home,
      PATH: Deno.env.get("PATH") ?? "/usr/bin:/bin",
      LANG: "C.UTF-8",
    }, h.home);
    try {
      await waitFor(() => run.screen().includes("Apply these changes?"), "the question")
        .catch((err) => {
          throw new Error(`${err.message}:\n${run.screen()}`);
        });
      assert.match(run.screen(), /\+\[sso-session acme\]/);
      tmux(run.socket, "send-keys", "y", "Enter");
      assert.equal(await run.exit(), 0, run.screen());
    } finally {
      run.kill();
    }
    assert.match(h.files().config!, /\[sso-session acme\]/);
  },
});

Deno.test("setup --check --lang ko lists the drift in Korean, with the particles of each word", async () => {
  await using h = await home();
  const r = await h.run(["setup", "--check", "team.yaml", "--lang", "ko"]);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stdout, new RegExp(`^${h.config}: \\[sso-session acme\\]가 없습니다$`, "m"));
  assert.match(
    r.stdout,
    /awscli\.profiles\.default\.aws-region 값이 "us-east-1" 입니다\. 팀 설정 값은 "ap-northeast-2"$/m,
  );
  assert.match(r.stderr, /차이 5개 \(stdout 에 나열\)/);
});
