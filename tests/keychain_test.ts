// The OS keychain backend on Linux against a real Secret Service: gnome-keyring on a private
// D-Bus session (dbus-run-session), unlocked with a password, as TOOLCHAIN.md sets it up. One
// item per store; the secret goes through stdin and stdout only; a keyring that cannot answer
// (no bus, no unlocked collection) is an answer, not a hang.
import assert from "node:assert/strict";

const PROBE = new URL("./fixtures/keychain_probe.ts", import.meta.url).pathname;
const has = (tool: string) =>
  new Deno.Command("sh", { args: ["-c", `command -v ${tool}`], stdout: "null" }).outputSync()
    .success;
const hasSecretService = Deno.build.os === "linux" && has("secret-tool") &&
  has("gnome-keyring-daemon") && has("dbus-run-session");

/**
 * Runs the probe with `ops` in a fresh D-Bus session whose gnome-keyring is unlocked (or only
 * started, with no login collection, when `unlocked` is false); its JSON lines.
 */
async function inKeyring(ops: string[], unlocked = true): Promise<Record<string, unknown>[]> {
  const home = await Deno.makeTempDir({ prefix: "okta-aws-keyring-" });
  try {
    await Deno.mkdir(`${home}/.cache`, { recursive: true });
    await Deno.mkdir(`${home}/.local/share`, { recursive: true });
    const start = unlocked
      ? "printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1"
      : "gnome-keyring-daemon --start --components=secrets >/dev/null 2>&1";
    const quoted = ops.map((o) => `'${o.replaceAll("'", `'\\''`)}'`).join(" ");
    const out = await new Deno.Command("dbus-run-session", {
      args: [
        "--",
        "sh",
        "-c",
        `${start}; "${Deno.execPath()}" run -A --quiet "${PROBE}" ${quoted}`,
      ],
      env: {
        HOME: home,
        PATH: Deno.env.get("PATH") ?? "/usr/bin:/bin",
        DENO_DIR: Deno.env.get("DENO_DIR") ?? "",
      },
      clearEnv: true,
      stdout: "piped",
      stderr: "piped",
    }).output();
    const text = new TextDecoder().decode(out.stdout);
    return text.trim().split("\n").filter((l) => l.startsWith("{")).map((l) => JSON.parse(l));
  } finally {
    await Deno.remove(home, { recursive: true });
  }
}

Deno.test({
  name: "the Secret Service keeps one item: written through stdin, read back, removed",
  ignore: !hasSecretService,
  async fn() {
    const text = JSON.stringify({ "aws/x.json": { sessionToken: "tok$`\"'\n" } });
    const results = await inKeyring(["read", `write:${text}`, "read", "remove", "read"]);
    assert.deepEqual(results, [
      { op: "read", ok: true },
      { op: "write", ok: true },
      { op: "read", ok: true, value: text },
      { op: "remove", ok: true },
      { op: "read", ok: true },
    ]);
  },
});

Deno.test({
  name:
    "a Secret Service with no unlocked collection refuses the write at once, and no bus is 'absent'",
  ignore: !hasSecretService,
  async fn() {
    const started = Date.now();
    const [write] = await inKeyring(["write:x"], false);
    assert.equal(write!.ok, false);
    assert.ok(Date.now() - started < 20_000, "no hang");
    // Outside any D-Bus session: absent, without trying.
    const out = await new Deno.Command(Deno.execPath(), {
      args: ["run", "-A", "--quiet", PROBE, "read"],
      env: { PATH: Deno.env.get("PATH") ?? "", HOME: "/nonexistent" },
      clearEnv: true,
      stdout: "piped",
    }).output();
    assert.deepEqual(JSON.parse(new TextDecoder().decode(out.stdout)), {
      op: "read",
      ok: false,
      failure: "absent",
      detail: "no D-Bus session (DBUS_SESSION_BUS_ADDRESS)",
    });
  },
});
