// okta-aws's secrets in the OS keychain, end to end on Linux against a real Secret Service
// (gnome-keyring on a private D-Bus session per run, its keyring kept in the test's HOME as a
// desktop keeps it): the first run chooses it, nothing secret is left in any file, a second run
// is served from it, moving to the files and back leaves no copy behind, logout empties it, a
// keyring that cannot answer falls back to the files with one notice, and no secret ever
// reaches a helper's argv or environment.
import assert from "node:assert/strict";
import {
  cacheDir,
  machineNetworkEnv,
  MAIN,
  ROLE_DEV,
  type RunResult,
  secretsOf,
  walk,
  world,
} from "./helpers.ts";
import { CONFIGURE_DEV, ssoWorld } from "./sso_world.ts";

const has = (tool: string) =>
  new Deno.Command("sh", { args: ["-c", `command -v ${tool}`], stdout: "null" }).outputSync()
    .success;
const hasSecretService = Deno.build.os === "linux" && has("secret-tool") &&
  has("gnome-keyring-daemon") && has("dbus-run-session");

type World = Awaited<ReturnType<typeof world>>;
/** What a run in a D-Bus session needs of a world (the web one, or the Identity Center one). */
type Home = Pick<World, "home" | "env">;

/** A stub secret-tool first on PATH: records its argv and environment, then runs the real one. */
async function recordingSecretTool(dir: string): Promise<string> {
  const real = new TextDecoder().decode(
    new Deno.Command("sh", { args: ["-c", "command -v secret-tool"], stdout: "piped" })
      .outputSync().stdout,
  ).trim();
  await Deno.writeTextFile(
    `${dir}/secret-tool`,
    `#!/bin/sh\n{ echo "argv: $*"; env; } >> "${dir}/helper.log"\nexec "${real}" "$@"\n`,
    { mode: 0o755 },
  );
  return dir;
}

/**
 * `okta-aws <args>` inside a D-Bus session whose gnome-keyring is unlocked (or, `locked`, only
 * started: no login collection to write to), HOME the world's.
 */
async function inSession(
  w: Home,
  args: string[],
  options: { locked?: boolean; env?: Record<string, string>; bin?: string } = {},
): Promise<RunResult> {
  await Deno.mkdir(`${w.home}/.cache`, { recursive: true });
  await Deno.mkdir(`${w.home}/.local/share`, { recursive: true });
  const start = options.locked
    ? "gnome-keyring-daemon --start --components=secrets >/dev/null 2>&1"
    : "printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1";
  const quoted = [Deno.execPath(), "run", "--allow-all", "--quiet", MAIN, ...args]
    .map((a) => `'${a.replaceAll("'", `'\\''`)}'`).join(" ");
  const path = `${options.bin ? `${options.bin}:` : ""}${Deno.env.get("PATH") ?? "/usr/bin:/bin"}`;
  const out = await new Deno.Command("dbus-run-session", {
    args: ["--", "sh", "-c", `${start}; exec ${quoted}`],
    env: {
      ...machineNetworkEnv(),
      HOME: w.home,
      PATH: path,
      DENO_DIR: await cacheDir(),
      NO_COLOR: "1",
      LANG: "C.UTF-8",
      ...w.env,
      ...options.env,
    },
    clearEnv: true,
    stdout: "piped",
    stderr: "piped",
  }).output();
  const text = (b: Uint8Array) => new TextDecoder().decode(b);
  // dbus-daemon's own complaint about the fd limit is not okta-aws's.
  const stderr = text(out.stderr).split("\n").filter((l) => !/dbus-daemon|^$/.test(l)).join("\n");
  return { code: out.code, stdout: text(out.stdout), stderr: stderr ? `${stderr}\n` : "" };
}

/** The item as the Secret Service holds it ("" when there is none). */
async function item(w: Home): Promise<string> {
  const r = await inSessionShell(w, "secret-tool lookup service okta-aws store secrets");
  return r;
}

async function inSessionShell(w: Home, command: string): Promise<string> {
  const out = await new Deno.Command("dbus-run-session", {
    args: [
      "--",
      "sh",
      "-c",
      `printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; ${command}`,
    ],
    env: { HOME: w.home, PATH: Deno.env.get("PATH") ?? "/usr/bin:/bin" },
    clearEnv: true,
    stdout: "piped",
    stderr: "null",
  }).output();
  return new TextDecoder().decode(out.stdout);
}

/** Every file under HOME but the keyring's own (encrypted) files, as text. */
function filesText(w: Home): string {
  return walk(w.home).filter((f) => !f.isDir && !f.path.includes(".local/share/keyrings"))
    .map((f) => {
      try {
        return Deno.readTextFileSync(`${w.home}/${f.path}`);
      } catch {
        return "";
      }
    }).join("\n");
}

function leaked(text: string, w: World): string[] {
  return secretsOf(w).filter((s) => text.includes(s));
}

const WEB = (w: World) => ["web", ...w.args, "-r", ROLE_DEV, "-f", "process-credentials"];

Deno.test({
  name:
    "the first run keeps its secrets in the Secret Service: none in any file, the next run served from the one item, status names it",
  ignore: !hasSecretService,
  async fn() {
    await using w = await world();
    const first = await inSession(w, WEB(w));
    assert.equal(first.code, 0, first.stderr);
    assert.doesNotMatch(first.stderr, /keychain|notice/i, "the keychain answered: nothing to say");
    assert.deepEqual(leaked(filesText(w), w), [], "no token or key in any file");
    const stored = await item(w);
    const token = JSON.parse(first.stdout).SessionToken;
    assert.ok(stored.includes(token), "the item holds the role's session token");
    assert.ok(stored.includes("access_token"), "and the Okta session's tokens");

    const second = await inSession(w, WEB(w));
    assert.equal(second.code, 0, second.stderr);
    assert.equal(JSON.parse(second.stdout).SessionToken, token, "served from the keychain");
    assert.equal(w.sts.calls.length, 1);
    const status = await inSession(w, ["status"]);
    assert.match(status.stderr, /^secrets: the Secret Service$/m);
    assert.match(status.stderr, /role\/Developer as jane@example\.com/);
  },
});

Deno.test({
  name:
    "a first run that keeps no secret (status, doctor) leaves no item and makes no choice; the first that keeps one chooses the keychain",
  ignore: !hasSecretService,
  async fn() {
    await using w = await world();
    const bin = await recordingSecretTool(await Deno.makeTempDir({ prefix: "okta-aws-stub-" }));
    try {
      for (const args of [["status"], ["status", "--json"], ["doctor", ...w.args]]) {
        const r = await inSession(w, args, { bin });
        assert.doesNotMatch(r.stderr, /keychain|notice: no/i, args.join(" "));
      }
      assert.equal(await item(w), "", "no item");
      assert.throws(() => Deno.readTextFileSync(`${bin}/helper.log`), Deno.errors.NotFound);
      assert.throws(
        () => Deno.statSync(`${w.home}/.cache/okta-aws/token-store.json`),
        Deno.errors.NotFound,
        "no choice made",
      );
      const first = await inSession(w, WEB(w), { bin });
      assert.equal(first.code, 0, first.stderr);
      assert.ok((await item(w)).includes(JSON.parse(first.stdout).SessionToken));
      assert.deepEqual(
        JSON.parse(Deno.readTextFileSync(`${w.home}/.cache/okta-aws/token-store.json`)),
        { store: "keychain" },
      );
      assert.deepEqual(leaked(filesText(w), w), []);
    } finally {
      await Deno.remove(bin, { recursive: true });
    }
  },
});

Deno.test({
  name:
    "--token-store file moves every secret into the 0600 files and removes the item; keychain moves them back, leaving no copy",
  ignore: !hasSecretService,
  async fn() {
    await using w = await world();
    assert.equal((await inSession(w, WEB(w))).code, 0);
    const token = w.sts.issued[0]!.sessionToken;

    const toFile = await inSession(w, ["status", "--token-store", "file"]);
    assert.equal(toFile.code, 0, toFile.stderr);
    assert.match(toFile.stderr, /now in .*okta-aws \(0600\); no copy is left behind/);
    assert.ok(filesText(w).includes(token), "the files hold the credentials");
    assert.equal(await item(w), "", "the item is gone");
    const fromFile = await inSession(w, WEB(w), { env: { OKTA_AWS_TOKEN_STORE: "file" } });
    assert.equal(JSON.parse(fromFile.stdout).SessionToken, token, "still served, from the files");

    const back = await inSession(w, ["status", "--token-store", "keychain"]);
    assert.equal(back.code, 0, back.stderr);
    assert.match(back.stderr, /now in the Secret Service; no copy is left behind/);
    assert.deepEqual(leaked(filesText(w), w), [], "no copy left in the files");
    assert.ok((await item(w)).includes(token));
    const served = await inSession(w, WEB(w));
    assert.equal(JSON.parse(served.stdout).SessionToken, token);
    assert.equal(w.sts.calls.length, 1, "every answer came from a cache");

    const logout = await inSession(w, ["logout"]);
    assert.equal(logout.code, 0, logout.stderr);
    assert.equal(await item(w), "", "logout empties the keychain too");
  },
});

Deno.test({
  name:
    "a keyring that cannot be written falls back to the files with one notice, and the run succeeds",
  ignore: !hasSecretService,
  async fn() {
    await using w = await world();
    const r = await inSession(w, WEB(w), { locked: true });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr.match(/notice: no keychain answers here/g)?.length, 1, r.stderr);
    assert.match(r.stderr, /--token-store keychain tries again/);
    assert.ok(filesText(w).includes(w.sts.issued[0]!.sessionToken), "kept in the files");
    const again = await inSession(w, WEB(w), { locked: true });
    assert.equal(again.code, 0, again.stderr);
    assert.doesNotMatch(again.stderr, /keychain/, "said once");
    // Asked for by name, it is tried at once: refused, the secrets stay where they are.
    const asked = await inSession(w, ["status", "--token-store", "keychain"], { locked: true });
    assert.equal(asked.code, 0, asked.stderr);
    assert.equal(asked.stderr.match(/notice: no keychain answers here/g)?.length, 1, asked.stderr);
    assert.ok(filesText(w).includes(w.sts.issued[0]!.sessionToken), "still in the files");
    assert.deepEqual(
      JSON.parse(Deno.readTextFileSync(`${w.home}/.cache/okta-aws/token-store.json`)),
      { store: "file" },
    );
  },
});

Deno.test({
  name: "no secret reaches the keychain helper's argv or environment",
  ignore: !hasSecretService,
  async fn() {
    await using w = await world();
    const bin = await recordingSecretTool(await Deno.makeTempDir({ prefix: "okta-aws-stub-" }));
    try {
      const r = await inSession(w, WEB(w), { bin });
      assert.equal(r.code, 0, r.stderr);
      assert.equal((await inSession(w, WEB(w), { bin })).code, 0);
      const log = await Deno.readTextFile(`${bin}/helper.log`);
      assert.match(log, /^argv: store --label=okta-aws secrets service okta-aws store secrets$/m);
      assert.match(log, /^argv: lookup service okta-aws store secrets$/m);
      assert.deepEqual(leaked(log, w), [], "argv and environment hold no secret");
    } finally {
      await Deno.remove(bin, { recursive: true });
    }
  },
});

Deno.test({
  name:
    "with --no-aws-cli-cache the Identity Center token and client secret live in the keychain item: no file holds them, and okta-aws sso is served from it",
  ignore: !hasSecretService,
  async fn() {
    await using w = await ssoWorld();
    const own = { env: { OKTA_AWS_NO_AWS_CLI_CACHE: "1" } };
    const r = await inSession(w, CONFIGURE_DEV, own);
    assert.equal(r.code, 0, r.stderr);
    const stored = await item(w);
    const login = w.ic.calls.filter((c) => c.op === "POST /token").length;
    const creds = await inSession(w, ["sso", "--profile", "dev", "-f", "process-credentials"], own);
    assert.equal(creds.code, 0, creds.stderr);
    assert.equal(w.ic.calls.filter((c) => c.op === "POST /token").length, login, "no sign-in");
    const bearer = w.ic.calls.filter((c) => c.op === "GET /federation/credentials").at(-1)!.bearer;
    assert.ok(bearer && stored.includes(bearer), "the portal got the token the item holds");
    const files = filesText(w);
    assert.ok(!files.includes(bearer), "no file holds the access token");
    const secret = JSON.parse(stored);
    const fields = Object.values(secret).flatMap((f) => Object.values(f as Record<string, string>));
    assert.ok(fields.length >= 4, "access and refresh tokens, client secrets, role credentials");
    assert.deepEqual(
      fields.filter((v) => files.includes(v)),
      [],
      "no secret of the item in a file",
    );
    assert.throws(() => Deno.statSync(`${w.home}/.aws/sso/cache`), Deno.errors.NotFound);
  },
});
