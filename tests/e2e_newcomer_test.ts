// Issue 24, the newcomer's path: the places where a user walking the guide stopped, was misled
// or got a wrong result, each end to end against the fakes.
import assert from "node:assert/strict";
import { CONFIGURE_DEV, ssoWorld } from "./sso_world.ts";
import { ROLE_DEV, runCli, world } from "./helpers.ts";
import { duration } from "../src/text/duration.ts";
import { hasTmux, oktaAwsInTmux } from "./tmux.ts";

const QUIET = { OKTA_AWSCLI_OPEN_BROWSER: "false" };

/** The files of a directory, none when it does not exist. */
function filesIn(dir: string): string[] {
  try {
    return [...Deno.readDirSync(dir)].map((e) => e.name).sort();
  } catch {
    return [];
  }
}

/** CONFIGURE_DEV with one flag's value changed. */
function configureWith(flag: string, value: string): string[] {
  const args = [...CONFIGURE_DEV];
  args[args.indexOf(flag) + 1] = value;
  return args;
}

Deno.test("sso configure refuses an account the portal does not list, naming the user's accounts, and writes nothing", async () => {
  await using w = await ssoWorld();
  const r = await w.run(configureWith("--account-id", "444444444444"));
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stderr, /no account 444444444444/);
  assert.match(r.stderr, /Dev, dev@example\.com \(111111111111\)/);
  assert.match(r.stderr, /--account-id/);
  assert.throws(() => Deno.statSync(`${w.home}/.aws/config`), Deno.errors.NotFound);
});

Deno.test("sso configure refuses a role the account does not give, with a did-you-mean and the roles, and writes nothing", async () => {
  await using w = await ssoWorld();
  const r = await w.run(configureWith("--role-name", "ReadOnyl"));
  assert.equal(r.code, 1, r.stderr);
  assert.match(
    r.stderr,
    /no role "ReadOnyl" in account 111111111111 \(did you mean 'ReadOnly'\?\)/,
  );
  assert.match(r.stderr, /Admin, ReadOnly/);
  assert.throws(() => Deno.statSync(`${w.home}/.aws/config`), Deno.errors.NotFound);
  const ko = await w.run([...configureWith("--role-name", "Nope"), "--lang", "ko"]);
  assert.equal(ko.code, 1);
  assert.match(ko.stderr, /"Nope" 역할이 없습니다/);
});

Deno.test("remove --profile takes a web -z profile out of the credentials file with its cached credentials, and nothing else", async () => {
  await using w = await world();
  const env = { ...w.env, ...QUIET };
  const run = (args: string[]) => runCli(args, { home: w.home, env });
  const made = await run([
    "web",
    ...w.args,
    "-r",
    ROLE_DEV,
    "-p",
    "multi",
    "-z",
    "-f",
    "process-credentials",
  ]);
  assert.equal(made.code, 0, made.stderr);
  const kept = await run(["web", ...w.args, "-r", ROLE_DEV, "-p", "other", "-z"]);
  assert.equal(kept.code, 0, kept.stderr);
  const credentials = `${w.home}/.aws/credentials`;
  const cache = `${w.home}/.cache/okta-aws/aws`;
  assert.equal(filesIn(cache).length, 1);
  const r = await run(["remove", "--profile", "multi"]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /Removed \[multi\] from ".*\/\.aws\/credentials"/);
  assert.match(r.stderr, /Removed 1 cached credential set\(s\) of profile multi/);
  const after = Deno.readTextFileSync(credentials);
  assert.doesNotMatch(after, /\[multi\]/);
  assert.match(after, /\[other\]/);
  assert.deepEqual(filesIn(cache), []);
  // Okta's session is not the profile's: it stays.
  assert.equal(filesIn(`${w.home}/.cache/okta-aws/okta`).length, 1);
});

Deno.test("remove and sso remove of a missing profile list the profiles there, exit 1, and change no file or mode", async () => {
  await using w = await world();
  await Deno.mkdir(`${w.home}/.aws`);
  const config = `${w.home}/.aws/config`;
  Deno.writeTextFileSync(config, "[profile dev]\nregion = us-east-1\n", { mode: 0o644 });
  Deno.chmodSync(config, 0o644);
  for (const args of [["remove", "--profile", "prod"], ["sso", "remove", "--profile", "prod"]]) {
    const r = await runCli(args, { home: w.home, env: w.env });
    assert.equal(r.code, 1, r.stderr);
    assert.match(
      r.stderr,
      /No profile "prod" in ".*credentials" or ".*config"; nothing was changed/,
    );
    assert.match(r.stderr, /The profiles there: dev\./);
    assert.equal(Deno.statSync(config).mode! & 0o777, 0o644);
    assert.equal(Deno.readTextFileSync(config), "[profile dev]\nregion = us-east-1\n");
  }
  const none = await runCli(["remove"], { home: w.home, env: w.env });
  assert.equal(none.code, 2);
  assert.match(none.stderr, /Missing the profile to remove: give --profile/);
});

Deno.test("sso remove --profile finds a profile in the credentials file too", async () => {
  await using w = await world();
  const env = { ...w.env, ...QUIET };
  const made = await runCli(["web", ...w.args, "-r", ROLE_DEV, "-p", "multi", "-z"], {
    home: w.home,
    env,
  });
  assert.equal(made.code, 0, made.stderr);
  const r = await runCli(["sso", "remove", "--profile", "multi"], { home: w.home, env });
  assert.equal(r.code, 0, r.stderr);
  assert.doesNotMatch(Deno.readTextFileSync(`${w.home}/.aws/credentials`), /\[multi\]/);
});

Deno.test("sso remove --sso-session signs the session out; sso logout --sso-session afterwards has nothing to do", async () => {
  await using w = await ssoWorld();
  assert.equal((await w.run(CONFIGURE_DEV)).code, 0);
  assert.equal(Object.keys(w.tokenFiles()).length, 1);
  const r = await w.run(["sso", "remove", "--sso-session", "okta"]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /\[sso-session okta\], \[profile dev\]/);
  assert.deepEqual(Object.keys(w.tokenFiles()), []);
  assert.equal(w.ic.calls.filter((c) => c.op === "POST /logout").length, 1);
  const again = await w.run(["sso", "logout", "--sso-session", "okta"]);
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stderr, /nothing to sign out of/);
  assert.doesNotMatch(again.stderr, /sso configure/);
});

Deno.test("sso logout --sso-session finds the token by its file when the config section is gone", async () => {
  await using w = await ssoWorld();
  assert.equal((await w.run(CONFIGURE_DEV)).code, 0);
  Deno.writeTextFileSync(`${w.home}/.aws/config`, "");
  const r = await w.run(["sso", "logout", "--sso-session", "okta"]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(Object.keys(w.tokenFiles()), []);
  assert.equal(w.ic.calls.filter((c) => c.op === "POST /logout").length, 1);
});

Deno.test("status shows the lifetime STS granted beside the one asked for, in the user's language", async () => {
  await using w = await world({ sts: { maxDuration: { [ROLE_DEV]: 3600 } } });
  const env = { ...w.env, ...QUIET };
  const r = await runCli(
    ["web", ...w.args, "-r", ROLE_DEV, "-s", "43200", "-f", "process-credentials"],
    { home: w.home, env },
  );
  assert.equal(r.code, 0, r.stderr);
  const table = await runCli(["status"], { home: w.home });
  assert.match(table.stderr, /role\/Developer as jane@example\.com \(asked 12h, got 1h\)/);
  assert.doesNotMatch(table.stderr, /43200 s/);
  const ko = await runCli(["status", "--lang", "ko"], { home: w.home });
  assert.match(
    ko.stderr,
    /role\/Developer 세션 이름 jane@example\.com \(요청 12시간, 받음 1시간\)/,
  );
  const json = JSON.parse((await runCli(["status", "--json"], { home: w.home })).stdout);
  const aws = json.entries.find((e: { kind: string }) => e.kind === "aws");
  assert.equal(aws.asked, 43200);
  assert.equal(aws.granted, 3600);
});

Deno.test("durations over a day are said in days: 90 days is 89d23h, not 2159h59m", () => {
  assert.equal(duration(90 * 86400 - 60, "en"), "89d23h");
  assert.equal(duration(90 * 86400 - 60, "ko"), "89일 23시간");
  assert.equal(duration(3600, "en"), "1h");
  assert.equal(duration(3900, "en"), "1h05m");
  assert.equal(duration(249, "en"), "4m09s");
});

Deno.test("okta-aws sso -s 43200 says the permission set decides a session's length, and where an administrator sets it", async () => {
  await using w = await ssoWorld();
  const cases = [
    { lang: "en", words: /Permission sets > \(the set\) > Session duration/ },
    { lang: "ko", words: /권한 세트/ },
  ];
  for (const { lang, words } of cases) {
    const r = await w.run(["sso", "--profile", "dev", "-s", "43200", "--lang", lang]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, words);
    assert.doesNotMatch(r.stderr, /it is a flag of/);
  }
});

Deno.test("a role typo (-r Admn) gets a did-you-mean, as flags do", async () => {
  await using w = await world();
  const r = await runCli(["web", ...w.args, "-r", "Admn", "-f", "noop"], {
    home: w.home,
    env: { ...w.env, ...QUIET },
  });
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stderr, /The role "Admn" is not in the SAML assertion \(did you mean 'Admin'\?\)/);
});

Deno.test("small misleads: --lang kr refused with a did-you-mean, completions names the missing shell, sso configure --output xml refused", async () => {
  await using w = await ssoWorld();
  const lang = await w.run(["status", "--lang", "kr"]);
  assert.equal(lang.code, 2);
  assert.match(
    lang.stderr,
    /Invalid --lang "kr": it must be one of: en, ko \(did you mean 'ko'\?\)/,
  );
  const env = await w.run(["status"], { OKTA_AWS_LANG: "fr" });
  assert.equal(env.code, 2);
  assert.match(env.stderr, /Invalid OKTA_AWS_LANG "fr"/);
  const locale = await w.run(["status"], { OKTA_AWS_LANG: "ko_KR.UTF-8" });
  assert.equal(locale.code, 0, locale.stderr);
  const shell = await w.run(["completions"]);
  assert.equal(shell.code, 2);
  assert.match(
    shell.stderr,
    /Missing the shell: okta-aws completions <shell>, one of bash, zsh, fish, powershell/,
  );
  const output = await w.run(configureWith("--output", "xml"));
  assert.equal(output.code, 2);
  assert.match(
    output.stderr,
    /Invalid --output "xml": it must be one of: json, yaml, yaml-stream, text, table/,
  );
  assert.equal(w.ic.calls.length, 0, "refused before any request");
});

Deno.test("sso login without --profile and without [default] lists the profiles that exist", async () => {
  await using w = await ssoWorld();
  assert.equal((await w.run(CONFIGURE_DEV)).code, 0);
  const r = await w.run(["sso", "login"]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /has no profile "default"; it has: dev/);
  assert.match(r.stderr, /Choose one with --profile/);
});

Deno.test("-s takes 12h and 90m as --refresh-window does", async () => {
  await using w = await world();
  const env = { ...w.env, ...QUIET };
  const r = await runCli(["web", ...w.args, "-r", ROLE_DEV, "-s", "2h", "-f", "noop"], {
    home: w.home,
    env,
  });
  assert.equal(r.code, 0, r.stderr);
  const call = w.sts.calls.find((c) => c.action === "AssumeRoleWithSAML")!;
  assert.equal(call.params.DurationSeconds, "7200");
});

Deno.test({
  name:
    "env-var printed on a terminal adds one stderr line on how a shell takes it; piped, nothing",
  ignore: !hasTmux,
  async fn() {
    await using w = await world();
    const env = { ...w.env, ...QUIET, HOME: w.home, SHELL: "/bin/bash" };
    const args = ["web", ...w.args, "-r", ROLE_DEV];
    const term = await oktaAwsInTmux(args, env, w.home);
    try {
      assert.equal(await term.exit(), 0, term.screen());
      const screen = term.screen().replaceAll("\n", " ");
      assert.match(screen, /export AWS_ACCESS_KEY_ID=/);
      assert.match(
        screen,
        /set nothing in this shell by themselves: run eval "\$\(okta-aws \.\.\.\)"/,
      );
    } finally {
      term.kill();
    }
    const piped = await runCli(args, { home: w.home, env });
    assert.equal(piped.code, 0, piped.stderr);
    assert.doesNotMatch(piped.stderr, /set nothing/);
  },
});

Deno.test("no lock file stays in ~/.aws after writing the credentials and config files", async () => {
  await using w = await ssoWorld();
  assert.equal((await w.run(CONFIGURE_DEV)).code, 0);
  const sso = await w.run(["sso", "--profile", "dev", "-z", "-p", "dev"]);
  assert.equal(sso.code, 0, sso.stderr);
  assert.deepEqual(filesIn(`${w.home}/.aws`).filter((n) => n.endsWith(".lock")), []);
  assert.ok(filesIn(`${w.home}/.aws`).includes("credentials"));
  assert.ok(filesIn(`${w.home}/.cache/okta-aws/locks`).some((n) => n.startsWith("file-")));
});

Deno.test({
  name: "the role picker shows each ARN once, and Ctrl-C leaves no menu drawn",
  ignore: !hasTmux,
  async fn() {
    await using w = await world();
    const env = { ...w.env, ...QUIET, HOME: w.home };
    const term = await oktaAwsInTmux(["web", ...w.args], env, w.home);
    try {
      const { waitFor, tmux } = await import("./tmux.ts");
      await waitFor(() => term.screen().includes("Choose an IAM role"), "the role picker");
      await new Promise((r) => setTimeout(r, 300));
      const drawn = term.screen();
      const arn = "arn:aws:iam::123456789012:role/Admin";
      assert.equal(drawn.split(arn).length - 1, 1, drawn);
      tmux(term.socket, "send-keys", "C-c");
      assert.equal(await term.exit(), 130);
      const after = term.screen();
      assert.doesNotMatch(after, /role\/Developer/, after);
      assert.match(after, /Cancelled/);
    } finally {
      term.kill();
    }
  },
});

Deno.test("the top-level --help shows every command, sso configure|login|logout|remove and profiles sync included", async () => {
  for (const lang of ["en", "ko"]) {
    const r = await runCli(["--help", "--lang", lang], { home: Deno.cwd() });
    assert.equal(r.code, 0);
    for (
      const c of [
        "sso configure",
        "sso login",
        "sso logout",
        "sso remove",
        "profiles sync",
        "remove",
      ]
    ) {
      assert.match(r.stdout, new RegExp(`^  ${c} `, "m"), `${lang}: ${c}`);
    }
  }
});

Deno.test("a second run reuses the Okta session an earlier one kept: exec for one role, then env-var for another", async () => {
  await using w = await world();
  const env = { ...w.env, ...QUIET };
  const first = await runCli(["web", ...w.args, "-r", ROLE_DEV, "--", "true"], {
    home: w.home,
    env,
  });
  assert.equal(first.code, 0, first.stderr);
  const second = await runCli(["web", ...w.args, "-r", "Admin"], { home: w.home, env });
  assert.equal(second.code, 0, second.stderr);
  assert.match(second.stdout, /^export AWS_ACCESS_KEY_ID=/m);
  assert.equal(w.okta.count("/oauth2/v1/device/authorize"), 1, "one sign-in for both runs");
  // env-var alone keeps no session of its own.
  const fresh = await world();
  try {
    const alone = await runCli(["web", ...fresh.args, "-r", ROLE_DEV], {
      home: fresh.home,
      env: { ...fresh.env, ...QUIET },
    });
    assert.equal(alone.code, 0, alone.stderr);
    assert.deepEqual(filesIn(`${fresh.home}/.cache/okta-aws/okta`), []);
  } finally {
    await fresh.close();
  }
});

Deno.test({
  name:
    "exec served from the cache names the role picked on an earlier run, and how to choose another",
  ignore: !hasTmux,
  async fn() {
    await using w = await world();
    const env = { ...w.env, ...QUIET, HOME: w.home };
    const args = ["web", ...w.args, "--", "true"];
    const term = await oktaAwsInTmux(args, env, w.home);
    try {
      const { waitFor, tmux } = await import("./tmux.ts");
      await waitFor(() => term.screen().includes("Choose an IAM role"), "the role picker");
      await new Promise((r) => setTimeout(r, 300));
      tmux(term.socket, "send-keys", "Enter");
      assert.equal(await term.exit(), 0, term.screen());
    } finally {
      term.kill();
    }
    const again = await runCli(args, { home: w.home, env });
    assert.equal(again.code, 0, again.stderr);
    assert.match(
      again.stderr,
      /notice: using arn:aws:iam::123456789012:role\/\w+, the role picked on an earlier run; choose another with -r/,
    );
    assert.equal(w.sts.calls.length, 1, "served from the cache");
    // A role given with -r is not news: nothing said.
    const given = await runCli(["web", ...w.args, "-r", ROLE_DEV, "--", "true"], {
      home: w.home,
      env,
    });
    assert.equal(given.code, 0, given.stderr);
    const givenAgain = await runCli(["web", ...w.args, "-r", ROLE_DEV, "--", "true"], {
      home: w.home,
      env,
    });
    assert.doesNotMatch(givenAgain.stderr, /picked on an earlier run/);
  },
});

Deno.test("without a browser, -b says so in words (not 'Failed to spawn') and repeats the URL to open", async () => {
  await using w = await world();
  // A PATH with deno's own directory only: no xdg-open to find.
  const denoDir = Deno.execPath().slice(0, Deno.execPath().lastIndexOf("/"));
  const env = { ...w.env, PATH: denoDir, DISPLAY: ":0" };
  for (
    const [lang, words] of [["en", /the browser did not open: no "xdg-open" is installed here/], [
      "ko",
      /"xdg-open" 프로그램이 설치되어 있지 않습니다/,
    ]] as const
  ) {
    const r = await runCli(["web", ...w.args, "-r", ROLE_DEV, "-b", "-f", "noop", "--lang", lang], {
      home: w.home,
      env,
    });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, words);
    assert.doesNotMatch(r.stderr, /Failed to spawn|entity not found/);
    assert.match(r.stderr, /http:\/\/127\.0\.0\.1:\d+\/activate\?user_code=WDJB-MJHT\s*$/m);
    await runCli(["logout"], { home: w.home });
  }
});

Deno.test({
  name:
    "sso configure in a terminal asks nothing the flags answered: no scopes question; an existing session's URL and region not asked again",
  ignore: !hasTmux,
  async fn() {
    await using w = await ssoWorld();
    const env = { ...w.env, HOME: w.home };
    const all = await oktaAwsInTmux(CONFIGURE_DEV, env, w.home);
    try {
      assert.equal(await all.exit(), 0, all.screen());
      assert.doesNotMatch(all.screen(), /registration scopes/);
    } finally {
      all.kill();
    }
    const again = await oktaAwsInTmux(
      [
        "sso",
        "configure",
        "--sso-session",
        "okta",
        "--account-id",
        "222222222222",
        "--role-name",
        "ReadOnly",
        "--region",
        "ap-northeast-2",
        "--output",
        "json",
        "--profile",
        "prod",
      ],
      env,
      await Deno.makeTempDir({ dir: w.home }),
    );
    try {
      assert.equal(await again.exit(), 0, again.screen());
      assert.doesNotMatch(again.screen(), /SSO start URL|SSO region/);
    } finally {
      again.kill();
    }
    assert.match(
      Deno.readTextFileSync(`${w.home}/.aws/config`),
      /\[profile prod\]\nsso_session = okta\nsso_account_id = 222222222222/,
    );
  },
});

Deno.test("Korean mode speaks Korean: doctor's levels, help's placeholders, status rows, fish descriptions", async () => {
  await using w = await ssoWorld();
  assert.equal((await w.run(CONFIGURE_DEV)).code, 0);
  const doctor = await w.run(["doctor", "--lang", "ko"]);
  assert.match(doctor.stderr, /^(정상|경고|실패) /m);
  assert.doesNotMatch(doctor.stderr, /^(ok|warn|fail) /m);
  const help = await w.run(["web", "--help", "--lang", "ko"]);
  assert.match(help.stdout, /--org-domain <도메인>/);
  assert.doesNotMatch(help.stdout, /<domain>|<seconds>/);
  const status = await w.run(["status", "--lang", "ko"]);
  assert.match(status.stderr, /액세스 토큰 \(ap-northeast-2\) \+갱신 토큰/);
  assert.doesNotMatch(status.stderr, /access token|role credentials|\+refresh|\d s\)/);
  const fish = await w.run(["completions", "fish", "--lang", "ko"]);
  assert.match(fish.stdout, /-l force -d '캐시된 토큰이 유효해도 다시 로그인'/);
});

Deno.test("doctor checks each sso-session (URL, region, token, portal), shows aws login profiles, and wants no Okta org for Identity Center alone", async () => {
  await using w = await ssoWorld();
  assert.equal((await w.run(CONFIGURE_DEV)).code, 0);
  const config = `${w.home}/.aws/config`;
  Deno.writeTextFileSync(
    config,
    Deno.readTextFileSync(config) +
      "\n[sso-session other]\nsso_start_url = https://acme.awsapps.com/start\nsso_region = ap-northeast-2\n" +
      "\n[sso-session broken]\nsso_start_url = http://acme.example/start\nsso_region = ap-northeast-2\n" +
      "\n[profile console]\nlogin_session = arn:aws:iam::111111111111:user/alice\nregion = eusc-de-east-1\n",
  );
  const r = await w.run(["doctor"]);
  assert.match(
    r.stderr,
    /^ok +sso-session okta: signed in to ".*" \(\d+ min left\); the portal lists 3 account\(s\)$/m,
  );
  assert.match(r.stderr, /^warn +sso-session other: not signed in$/m);
  assert.match(r.stderr, /okta-aws sso login --sso-session other/);
  assert.match(r.stderr, /^fail +sso-session broken: .*is not an https URL$/m);
  assert.match(
    r.stderr,
    /profiles from aws login \(login_session\), which the AWS CLI manages: console/,
  );
  assert.doesNotMatch(r.stderr, /Okta org/);
});

Deno.test("--all-profiles serves every role when STS throttles past a few calls at once", async () => {
  await using w = await world({ sts: { maxInFlight: 2, latencyMs: 20 } });
  const r = await runCli(["web", ...w.args, "--all-profiles"], {
    home: w.home,
    env: { ...w.env, ...QUIET },
  });
  assert.equal(r.code, 0, r.stderr);
  const text = Deno.readTextFileSync(`${w.home}/.aws/credentials`);
  assert.equal(text.match(/aws_session_token/g)?.length, 2);
});

Deno.test("a kept Okta session that has ended is said once before signing in again", async () => {
  await using w = await world();
  const env = { ...w.env, ...QUIET };
  const kept = await runCli(["web", ...w.args, "-r", ROLE_DEV, "-e", "-f", "noop"], {
    home: w.home,
    env,
  });
  assert.equal(kept.code, 0, kept.stderr);
  const dir = `${w.home}/.cache/okta-aws/okta`;
  for (const name of filesIn(dir)) {
    const session = JSON.parse(Deno.readTextFileSync(`${dir}/${name}`));
    Deno.writeTextFileSync(
      `${dir}/${name}`,
      JSON.stringify({ ...session, expiresAt: Date.now() - 1000 }),
    );
  }
  const again = await runCli(["web", ...w.args, "-r", ROLE_DEV, "-f", "noop"], {
    home: w.home,
    env,
  });
  assert.equal(again.code, 0, again.stderr);
  assert.equal(
    again.stderr.match(/the Okta session kept for 127\.0\.0\.1:\d+ has ended; signing in again/g)
      ?.length,
    1,
  );
});

Deno.test("a file system error is said in the user's language, not the system's words", async () => {
  const { systemReason } = await import("../src/fs/system_reason.ts");
  const { render } = await import("../src/i18n/messages.ts");
  const reason = systemReason(new Deno.errors.PermissionDenied("Permission denied (os error 13)"));
  assert.equal(typeof reason, "object");
  const words = render("file_write_failed", { path: "/x", reason }, "ko").message;
  assert.match(words, /권한이 없습니다/);
  assert.doesNotMatch(words, /Permission denied|os error/);
});
