// `okta-aws profiles sync` end to end: the profiles it writes give credentials to the real AWS
// CLI (credential_process) and to the JS SDK (sso_* keys); a second sync changes nothing; a
// hand-written section survives every sync; --prune, --dry-run, --command.
import assert from "node:assert/strict";
import {
  APP_ID,
  awsCli,
  hasAwsCli,
  MAIN,
  PROVIDER,
  PROVIDER_2,
  ROLE_ADMIN,
  ROLE_DEV,
  ROLE_PROD,
  runCli,
  world,
} from "./helpers.ts";
import { samlResponse } from "./fakes/saml.ts";
import { stableBinaryPath } from "../src/cli/commands/profiles/sync.ts";
import { CONFIGURE_DEV, denoEnv, ssoWorld } from "./sso_world.ts";

const NOOP_BROWSER = { OKTA_AWSCLI_OPEN_BROWSER: "false" };
const FROM_SSO = new URL("./fixtures/from_sso.ts", import.meta.url).pathname;
/** What a user wrote by hand: every byte of it must survive every sync. */
const HAND_WRITTEN = "# my own profiles\n[default]\nregion = eu-west-1\noutput = json\n\n" +
  "[profile mine]\nrole_arn = arn:aws:iam::999999999999:role/Mine\nsource_profile = default\n";
const DEV_NAME = "123456789012-okta-Developer";
const ADMIN_NAME = "123456789012-okta-Admin";

function section(text: string, name: string): string | undefined {
  return new RegExp(`^\\[profile ${name}\\]\\n((?:[^\\[\\n].*\\n?)*)`, "m").exec(text)?.[1];
}

Deno.test({
  name:
    "profiles sync writes a credential_process profile per role; the real AWS CLI's export-credentials gets credentials through it",
  ignore: !hasAwsCli,
  async fn() {
    await using w = await world();
    await Deno.mkdir(`${w.home}/.aws`);
    await Deno.writeTextFile(`${w.home}/.aws/config`, HAND_WRITTEN);
    const r = await runCli(["profiles", "sync", ...w.args, "--aws-region", "ap-northeast-2"], {
      home: w.home,
      env: { ...w.env, ...NOOP_BROWSER },
    });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /2 profiles added, 0 updated, 0 unchanged, 0 removed/);
    const text = await Deno.readTextFile(`${w.home}/.aws/config`);
    assert.ok(text.startsWith(HAND_WRITTEN), "the hand-written part is kept byte for byte");
    const dev = section(text, DEV_NAME)!;
    assert.match(
      dev,
      new RegExp(
        `^credential_process = \\S+ run --allow-all --quiet --config \\S+/deno\\.json ${MAIN} web --org-domain ${w.okta.url} --oidc-client-id \\S+ --aws-acct-fed-app-id ${APP_ID} --aws-iam-idp ${PROVIDER} --aws-iam-role ${ROLE_DEV} --format process-credentials$`,
        "m",
      ),
    );
    assert.match(dev, /^region = ap-northeast-2$/m);
    assert.match(dev, new RegExp(`^okta_aws_sync = web ${w.okta.url} as ${DEV_NAME}$`, "m"));
    assert.ok(section(text, ADMIN_NAME)!.includes(`--aws-iam-role ${ROLE_ADMIN} `));
    // No secret on disk: the config holds commands, never keys or tokens.
    assert.doesNotMatch(text, /aws_secret_access_key|aws_session_token|ASIA/);

    // The AWS CLI runs the credential_process line from another directory, as a user would.
    const env = { HOME: w.home, ...w.env, ...await denoEnv() };
    for (const [name, role] of [[DEV_NAME, ROLE_DEV], [ADMIN_NAME, ROLE_ADMIN]]) {
      const out = await awsCli(["configure", "export-credentials", "--profile", name!], env);
      assert.equal(out.code, 0, out.stderr);
      const issued = w.sts.issued.find((c) => c.accessKeyId === JSON.parse(out.stdout).AccessKeyId);
      assert.equal(issued?.roleArn, role);
    }
    // The sync's sign-in served the profiles: one device authorization in all.
    assert.equal(w.okta.count("/oauth2/v1/device/authorize"), 1);
  },
});

Deno.test("a second profiles sync changes nothing: same bytes, the file not even rewritten", async () => {
  await using w = await world();
  const args = ["profiles", "sync", ...w.args, "--aws-region", "ap-northeast-2"];
  const run = () => runCli(args, { home: w.home, env: { ...w.env, ...NOOP_BROWSER } });
  await Deno.mkdir(`${w.home}/.aws`);
  await Deno.writeTextFile(`${w.home}/.aws/config`, HAND_WRITTEN);
  assert.equal((await run()).code, 0);
  const path = `${w.home}/.aws/config`;
  const first = await Deno.readFile(path);
  const { mtime, ino } = await Deno.stat(path);
  await new Promise((r) => setTimeout(r, 20));
  const second = await run();
  assert.equal(second.code, 0, second.stderr);
  assert.match(second.stderr, /0 profiles added, 0 updated, 2 unchanged, 0 removed/);
  assert.deepEqual(await Deno.readFile(path), first);
  const after = await Deno.stat(path);
  assert.equal(after.mtime?.getTime(), mtime?.getTime(), "not rewritten");
  assert.equal(after.ino, ino);
});

Deno.test("profiles sync --prune removes only its own profiles of roles that are gone; --dry-run prints the diff and writes nothing", async () => {
  await using w = await world();
  const env = { ...w.env, ...NOOP_BROWSER };
  const path = `${w.home}/.aws/config`;
  await Deno.mkdir(`${w.home}/.aws`);
  // A section another org's sync wrote, and a hand-written one holding a name sync wants.
  const others = "[profile other-org]\ncredential_process = okta-aws web -o other.okta.com\n" +
    "okta_aws_sync = web https://other.okta.com\n\n" +
    `[profile ${ADMIN_NAME}]\nregion = us-west-2\n`;
  await Deno.writeTextFile(path, HAND_WRITTEN + "\n" + others);
  const first = await runCli(["profiles", "sync", ...w.args], { home: w.home, env });
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stderr, /1 profiles added, 0 updated, 0 unchanged, 0 removed/);
  assert.match(
    first.stderr,
    new RegExp(
      `notice: left as they are \\(written by hand, or synced from another org or session\\): ${ADMIN_NAME}`,
    ),
  );
  assert.match(section(await Deno.readTextFile(path), ADMIN_NAME)!, /^region = us-west-2\n$/);

  // The Developer role is taken away in Okta.
  w.okta.script.assertions![APP_ID] = samlResponse({
    roles: [{ provider: PROVIDER, role: ROLE_ADMIN }],
    sessionDuration: 3600,
  });
  const kept = await runCli(["profiles", "sync", ...w.args], { home: w.home, env });
  assert.equal(kept.code, 0, kept.stderr);
  assert.match(
    kept.stderr,
    new RegExp(`profiles of roles you no longer reach: ${DEV_NAME}; --prune removes them`),
  );
  assert.ok(section(await Deno.readTextFile(path), DEV_NAME), "kept without --prune");

  const before = await Deno.readTextFile(path);
  const dry = await runCli(["profiles", "sync", ...w.args, "--prune", "--dry-run"], {
    home: w.home,
    env,
  });
  assert.equal(dry.code, 0, dry.stderr);
  assert.match(dry.stdout, new RegExp(`^--- ${path}$`, "m"));
  assert.match(dry.stdout, new RegExp(`^-\\[profile ${DEV_NAME}\\]$`, "m"));
  assert.doesNotMatch(dry.stdout, /^[-+].*(other-org|mine|eu-west-1)/m);
  assert.match(dry.stderr, /dry run: nothing was written/);
  assert.equal(await Deno.readTextFile(path), before, "--dry-run wrote nothing");

  const pruned = await runCli(["profiles", "sync", ...w.args, "--prune"], { home: w.home, env });
  assert.equal(pruned.code, 0, pruned.stderr);
  assert.match(pruned.stderr, /0 profiles added, 0 updated, 0 unchanged, 1 removed/);
  const text = await Deno.readTextFile(path);
  assert.equal(section(text, DEV_NAME), undefined);
  assert.ok(text.startsWith(HAND_WRITTEN), "hand-written sections survive --prune");
  assert.ok(text.includes(others), "another source's and hand-written sections survive");
});

Deno.test("profiles sync --command writes the given command as given, and refuses one that would break the line", async () => {
  await using w = await world();
  const env = { ...w.env, ...NOOP_BROWSER };
  const r = await runCli(
    ["profiles", "sync", ...w.args, "--command", '"/opt/okta tools/okta-aws"', "--dry-run"],
    { home: w.home, env },
  );
  assert.equal(r.code, 0, r.stderr);
  assert.match(
    r.stdout,
    /^\+credential_process = "\/opt\/okta tools\/okta-aws" web --org-domain /m,
  );
  const bad = await runCli([
    "profiles",
    "sync",
    ...w.args,
    "--command",
    "okta-aws\n[profile evil]",
  ], {
    home: w.home,
    env,
  });
  assert.equal(bad.code, 2, bad.stderr);
  assert.match(bad.stderr, /--command/);
  assert.equal(w.okta.count("/oauth2/v1/device/authorize"), 1, "refused before any sign-in");
});

Deno.test("profiles sync --sso-session writes sso_* profiles the JS SDK's fromSSO resolves, and a second sync changes nothing", async () => {
  await using w = await ssoWorld();
  assert.equal((await w.run(CONFIGURE_DEV)).code, 0);
  const sync = await w.run(["profiles", "sync", "--sso-session", "okta"]);
  assert.equal(sync.code, 0, sync.stderr);
  assert.match(sync.stderr, /4 profiles added, 0 updated, 0 unchanged, 0 removed/);
  const text = await Deno.readTextFile(`${w.home}/.aws/config`);
  const lake = section(text, "Data-Lake-okta-Analyst")!;
  assert.equal(
    lake,
    "sso_session = okta\nsso_account_id = 333333333333\nsso_role_name = Analyst\n" +
      "region = ap-northeast-2\nokta_aws_sync = sso-session okta as Data-Lake-okta-Analyst\n",
  );
  assert.match(section(text, "dev")!, /^sso_role_name = ReadOnly$/m, "configure's profile kept");
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "--quiet", FROM_SSO, "Data-Lake-okta-Analyst"],
    env: { ...await denoEnv(), HOME: w.home, AWS_ENDPOINT_URL_SSO: w.ic.url },
    clearEnv: true,
    stdout: "piped",
    stderr: "piped",
  }).output();
  assert.equal(out.code, 0, new TextDecoder().decode(out.stderr));
  assert.match(new TextDecoder().decode(out.stdout), /"accessKeyId":"ASIA/);
  const again = await w.run(["profiles", "sync", "--sso-session", "okta"]);
  assert.match(again.stderr, /0 profiles added, 0 updated, 4 unchanged, 0 removed/);
  assert.equal(await Deno.readTextFile(`${w.home}/.aws/config`), text);
});

Deno.test("profiles sync with no reachable role is an error and leaves the file alone", async () => {
  await using w = await world({ okta: { apps: [] } });
  await Deno.mkdir(`${w.home}/.aws`);
  await Deno.writeTextFile(`${w.home}/.aws/config`, HAND_WRITTEN);
  const r = await runCli(["profiles", "sync", ...w.args, "--prune"], {
    home: w.home,
    env: { ...w.env, ...NOOP_BROWSER },
  });
  assert.notEqual(r.code, 0);
  assert.match(r.stderr, /^error: /m);
  assert.equal(await Deno.readTextFile(`${w.home}/.aws/config`), HAND_WRITTEN);
});

Deno.test("profiles sync takes every Federation app's roles without asking which app; a sync of one app prunes only its own", async () => {
  const second = "0oasecondapp";
  await using w = await world({
    okta: {
      apps: [{ id: APP_ID, label: "AWS Dev" }, { id: second, label: "AWS Prod" }],
      assertions: {
        [APP_ID]: samlResponse({
          roles: [{ provider: PROVIDER, role: ROLE_DEV }],
          sessionDuration: 3600,
        }),
        [second]: samlResponse({
          roles: [{ provider: PROVIDER_2, role: ROLE_PROD }],
          sessionDuration: 3600,
        }),
      },
    },
  });
  const r = await runCli(["profiles", "sync", ...w.args], {
    home: w.home,
    env: { ...w.env, ...NOOP_BROWSER },
  });
  assert.equal(r.code, 0, r.stderr);
  const text = await Deno.readTextFile(`${w.home}/.aws/config`);
  assert.match(section(text, DEV_NAME)!, new RegExp(`--aws-acct-fed-app-id ${APP_ID} `));
  assert.match(
    section(text, "210987654321-okta-ReadOnly")!,
    new RegExp(`--aws-acct-fed-app-id ${second} .*--aws-iam-role ${ROLE_PROD} `),
  );
  // A sync of one app covers that app only: --prune leaves the other app's profile.
  const one = await runCli(["profiles", "sync", ...w.args, "-a", APP_ID, "--prune"], {
    home: w.home,
    env: { ...w.env, ...NOOP_BROWSER },
  });
  assert.equal(one.code, 0, one.stderr);
  assert.match(one.stderr, /0 profiles added, 0 updated, 1 unchanged, 0 removed/);
  assert.equal(await Deno.readTextFile(`${w.home}/.aws/config`), text);
});

Deno.test("stableBinaryPath() prefers the PATH link to the binary (Homebrew's bin/) over the path it resolves to", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await Deno.mkdir(`${dir}/Cellar/okta-aws/0.1.0/bin`, { recursive: true });
    await Deno.mkdir(`${dir}/bin`);
    const real = `${dir}/Cellar/okta-aws/0.1.0/bin/okta-aws`;
    await Deno.writeTextFile(real, "#!/bin/sh\n", { mode: 0o755 });
    await Deno.symlink(real, `${dir}/bin/okta-aws`);
    assert.equal(
      stableBinaryPath(real, { PATH: `/nonexistent:${dir}/bin:/usr/bin` }, false),
      `${dir}/bin/okta-aws`,
    );
    // Another okta-aws on PATH is not this binary: the real path stays.
    await Deno.remove(`${dir}/bin/okta-aws`);
    await Deno.writeTextFile(`${dir}/bin/okta-aws`, "#!/bin/sh\n", { mode: 0o755 });
    assert.equal(stableBinaryPath(real, { PATH: `${dir}/bin` }, false), real);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("an IAM that answers 500 fails the sync and changes nothing; an alias that really went keeps every synced profile's name and the keys the user added", async () => {
  await using w = await world({ sts: { aliases: { "123456789012": "acme" } } });
  const env = { ...w.env, ...NOOP_BROWSER };
  const path = `${w.home}/.aws/config`;
  const sync = (...extra: string[]) =>
    runCli(["profiles", "sync", ...w.args, ...extra], { home: w.home, env });
  const first = await sync();
  assert.equal(first.code, 0, first.stderr);
  assert.ok(section(await Deno.readTextFile(path), "acme-okta-Developer"));
  // The user adds a key of their own to a synced profile.
  const mine = (await Deno.readTextFile(path)).replace(
    "[profile acme-okta-Developer]\n",
    "[profile acme-okta-Developer]\ncli_pager = less\n",
  );
  await Deno.writeTextFile(path, mine);

  w.sts.script.aliasFailing = true;
  const failing = await sync("--prune");
  assert.equal(failing.code, 1, failing.stderr);
  assert.match(
    failing.stderr,
    /^error: IAM ListAccountAliases failed: ServiceFailureException \(HTTP 500\); the profile names depend on it$/m,
  );
  assert.match(failing.stderr, /^hint: Nothing was changed\./m);
  assert.equal(await Deno.readTextFile(path), mine, "no rename, no prune on a failed look-up");

  // The alias is really gone: names would be the account id's; the profiles keep theirs.
  w.sts.script.aliasFailing = false;
  w.sts.script.aliases = {};
  const gone = await sync("--prune");
  assert.equal(gone.code, 0, gone.stderr);
  assert.match(gone.stderr, /0 profiles added, 0 updated, 2 unchanged, 0 removed/);
  const text = await Deno.readTextFile(path);
  assert.match(section(text, "acme-okta-Developer")!, /^cli_pager = less$/m);
  assert.equal(section(text, DEV_NAME), undefined, "no second profile for the same role");
});

Deno.test("--prune keeps a hand-made copy of a synced section (marker and all), and removes only the section it wrote", async () => {
  await using w = await world();
  const env = { ...w.env, ...NOOP_BROWSER };
  const path = `${w.home}/.aws/config`;
  const first = await runCli(["profiles", "sync", ...w.args], { home: w.home, env });
  assert.equal(first.code, 0, first.stderr);
  const text = await Deno.readTextFile(path);
  const copy = `\n[profile my-dev]\n${section(text, DEV_NAME)}`;
  await Deno.writeTextFile(path, text + copy);
  w.okta.script.assertions![APP_ID] = samlResponse({
    roles: [{ provider: PROVIDER, role: ROLE_ADMIN }],
    sessionDuration: 3600,
  });
  const pruned = await runCli(["profiles", "sync", ...w.args, "--prune"], {
    home: w.home,
    env,
  });
  assert.equal(pruned.code, 0, pruned.stderr);
  assert.match(pruned.stderr, new RegExp(`1 removed\\n {2}- ${DEV_NAME}\\n`));
  const after = await Deno.readTextFile(path);
  assert.equal(section(after, DEV_NAME), undefined);
  assert.ok(after.endsWith(copy), "the copy is the user's: kept byte for byte");
});
