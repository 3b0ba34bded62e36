// Identity Center against hostile portals and awkward files: dotted profile names, a config
// past the old 1 MiB read cap, endless paging, numbers no date can hold, a token with a line
// break, a cache directory in the way or open to others. Each asserts the user's outcome:
// exit code, one clear error, and the files left.
import assert from "node:assert/strict";
import { ACCOUNTS, CONFIGURE_DEV, ssoWorld } from "./sso_world.ts";
import { oneError } from "./helpers.ts";

const CONFIGURE_TEAM_PROD = [...CONFIGURE_DEV.slice(0, -1), "team.prod"];

Deno.test("a profile named team.prod is seen by every sso command: credentials, login, remove", async () => {
  await using w = await ssoWorld();
  const configure = await w.run(CONFIGURE_TEAM_PROD);
  assert.equal(configure.code, 0, configure.stderr);
  const config = `${w.home}/.aws/config`;
  assert.match(Deno.readTextFileSync(config), /^\[profile team\.prod\]$/m);
  const creds = await w.run(["sso", "--profile", "team.prod", "-f", "process-credentials"]);
  assert.equal(creds.code, 0, creds.stderr);
  assert.match(JSON.parse(creds.stdout).AccessKeyId, /^ASIA/);
  const login = await w.run(["sso", "login", "--profile", "team.prod"]);
  assert.equal(login.code, 0, login.stderr);
  const remove = await w.run(["sso", "remove", "--profile", "team.prod"]);
  assert.equal(remove.code, 0, remove.stderr);
  assert.doesNotMatch(Deno.readTextFileSync(config), /team\.prod/);
});

Deno.test("sso configure --all with an account named acme.prod adds its profile once, and --prune removes it when the role is gone", async () => {
  const accounts = [
    ...ACCOUNTS.slice(0, 1),
    { accountId: "444444444444", accountName: "acme.prod", emailAddress: "", roles: ["Ops"] },
  ];
  await using w = await ssoWorld({ accounts });
  assert.equal((await w.run(CONFIGURE_DEV)).code, 0);
  const all = ["sso", "configure", "--sso-session", "okta", "--all"];
  const first = await w.run(all);
  assert.equal(first.code, 0, first.stderr);
  assert.match(Deno.readTextFileSync(`${w.home}/.aws/config`), /^\[profile acme\.prod-Ops\]$/m);
  const second = await w.run(all);
  assert.equal(second.code, 0, second.stderr);
  assert.match(second.stderr, /0 profiles added/);
  w.ic.script.accounts = ACCOUNTS.slice(0, 1);
  const prune = await w.run([...all, "--prune"]);
  assert.equal(prune.code, 0, prune.stderr);
  assert.match(prune.stderr, /- acme\.prod-Ops/);
  assert.doesNotMatch(Deno.readTextFileSync(`${w.home}/.aws/config`), /acme\.prod/);
});

/** `count` hand-written profiles: about 60 bytes each. */
function handProfiles(count: number): string {
  let out = "";
  for (let i = 0; i < count; i++) {
    out += `[profile hand-${i}]\nregion = us-east-1\noutput = json\n\n`;
  }
  return out;
}

Deno.test("a config over 1 MiB (written by a big sync or by hand) is still read by sso credentials and sso configure --all", async () => {
  await using w = await ssoWorld();
  assert.equal((await w.run(CONFIGURE_DEV)).code, 0);
  const config = `${w.home}/.aws/config`;
  Deno.writeTextFileSync(config, handProfiles(30_000), { append: true });
  assert.ok(Deno.statSync(config).size > 1024 * 1024);
  const creds = await w.run(["sso", "--profile", "dev", "-f", "process-credentials"]);
  assert.equal(creds.code, 0, creds.stderr);
  const all = await w.run(["sso", "configure", "--sso-session", "okta", "--all"]);
  assert.equal(all.code, 0, all.stderr);
});

Deno.test("a write whose result would pass the cap okta-aws reads is refused, and the file is untouched", async () => {
  await using w = await ssoWorld();
  assert.equal((await w.run(CONFIGURE_DEV)).code, 0);
  const config = `${w.home}/.aws/config`;
  // Just under 16 MiB: the profiles --all adds take it over.
  const pad = 16 * 1024 * 1024 - Deno.statSync(config).size - 100;
  Deno.writeTextFileSync(config, `# ${"x".repeat(pad - 3)}\n`, { append: true });
  const before = Deno.readFileSync(config);
  const r = await w.run(["sso", "configure", "--sso-session", "okta", "--all"]);
  assert.equal(r.code, 1, r.stderr);
  assert.match(
    oneError(r).error,
    /Nothing was written to ".*config": the result would be \d+ bytes, over the 16777216/,
  );
  assert.deepEqual(Deno.readFileSync(config), before);
});

for (const paging of ["repeat", "endless"] as const) {
  Deno.test(`a portal whose ListAccounts never ends (${paging} nextToken) is an error naming the portal, and nothing is written`, async () => {
    await using w = await ssoWorld();
    assert.equal((await w.run(CONFIGURE_DEV)).code, 0);
    const config = `${w.home}/.aws/config`;
    const before = Deno.readTextFileSync(config);
    w.ic.script.paging = paging;
    const r = await w.run(["sso", "configure", "--sso-session", "okta", "--all", "--prune"]);
    assert.equal(r.code, 1, r.stderr);
    const reason = paging === "repeat"
      ? "a page token it had already sent"
      : "more than 1000 pages";
    assert.match(
      oneError(r).error,
      new RegExp(
        `ListAccounts at ${w.ic.url.replaceAll(".", "\\.")} never ends: it sent ${reason}`,
      ),
    );
    assert.equal(Deno.readTextFileSync(config), before);
  });
}

Deno.test("numbers no date can hold (expiresIn, clientSecretExpiresAt of 1e300) are a clear portal error, not an unexpected failure", async () => {
  for (const script of [{ accessTokenSeconds: 1e300 }, { clientSecretExpiresAt: 1e300 }]) {
    await using w = await ssoWorld(script);
    const r = await w.run(CONFIGURE_DEV);
    assert.equal(r.code, 1, r.stderr);
    assert.match(
      oneError(r).error,
      /IAM Identity Center (CreateToken|RegisterClient) failed: IncompleteResponse: .* is outside/,
    );
    assert.doesNotMatch(r.stderr, /Unexpected|RangeError/);
  }
});

Deno.test("an access token with a line break is refused: never cached, never quoted", async () => {
  const hostile = "aoaFIRSTHALF\r\nX-Injected: yes";
  await using w = await ssoWorld({ accessToken: hostile });
  const r = await w.run(CONFIGURE_DEV);
  assert.equal(r.code, 1, r.stderr);
  assert.match(
    oneError(r).error,
    /CreateToken failed: IncompleteResponse: accessToken has characters a token never holds/,
  );
  assert.ok(!r.stderr.includes("FIRSTHALF"));
  const cache = `${w.home}/.aws/sso/cache`;
  const files = (() => {
    try {
      return [...Deno.readDirSync(cache)].map((e) => e.name);
    } catch {
      return [];
    }
  })();
  assert.deepEqual(files, []);
});

Deno.test("~/.aws/sso as a file, or the token path as a directory, is the usual cannot-write error naming the path", async () => {
  await using w = await ssoWorld();
  await Deno.mkdir(`${w.home}/.aws`, { recursive: true });
  Deno.writeTextFileSync(`${w.home}/.aws/sso`, "not a directory");
  const r = await w.run(CONFIGURE_DEV);
  assert.equal(r.code, 1, r.stderr);
  assert.match(
    oneError(r).error,
    /^error: Cannot write ".*\/\.aws\/sso\/cache\/[0-9a-f]{40}\.json": /m,
  );
  assert.match(r.stderr, /^hint: Check free space and permissions/m);
  Deno.removeSync(`${w.home}/.aws/sso`);
  const again = await w.run(CONFIGURE_DEV);
  assert.equal(again.code, 0, again.stderr);
  const [name] = Object.keys(w.tokenFiles());
  Deno.removeSync(`${w.home}/.aws/sso/cache/${name}`);
  Deno.mkdirSync(`${w.home}/.aws/sso/cache/${name}`);
  const dir = await w.run(["sso", "login", "--sso-session", "okta", "--force"]);
  assert.equal(dir.code, 1, dir.stderr);
  assert.match(oneError(dir).error, /Cannot write ".*": it is a directory/);
});

Deno.test("a cache directory other users may write to gets a notice with the fix; one we create is 0700", async () => {
  await using w = await ssoWorld();
  const r = await w.run(CONFIGURE_DEV);
  assert.equal(r.code, 0, r.stderr);
  const dir = `${w.home}/.aws/sso/cache`;
  assert.equal(Deno.statSync(dir).mode! & 0o777, 0o700);
  assert.doesNotMatch(r.stderr, /other users may write/);
  Deno.chmodSync(dir, 0o777);
  const again = await w.run(["sso", "login", "--sso-session", "okta", "--force"]);
  assert.equal(again.code, 0, again.stderr);
  assert.match(
    again.stderr,
    /notice: other users may write to ".*\/\.aws\/sso\/cache": .*chmod 700/,
  );
});

Deno.test("account names with bidi, C1 and zero-width characters, or a leading -, never reach a profile name", async () => {
  const accounts = [
    {
      accountId: "555555555555",
      accountName: "Pro\u202Ed\u200Bu\u0085c\uFEFFt\u2066ion",
      emailAddress: "",
      roles: ["Ops"],
    },
    { accountId: "666666666666", accountName: "--help", emailAddress: "", roles: ["Ops"] },
  ];
  await using w = await ssoWorld({ accounts: [...ACCOUNTS.slice(0, 1), ...accounts] });
  assert.equal((await w.run(CONFIGURE_DEV)).code, 0);
  const all = await w.run(["sso", "configure", "--sso-session", "okta", "--all"]);
  assert.equal(all.code, 0, all.stderr);
  const sync = await w.run(["profiles", "sync", "--sso-session", "okta"]);
  assert.equal(sync.code, 0, sync.stderr);
  const names = Deno.readTextFileSync(`${w.home}/.aws/config`).split("\n")
    .filter((l) => l.startsWith("[profile ")).map((l) => l.slice(9, -1));
  assert.ok(names.length >= 6, names.join(", "));
  for (const name of names) {
    assert.doesNotMatch(name, /[\u0080-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/);
    assert.doesNotMatch(name, /^-/, name);
  }
  // What is left of the name is still readable.
  assert.ok(names.some((n) => n.startsWith("Pro-d-u-c-t-ion")), names.join(", "));
});
