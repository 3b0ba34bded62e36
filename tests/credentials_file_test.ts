// Writing the credentials file: atomic replacement, 0600, symlinks followed, read-only files
// refused, and no lost update between concurrent processes.
import { noRenewal } from "./helpers.ts";
import assert from "node:assert/strict";
import { plugin as awsCredentials } from "../plugins/aws_credentials.ts";
import type { CredentialSet } from "../src/credentials.ts";
import { FlowError } from "../src/errors.ts";
import { updateFile } from "../src/fs/atomic_write.ts";

function set(profile: string, key = "ASIATEST"): CredentialSet {
  return {
    profile,
    roleArn: "arn:aws:iam::123456789012:role/Dev",
    credentials: {
      accessKeyId: key,
      secretAccessKey: "secret",
      sessionToken: "token",
      expiration: new Date("2026-11-26T12:00:00Z"),
    },
  };
}

/** okta-aws's cache for these tests: where the credentials file's lock goes (never beside it). */
const CACHE = Deno.makeTempDirSync({ prefix: "okta-aws-locks-" });

/** The aws-credentials plugin writing `sets` to `path` with -l and -x, logging into `logs`. */
function emitTo(path: string, sets: CredentialSet[], logs: string[] = []): Promise<number> {
  const emit = awsCredentials.prepare(
    { "aws-credentials": path, "legacy-aws-variables": true, "expiry-aws-variables": true },
    {
      env: { OKTA_AWS_CACHE_DIR: CACHE },
      secretVariables: [],
      os: Deno.build.os,
      stdinIsTerminal: false,
      stdoutIsTerminal: false,
      command: [],
      fetch,
      openUrl: () => Promise.resolve(),
    },
  );
  return emit(sets, {
    write: () => {},
    log: (line) => logs.push(line),
    lang: "en",
    renew: noRenewal,
  });
}

Deno.test("aws-credentials creates ~/.aws 0700 and the file 0600", async () => {
  const home = await Deno.makeTempDir();
  try {
    const path = `${home}/.aws/credentials`;
    assert.equal(await emitTo(path, [set("dev")]), 0);
    assert.equal((await Deno.stat(`${home}/.aws`)).mode! & 0o777, 0o700);
    assert.equal((await Deno.stat(path)).mode! & 0o777, 0o600);
    const text = await Deno.readTextFile(path);
    assert.match(text, /aws_security_token = token\n/);
    assert.match(text, /x_security_token_expires = 2026-11-26T12:00:00Z\n/);
  } finally {
    await Deno.remove(home, { recursive: true });
  }
});

Deno.test("aws-credentials tightens a world-readable file and says so", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const path = `${dir}/credentials`;
    await Deno.writeTextFile(path, "[a]\nx = 1\n");
    await Deno.chmod(path, 0o644);
    const logs: string[] = [];
    await emitTo(path, [set("dev")], logs);
    assert.equal((await Deno.stat(path)).mode! & 0o777, 0o600);
    assert.ok(logs.some((l) => l.includes("is now mode 0600")));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("aws-credentials writes through a symlink, which stays a link", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await Deno.mkdir(`${dir}/dotfiles`);
    await Deno.writeTextFile(`${dir}/dotfiles/credentials`, "# mine\n");
    await Deno.symlink(`${dir}/dotfiles/credentials`, `${dir}/credentials`);
    await emitTo(`${dir}/credentials`, [set("dev")]);
    assert.ok((await Deno.lstat(`${dir}/credentials`)).isSymlink);
    assert.match(await Deno.readTextFile(`${dir}/dotfiles/credentials`), /^# mine\n\n\[dev\]\n/);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test({
  name: "aws-credentials refuses a read-only file (even as root) and leaves no temp",
  async fn() {
    const dir = await Deno.makeTempDir();
    try {
      const path = `${dir}/credentials`;
      await Deno.writeTextFile(path, "[a]\nx = 1\n");
      await Deno.chmod(path, 0o400);
      await assert.rejects(
        () => emitTo(path, [set("dev")]),
        (err: unknown) => err instanceof FlowError && err.code === "file_read_only",
      );
      assert.equal(await Deno.readTextFile(path), "[a]\nx = 1\n");
      assert.deepEqual([...Deno.readDirSync(dir)].map((e) => e.name).sort(), ["credentials"]);
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test("updateFile() leaves the old file when the transform throws, and cleans up", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const path = `${dir}/f`;
    await Deno.writeTextFile(path, "old");
    await assert.rejects(() =>
      updateFile(path, () => {
        throw new FlowError("file_invalid", { path, line: 1, reason: "x" });
      })
    );
    assert.equal(await Deno.readTextFile(path), "old");
    assert.deepEqual([...Deno.readDirSync(dir)].map((e) => e.name).sort(), [".f.lock", "f"]);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("4 processes x 10 writes to one credentials file: no lost update, no stray temp", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const path = `${dir}/credentials`;
    await Deno.writeTextFile(path, "# shared\n[static]\naws_access_key_id = AKIASTATIC\n");
    const script = `
      import { plugin } from "${new URL(
      "../plugins/aws_credentials.ts",
      import.meta.url,
    )}";
      const [path, who] = Deno.args;
      for (let i = 0; i < 10; i++) {
        const emit = plugin.prepare({ "aws-credentials": path },
          { env: { OKTA_AWS_CACHE_DIR: Deno.args[2] }, secretVariables: [], os: "linux",
            stdinIsTerminal: false, command: [] });
        await emit([{ profile: \`p\${who}-\${i}\`, roleArn: "r", credentials: {
          accessKeyId: \`K\${who}\${i}\`, secretAccessKey: "s", sessionToken: "t",
          expiration: new Date() } }], { write() {}, log() {}, lang: "en", renew: () => Promise.reject() });
      }`;
    await Deno.writeTextFile(`${dir}/writer.ts`, script);
    const children = [0, 1, 2, 3].map((who) =>
      new Deno.Command(Deno.execPath(), {
        args: ["run", "-A", "--quiet", `${dir}/writer.ts`, path, String(who), CACHE],
        cwd: new URL("..", import.meta.url).pathname,
      }).output()
    );
    for (const out of await Promise.all(children)) {
      assert.equal(out.code, 0, new TextDecoder().decode(out.stderr));
    }
    const text = await Deno.readTextFile(path);
    assert.ok(text.startsWith("# shared\n[static]\naws_access_key_id = AKIASTATIC\n"));
    for (let who = 0; who < 4; who++) {
      for (let i = 0; i < 10; i++) {
        assert.match(text, new RegExp(`\\[p${who}-${i}\\]\naws_access_key_id = K${who}${i}\n`));
      }
    }
    // Nothing is left beside it: no temp file, and the lock is in okta-aws's cache.
    assert.deepEqual([...Deno.readDirSync(dir)].map((e) => e.name).sort(), [
      "credentials",
      "writer.ts",
    ]);
    assert.ok([...Deno.readDirSync(`${CACHE}/locks`)].some((e) => /^file-\w+\.lock$/.test(e.name)));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("acquireCacheLock() gives up with session_lock_timeout while a live process holds it", async () => {
  const { acquireCacheLock } = await import("../src/cache/store.ts");
  const root = await Deno.makeTempDir();
  try {
    const held = await acquireCacheLock(root, "request-x", 1000);
    let waited = false;
    await assert.rejects(
      acquireCacheLock(root, "request-x", 200, () => waited = true),
      (err: unknown) => err instanceof FlowError && err.code === "session_lock_timeout",
    );
    assert.ok(waited, "the waiter was told it waits");
    held.release();
    (await acquireCacheLock(root, "request-x", 200)).release();
    assert.equal((await Deno.stat(`${root}/locks`)).mode! & 0o777, 0o700);
  } finally {
    await Deno.remove(root, { recursive: true });
  }
});
