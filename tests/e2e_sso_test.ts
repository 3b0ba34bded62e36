// `okta-aws sso ...` end to end as a user runs it: main.ts spawned against the fake Identity
// Center, checking stdout, stderr, exit codes and the files the AWS CLI will read.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { CONFIGURE_DEV, ssoWorld, START_URL } from "./sso_world.ts";
import { startCli } from "./helpers.ts";

const sha1 = (s: string) => createHash("sha1").update(s).digest("hex");
const mode = (path: string) => Deno.statSync(path).mode! & 0o777;

Deno.test("sso configure with a flag for every question writes the AWS CLI's sections, and signs in by device code", async () => {
  await using w = await ssoWorld();
  const r = await w.run(CONFIGURE_DEV);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, "");
  assert.match(r.stderr, /Then enter the code:\n {2}ABCD-EFGH/);
  assert.match(r.stderr, /Successfully logged into Start URL: https:\/\/d-9999999999/);
  assert.equal(
    Deno.readTextFileSync(`${w.home}/.aws/config`),
    `[sso-session okta]
sso_start_url = ${START_URL}
sso_region = ap-northeast-2
sso_registration_scopes = sso:account:access

[profile dev]
sso_session = okta
sso_account_id = 111111111111
sso_role_name = ReadOnly
region = ap-northeast-2
output = json
`,
  );
  assert.equal(mode(`${w.home}/.aws/config`), 0o600);
  // The token file: SHA-1 of the session name, one line, 0600, refreshable by the AWS CLI.
  const path = `${w.home}/.aws/sso/cache/${sha1("okta")}.json`;
  const text = Deno.readTextFileSync(path);
  assert.equal(text.split("\n").length, 1);
  assert.equal(mode(path), 0o600);
  const token = JSON.parse(text);
  assert.deepEqual(Object.keys(token), [
    "startUrl",
    "region",
    "accessToken",
    "expiresAt",
    "clientId",
    "clientSecret",
    "registrationExpiresAt",
    "refreshToken",
  ]);
  assert.match(token.expiresAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  assert.match(token.registrationExpiresAt, /Z$/);
  // The first CreateToken comes before the code is shown (and is pending), then one more.
  const ops = w.ic.calls.map((c) => c.op);
  assert.deepEqual(ops.slice(0, 4), [
    "POST /client/register",
    "POST /device_authorization",
    "POST /token",
    "POST /token",
  ]);
  assert.equal(w.ic.calls[0]!.body.clientName, "okta-aws-okta");
  assert.deepEqual(w.ic.calls[0]!.body.grantTypes, [
    "urn:ietf:params:oauth:grant-type:device_code",
    "refresh_token",
  ]);
  assert.ok(!r.stderr.includes(token.accessToken));
});

Deno.test("sso configure without a session name writes the legacy profile, its token file named by the start URL", async () => {
  await using w = await ssoWorld();
  const args = CONFIGURE_DEV.filter((a, i, all) =>
    a !== "--sso-session" && all[i - 1] !== "--sso-session"
  );
  const r = await w.run(args);
  assert.equal(r.code, 0, r.stderr);
  const config = Deno.readTextFileSync(`${w.home}/.aws/config`);
  assert.equal(
    config,
    `[profile dev]\nsso_start_url = ${START_URL}\nsso_region = ap-northeast-2\nsso_account_id = 111111111111\nsso_role_name = ReadOnly\nregion = ap-northeast-2\noutput = json\n`,
  );
  const token = JSON.parse(
    Deno.readTextFileSync(`${w.home}/.aws/sso/cache/${sha1(START_URL)}.json`),
  );
  // A legacy registration has no refresh grant: its token has no refresh token.
  assert.equal(token.refreshToken, undefined);
  assert.equal(w.ic.calls[0]!.body.grantTypes, undefined);
});

Deno.test("sso configure without a terminal names the flag that picks among several accounts", async () => {
  await using w = await ssoWorld();
  const args = CONFIGURE_DEV.filter((a, i, all) =>
    a !== "--account-id" && all[i - 1] !== "--account-id"
  );
  const r = await w.run(args);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /--account-id/);
  assert.match(r.stderr, /Dev, dev@example\.com \(111111111111\)/);
  assert.throws(() => Deno.statSync(`${w.home}/.aws/config`), Deno.errors.NotFound);
});

Deno.test("sso configure --default writes [default], and --all adds one profile per role, keeps existing ones, and --prune removes the gone", async () => {
  await using w = await ssoWorld();
  assert.equal((await w.run([...CONFIGURE_DEV.slice(0, -2), "--default"])).code, 0);
  const config = `${w.home}/.aws/config`;
  assert.match(Deno.readTextFileSync(config), /^\[default\]\nsso_session = okta\n/m);
  // A hand-written profile of the same session for a role that no longer exists.
  Deno.writeTextFileSync(
    config,
    `${
      Deno.readTextFileSync(config)
    }\n# kept comment\n[profile old]\nsso_session = okta\nsso_account_id = 999999999999\nsso_role_name = Gone\n`,
  );
  const all = await w.run(["sso", "configure", "--sso-session", "okta", "--all"]);
  assert.equal(all.code, 0, all.stderr);
  assert.match(all.stderr, /3 profiles added, 1 left as they were, 0 removed/);
  const text = Deno.readTextFileSync(config);
  for (const name of ["Dev-Admin", "Prod-ReadOnly", "Data-Lake-Analyst", "old"]) {
    assert.match(text, new RegExp(`^\\[profile ${name}\\]$`, "m"), name);
  }
  // Dev/ReadOnly is [default] already: no second profile for it.
  assert.doesNotMatch(text, /\[profile Dev-ReadOnly\]/);
  const prune = await w.run(["sso", "configure", "--sso-session", "okta", "--all", "--prune"]);
  assert.equal(prune.code, 0, prune.stderr);
  assert.match(prune.stderr, /0 profiles added, 4 left as they were, 1 removed\n {2}- old/);
  const after = Deno.readTextFileSync(config);
  assert.doesNotMatch(after, /\[profile old\]/);
  assert.match(after, /# kept comment/);
});

Deno.test("sso login reuses a valid token, --force signs in again with the same registration, and --profile with --sso-session is a usage error", async () => {
  await using w = await ssoWorld();
  assert.equal((await w.run(CONFIGURE_DEV)).code, 0);
  const calls = w.ic.calls.length;
  const again = await w.run(["sso", "login", "--profile", "dev"]);
  assert.equal(again.code, 0);
  assert.match(again.stderr, /Already signed in to Start URL/);
  assert.equal(w.ic.calls.length, calls);
  const forced = await w.run(["sso", "login", "--profile", "dev", "--force"]);
  assert.equal(forced.code, 0, forced.stderr);
  assert.match(forced.stderr, /Successfully logged into Start URL/);
  // The registration is reused: no second RegisterClient.
  assert.equal(w.ic.calls.filter((c) => c.op === "POST /client/register").length, 1);
  const both = await w.run(["sso", "login", "--profile", "dev", "--sso-session", "okta"]);
  assert.equal(both.code, 2);
});

Deno.test("sso login by PKCE: a 127.0.0.1 callback, S256 challenge, state checked, token with a refresh token", async () => {
  await using w = await ssoWorld();
  const opened = `${w.home}/opened.txt`;
  await Deno.mkdir(`${w.home}/.aws`, { recursive: true });
  Deno.writeTextFileSync(
    `${w.home}/.aws/config`,
    `[profile dev]\nsso_session = okta\nsso_account_id = 111111111111\nsso_role_name = ReadOnly\n\n[sso-session okta]\nsso_start_url = ${START_URL}\nsso_region = ap-northeast-2\nsso_registration_scopes = sso:account:access\n`,
  );
  const cli = await startCli(["sso", "login", "--profile", "dev"], {
    home: w.home,
    env: { ...w.env, DISPLAY: ":0", OKTA_AWS_TEST_OPENED: opened },
  });
  await cli.waitForStderr(/Opening the sign-in page/);
  let url = "";
  for (let i = 0; i < 100 && url === ""; i++) {
    try {
      url = Deno.readTextFileSync(opened).trim();
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  // The "browser": the fake signs the user in and redirects to the callback.
  const page = await fetch(url).catch((err) => err);
  const r = await cli.finish();
  assert.equal(r.code, 0, `${r.stderr}\n${page}`);
  assert.equal(page.status, 200);
  await page.body?.cancel();
  const authorize = new URL(url);
  assert.equal(authorize.pathname, "/authorize");
  assert.equal(authorize.searchParams.get("code_challenge_method"), "S256");
  assert.match(
    authorize.searchParams.get("redirect_uri")!,
    /^http:\/\/127\.0\.0\.1:\d+\/oauth\/callback$/,
  );
  assert.equal(authorize.searchParams.get("scopes"), "sso:account:access");
  const register = w.ic.calls.find((c) => c.op === "POST /client/register")!;
  assert.deepEqual(register.body.grantTypes, ["authorization_code", "refresh_token"]);
  assert.deepEqual(register.body.redirectUris, ["http://127.0.0.1/oauth/callback"]);
  assert.equal(register.body.issuerUrl, START_URL);
  const token = Object.values(w.tokenFiles())[0]!;
  assert.ok(token.refreshToken);
  assert.equal(token.startUrl, START_URL);
});

Deno.test("sso login over SSH uses the device code and opens no browser", async () => {
  await using w = await ssoWorld();
  const opened = `${w.home}/opened.txt`;
  assert.equal((await w.run(CONFIGURE_DEV)).code, 0);
  const r = await w.run(["sso", "login", "--force"], {
    AWS_PROFILE: "dev",
    DISPLAY: ":0",
    SSH_CONNECTION: "10.0.0.1 22 10.0.0.2 22",
    OKTA_AWS_TEST_OPENED: opened,
  });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /ABCD-EFGH/);
  assert.throws(() => Deno.statSync(opened), Deno.errors.NotFound);
});

Deno.test("okta-aws sso delivers the profile's role credentials through env-var, aws-credentials, process-credentials and exec", async () => {
  await using w = await ssoWorld();
  assert.equal((await w.run(CONFIGURE_DEV)).code, 0);
  const env = await w.run(["sso", "--profile", "dev", "--shell", "bash"]);
  assert.equal(env.code, 0, env.stderr);
  assert.match(env.stdout, /^export AWS_ACCESS_KEY_ID='ASIA[A-Z0-9]{16}'$/m);
  assert.match(env.stdout, /^export AWS_REGION='ap-northeast-2'$/m);
  const west = await w.run(["sso", "--profile", "dev", "--shell", "bash", "-n", "us-west-2"]);
  assert.match(
    west.stdout,
    /^export AWS_REGION='us-west-2'$/m,
    "--aws-region wins over the profile's",
  );
  const roleCalls = () => w.ic.calls.filter((c) => c.op === "GET /federation/credentials");
  assert.equal(roleCalls()[0]!.query.account_id, "111111111111");
  assert.equal(roleCalls()[0]!.query.role_name, "ReadOnly");

  const file = await w.run(["sso", "--profile", "dev", "-f", "aws-credentials"]);
  assert.equal(file.code, 0, file.stderr);
  assert.match(
    Deno.readTextFileSync(`${w.home}/.aws/credentials`),
    /^\[dev\]\naws_access_key_id = ASIA/,
  );

  const first = await w.run(["sso", "--profile", "dev", "-f", "process-credentials"]);
  assert.equal(first.code, 0, first.stderr);
  const json = JSON.parse(first.stdout);
  assert.equal(json.Version, 1);
  const before = roleCalls().length;
  const second = await w.run(["sso", "--profile", "dev", "-f", "process-credentials"]);
  assert.equal(JSON.parse(second.stdout).AccessKeyId, json.AccessKeyId);
  assert.equal(roleCalls().length, before, "the second answer came from the cache");

  const exec = await w.run([
    "sso",
    "--profile",
    "dev",
    "--",
    "sh",
    "-c",
    "echo $AWS_ACCESS_KEY_ID; exit 3",
  ]);
  assert.equal(exec.code, 3);
  assert.match(exec.stdout, /^ASIA[A-Z0-9]{16}\n$/);
});

/** Moves the session's token to expire in `seconds`, as time passing would. */
function ageToken(home: string, seconds: number): string {
  const path = `${home}/.aws/sso/cache/${sha1("okta")}.json`;
  const token = JSON.parse(Deno.readTextFileSync(path));
  token.expiresAt = new Date(Date.now() + seconds * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");
  Deno.writeTextFileSync(path, JSON.stringify(token));
  return path;
}

Deno.test("okta-aws sso refreshes a token with under 15 minutes left and writes it back to the same file", async () => {
  await using w = await ssoWorld();
  assert.equal((await w.run(CONFIGURE_DEV)).code, 0);
  const path = ageToken(w.home, 300);
  const old = JSON.parse(Deno.readTextFileSync(path));
  assert.ok(old.refreshToken, "a device-code login of a session can be refreshed");
  const r = await w.run(["sso", "--profile", "dev", "-f", "process-credentials"]);
  assert.equal(r.code, 0, r.stderr);
  const refresh = w.ic.calls.filter((c) => c.body.grantType === "refresh_token");
  assert.equal(refresh.length, 1);
  assert.equal(refresh[0]!.body.refreshToken, old.refreshToken);
  const now = JSON.parse(Deno.readTextFileSync(path));
  assert.notEqual(now.accessToken, old.accessToken);
  assert.notEqual(now.refreshToken, old.refreshToken);
  assert.equal(now.clientId, old.clientId);
  assert.ok(Date.parse(now.expiresAt) - Date.now() > 3600_000);
  assert.equal(mode(path), 0o600);
  // The portal got the new token.
  const roles = w.ic.calls.filter((c) => c.op === "GET /federation/credentials");
  assert.equal(roles.at(-1)!.bearer, now.accessToken);
});

Deno.test("okta-aws sso with a revoked refresh asks for sso login once, without a retry loop", async () => {
  await using w = await ssoWorld();
  assert.equal((await w.run(CONFIGURE_DEV)).code, 0);
  ageToken(w.home, 300);
  w.ic.script.refreshRevoked = true;
  const r = await w.run(["sso", "--profile", "dev"]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /^error: The IAM Identity Center session has ended/m);
  assert.match(r.stderr, /^hint: Sign in again: okta-aws sso login --profile dev$/m);
  assert.equal(w.ic.calls.filter((c) => c.body.grantType === "refresh_token").length, 1);
  assert.equal(w.ic.calls.filter((c) => c.op === "GET /federation/credentials").length, 0);
});

Deno.test("sso logout calls the portal's Logout and removes exactly the token and SSO role-credential files", async () => {
  await using w = await ssoWorld();
  assert.equal((await w.run(CONFIGURE_DEV)).code, 0);
  assert.equal(
    (await w.run(["sso", "--profile", "dev", "--write-cli-cache", "-f", "noop"])).code,
    0,
  );
  const token = Object.values(w.tokenFiles())[0]!;
  const cli = `${w.home}/.aws/cli/cache`;
  assert.equal([...Deno.readDirSync(cli)].length, 1);
  // Files that are not Identity Center sessions stay: an assume-role cache entry, a
  // registration without a token.
  Deno.writeTextFileSync(`${cli}/assume.json`, '{"Credentials": {"AccessKeyId": "x"}}');
  Deno.writeTextFileSync(`${w.home}/.aws/sso/cache/botocore-client-id.json`, '{"clientId": "x"}');
  const r = await w.run(["sso", "logout"]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /Signed out of 1 IAM Identity Center sessions; removed 1 token files/);
  assert.deepEqual(w.ic.loggedOut, [token.accessToken]);
  assert.deepEqual([...Deno.readDirSync(cli)].map((e) => e.name), ["assume.json"]);
  assert.deepEqual(
    [...Deno.readDirSync(`${w.home}/.aws/sso/cache`)].map((e) => e.name),
    ["botocore-client-id.json"],
  );
  // okta-aws's own cached credentials of that session are gone too.
  const after = await w.run(["sso", "--profile", "dev", "-f", "process-credentials"]);
  assert.equal(after.code, 1);
  assert.match(after.stderr, /Not signed in to IAM Identity Center/);
});

Deno.test("sso remove takes out the profile's section, keeps every other byte, and closes a 0644 file to 0600", async () => {
  await using w = await ssoWorld();
  await Deno.mkdir(`${w.home}/.aws`, { recursive: true });
  const keep = `# my settings\r\n[default]\r\nregion = us-east-1\r\n\r\n`;
  const tail = `; prod below\r\n[profile prod]\r\ns3 =\r\n  max_concurrent_requests = 20\r\n`;
  const config = `${w.home}/.aws/config`;
  Deno.writeTextFileSync(
    config,
    `${keep}[profile dev]\r\nsso_session = okta\r\nsso_role_name = X\r\n\r\n${tail}`,
  );
  Deno.chmodSync(config, 0o644);
  const r = await w.run(["sso", "remove", "--profile", "dev"]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /Removed \[profile dev\] from ".*config"/);
  // A config file others could read is closed to 0600, and the user told.
  assert.equal(mode(config), 0o600);
  assert.match(r.stderr, /0600/);
  assert.equal(Deno.readTextFileSync(config), keep + tail);
  const again = await w.run(["sso", "remove", "--profile", "dev"]);
  assert.equal(again.code, 1);
  assert.match(again.stderr, /^error: No profile "dev" in .*; nothing was changed$/m);
  assert.match(again.stderr, /^hint: The profiles there: default, prod\.$/m);
  assert.equal(Deno.readTextFileSync(config), keep + tail);
  const none = await w.run(["sso", "remove"]);
  assert.equal(none.code, 2);
});

Deno.test("sso remove --sso-session removes the session and the profiles that use it", async () => {
  await using w = await ssoWorld();
  assert.equal((await w.run(CONFIGURE_DEV)).code, 0);
  const config = `${w.home}/.aws/config`;
  Deno.writeTextFileSync(
    config,
    `${Deno.readTextFileSync(config)}\n[profile other]\nregion = us-west-2\n`,
  );
  const r = await w.run(["sso", "remove", "--sso-session", "okta"]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(Deno.readTextFileSync(config), "[profile other]\nregion = us-west-2\n");
});

Deno.test("okta-aws status lists Identity Center sessions: start URL, token and registration expiry, cached role credentials", async () => {
  await using w = await ssoWorld();
  assert.equal((await w.run(CONFIGURE_DEV)).code, 0);
  assert.equal(
    (await w.run(["sso", "--profile", "dev", "--write-cli-cache", "-f", "noop"])).code,
    0,
  );
  const r = await w.run(["status", "--json"]);
  assert.equal(r.code, 0, r.stderr);
  const entries: { kind: string; org: string }[] = JSON.parse(r.stdout).entries;
  const kinds = entries.map((e) => e.kind).sort();
  assert.deepEqual(kinds, ["aws-cli", "sso-registration", "sso-token"]);
  assert.equal(entries.find((e) => e.kind === "sso-token")!.org, START_URL);
  const table = await w.run(["status"]);
  assert.match(
    table.stderr,
    /sso-token +d-9999999999\.awsapps\.com access token \(ap-northeast-2\) \+refresh/,
  );
  const token = Object.values(w.tokenFiles())[0]!;
  assert.ok(!r.stdout.includes(token.accessToken) && !table.stderr.includes(token.accessToken));
});

/** Waits for the URL the fake browser opener recorded. */
async function openedUrl(file: string): Promise<string> {
  for (let i = 0; i < 200; i++) {
    try {
      const text = Deno.readTextFileSync(file).trim();
      if (text) return text;
    } catch {
      // Not yet.
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("the browser was never opened");
}

Deno.test("sso login by PKCE refuses a callback whose state is not the one sent, and asks for no token with its code", async () => {
  await using w = await ssoWorld();
  const opened = `${w.home}/opened.txt`;
  assert.equal((await w.run(CONFIGURE_DEV)).code, 0);
  const cli = await startCli(["sso", "login", "--profile", "dev", "--force"], {
    home: w.home,
    env: { ...w.env, DISPLAY: ":0", OKTA_AWS_TEST_OPENED: opened },
  });
  const authorize = new URL(await openedUrl(opened));
  const callback = new URL(authorize.searchParams.get("redirect_uri")!);
  callback.search = "code=stolen&state=not-the-one";
  const page = await fetch(callback);
  await page.body?.cancel();
  const r = await cli.finish();
  assert.equal(r.code, 1);
  assert.match(
    r.stderr,
    /The browser sign-in did not come back right: the state it carries is not the one sent/,
  );
  assert.equal(w.ic.calls.filter((c) => c.body.grantType === "authorization_code").length, 0);
});

Deno.test("okta-aws sso: a changed profile in ~/.aws/config is a new request, not the cached answer", async () => {
  await using w = await ssoWorld();
  assert.equal((await w.run(CONFIGURE_DEV)).code, 0);
  const first = await w.run(["sso", "--profile", "dev", "-f", "process-credentials"]);
  assert.equal(first.code, 0, first.stderr);
  const config = `${w.home}/.aws/config`;
  Deno.writeTextFileSync(
    config,
    Deno.readTextFileSync(config).replace("sso_role_name = ReadOnly", "sso_role_name = Admin"),
  );
  const second = await w.run(["sso", "--profile", "dev", "-f", "process-credentials"]);
  assert.equal(second.code, 0, second.stderr);
  assert.notEqual(JSON.parse(second.stdout).AccessKeyId, JSON.parse(first.stdout).AccessKeyId);
  const roles = w.ic.calls.filter((c) => c.op === "GET /federation/credentials");
  assert.deepEqual(roles.map((c) => c.query.role_name), ["ReadOnly", "Admin"]);
});

Deno.test("sso configure refuses a config file the AWS CLI would reject, naming the line, and writes nothing", async () => {
  await using w = await ssoWorld();
  await Deno.mkdir(`${w.home}/.aws`, { recursive: true });
  const config = `${w.home}/.aws/config`;
  const broken = "[profile a]\nregion = us-east-1\n[profile a]\nregion = us-west-2\n";
  Deno.writeTextFileSync(config, broken);
  const r = await w.run(CONFIGURE_DEV);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /^error: Cannot update ".*config": line 3: /m);
  assert.equal(Deno.readTextFileSync(config), broken);
});

Deno.test("okta-aws sso treats a corrupt or foreign token file as no sign-in", async () => {
  await using w = await ssoWorld();
  assert.equal((await w.run(CONFIGURE_DEV)).code, 0);
  const path = `${w.home}/.aws/sso/cache/${sha1("okta")}.json`;
  const token = JSON.parse(Deno.readTextFileSync(path));
  for (
    const text of ["{not json", JSON.stringify({ ...token, startUrl: "https://other/start" })]
  ) {
    Deno.writeTextFileSync(path, text);
    const r = await w.run(["sso", "--profile", "dev"]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^hint: Sign in first: okta-aws sso login --profile dev$/m);
  }
});

Deno.test("sso logout --sso-session signs out of that session only, removing only its role-credential entries", async () => {
  await using w = await ssoWorld();
  assert.equal((await w.run(CONFIGURE_DEV)).code, 0);
  const other = CONFIGURE_DEV.map((a) => a === "okta" ? "second" : a === "dev" ? "dev2" : a);
  assert.equal((await w.run(other)).code, 0);
  assert.equal(Object.keys(w.tokenFiles()).length, 2);
  for (const profile of ["dev", "dev2"]) {
    const cached = await w.run(["sso", "--profile", profile, "--write-cli-cache", "-f", "noop"]);
    assert.equal(cached.code, 0, cached.stderr);
  }
  const roleFile = (session: string) =>
    `${w.home}/.aws/cli/cache/${
      sha1(
        JSON.stringify({ accountId: "111111111111", roleName: "ReadOnly", sessionName: session }),
      )
    }.json`;
  const r = await w.run(["sso", "logout", "--sso-session", "second"]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(Object.keys(w.tokenFiles()), [`${sha1("okta")}.json`]);
  assert.throws(() => Deno.statSync(roleFile("second")), Deno.errors.NotFound);
  assert.ok(Deno.statSync(roleFile("okta")).isFile, "the other session's entry stays");
  assert.equal(w.ic.loggedOut.length, 1);
  assert.equal((await w.run(["sso", "--profile", "dev", "-f", "noop"])).code, 0);
});

Deno.test("sso configure refuses bad answers given as flags: exit 2, no request, no file", async () => {
  await using w = await ssoWorld();
  const cases: [string, string, RegExp][] = [
    ["--sso-session", "my session", /Invalid --sso-session "my session": a name with spaces/],
    [
      "--sso-start-url",
      "http://portal.example/start",
      /Invalid --sso-start-url .*not an https URL/,
    ],
    ["--sso-region", "Seoul", /Invalid --sso-region "Seoul"/],
    ["--profile", "a]b", /Invalid --profile "a\]b"/],
  ];
  for (const [flag, value, message] of cases) {
    const args = [...CONFIGURE_DEV];
    args[args.indexOf(flag) + 1] = value;
    const r = await w.run(args);
    assert.equal(r.code, 2, `${flag}: ${r.stderr}`);
    assert.match(r.stderr, message);
  }
  assert.equal(w.ic.calls.length, 0);
  assert.throws(() => Deno.statSync(`${w.home}/.aws`), Deno.errors.NotFound);
});

Deno.test("sso --debug shows every call as [api] lines with no token, client secret or AWS secret", async () => {
  await using w = await ssoWorld();
  assert.equal((await w.run(CONFIGURE_DEV)).code, 0);
  const login = await w.run(["sso", "login", "--profile", "dev", "--force", "--debug"]);
  const creds = await w.run(["sso", "--profile", "dev", "--debug", "-f", "noop"]);
  assert.equal(login.code, 0, login.stderr);
  assert.equal(creds.code, 0, creds.stderr);
  assert.match(login.stderr, /\[api\] > POST .*\/token/);
  assert.match(creds.stderr, /\[api\] > GET .*\/federation\/credentials/);
  assert.ok(w.ic.secrets.length > 5);
  for (const r of [login, creds]) {
    const leaked = w.ic.secrets.filter((s) => r.stderr.includes(s));
    assert.deepEqual(leaked, [], r.stderr);
  }
});
