// The OS credential store, through the tools each OS ships, as ONE item per store (a user is
// asked at most once, never once per key): the Secret Service on Linux (`secret-tool`), the
// macOS Keychain (`security`), DPAPI on Windows (PowerShell, the sealed blob kept in a 0600
// file). A secret never passes through a helper's argv or environment: it goes in on stdin and
// comes out on stdout. Every call has a deadline: a locked keychain that would prompt where no
// one can answer, or a Secret Service that does not start, is an answer ("locked", "absent"),
// never a hang.
import { writePrivateFile } from "../fs/atomic_write.ts";

/** Why the keychain did not answer. */
export type KeychainFailure = "absent" | "locked" | "failed";

export type KeychainResult<T> =
  | { ok: true; value: T }
  | { ok: false; failure: KeychainFailure; detail: string };

export interface Keychain {
  /** How the user knows it: "the Secret Service", "the macOS Keychain", "Windows DPAPI". */
  name: string;
  /** The store's text; undefined when there is no item yet. */
  read(): Promise<KeychainResult<string | undefined>>;
  write(text: string): Promise<KeychainResult<void>>;
  /** Removes the item (none: fine). */
  remove(): Promise<KeychainResult<void>>;
}

/** What a helper run gives back. */
export interface HelperOutput {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a helper with `stdin`; "missing" when it is not installed, "timeout" past the deadline. */
export type RunHelper = (
  program: string,
  args: readonly string[],
  stdin: string,
) => Promise<HelperOutput | "missing" | "timeout">;

/** A keychain that answers in a few seconds or not at all (a prompt nobody sees). */
export const HELPER_DEADLINE_MS = 5000;

/**
 * The real helper runner: the program with the user's environment minus `hidden` (okta-aws's
 * secret variables), stdin written and closed, killed at the deadline.
 */
export function helperRunner(
  env: Readonly<Record<string, string>>,
  hidden: readonly string[],
  deadlineMs = HELPER_DEADLINE_MS,
): RunHelper {
  const childEnv = Object.fromEntries(
    Object.entries(env).filter(([name]) => !hidden.includes(name.toUpperCase())),
  );
  return async (program, args, stdin) => {
    let child: Deno.ChildProcess;
    try {
      child = new Deno.Command(program, {
        args: [...args],
        env: childEnv,
        clearEnv: true,
        stdin: "piped",
        stdout: "piped",
        stderr: "piped",
      }).spawn();
    } catch (err) {
      if (err instanceof Deno.errors.NotFound) return "missing";
      throw err;
    }
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        child.kill("SIGKILL");
      } catch {
        // Gone already.
      }
    }, deadlineMs);
    try {
      const writer = child.stdin.getWriter();
      await writer.write(new TextEncoder().encode(stdin)).catch(() => {});
      await writer.close().catch(() => {});
      const out = await child.output();
      if (timedOut) return "timeout";
      const text = (b: Uint8Array) => new TextDecoder().decode(b);
      return { code: out.code, stdout: text(out.stdout), stderr: text(out.stderr) };
    } finally {
      clearTimeout(timer);
    }
  };
}

/** The item's names: one service, one account per store. */
const SERVICE = "okta-aws";
const ACCOUNT = "secrets";
const LABEL = "okta-aws secrets";

function failure<T>(failure: KeychainFailure, detail: string): KeychainResult<T> {
  return { ok: false, failure, detail };
}

/** A helper's answer as a result: missing tool and deadline are failures of their own. */
function judged<T>(
  out: HelperOutput | "missing" | "timeout",
  program: string,
  ok: (out: HelperOutput) => KeychainResult<T> | undefined,
): KeychainResult<T> {
  if (out === "missing") return failure("absent", `${program} is not installed`);
  if (out === "timeout") {
    return failure("locked", `${program} did not answer in ${HELPER_DEADLINE_MS / 1000} s`);
  }
  return ok(out) ?? failure("failed", out.stderr.trim().split("\n")[0] || `exit ${out.code}`);
}

/** Linux: the Secret Service (GNOME Keyring, KWallet) through libsecret's `secret-tool`. */
function secretService(run: RunHelper, env: Readonly<Record<string, string>>): Keychain {
  const attributes = ["service", SERVICE, "store", ACCOUNT];
  // Without a session bus libsecret would try to start one (X11 autolaunch): none is there.
  const noBus = () => failure<never>("absent", "no D-Bus session (DBUS_SESSION_BUS_ADDRESS)");
  const hasBus = Boolean(env.DBUS_SESSION_BUS_ADDRESS);
  return {
    name: "the Secret Service",
    async read() {
      if (!hasBus) return noBus();
      return judged(await run("secret-tool", ["lookup", ...attributes], ""), "secret-tool", (o) => {
        if (o.code === 0) return { ok: true, value: o.stdout };
        // No such item: exit 1 and nothing said.
        if (o.code === 1 && o.stderr.trim() === "") return { ok: true, value: undefined };
      });
    },
    async write(text) {
      if (!hasBus) return noBus();
      const args = ["store", `--label=${LABEL}`, ...attributes];
      return judged(
        await run("secret-tool", args, text),
        "secret-tool",
        (o) => o.code === 0 ? { ok: true, value: undefined } : undefined,
      );
    },
    async remove() {
      if (!hasBus) return noBus();
      return judged(
        await run("secret-tool", ["clear", ...attributes], ""),
        "secret-tool",
        (o) =>
          o.code === 0 || (o.code === 1 && o.stderr.trim() === "")
            ? { ok: true, value: undefined }
            : undefined,
      );
    },
  };
}

/** Hex of UTF-8 text: `security -i` takes a password as `-X <hex>` (no quoting to get wrong). */
function hex(text: string): string {
  return Array.from(new TextEncoder().encode(text), (b) => b.toString(16).padStart(2, "0"))
    .join("");
}

/** macOS: the login Keychain through `security`; the secret goes in on `security -i`'s stdin. */
function macKeychain(run: RunHelper): Keychain {
  const item = ["-s", SERVICE, "-a", ACCOUNT];
  return {
    name: "the macOS Keychain",
    async read() {
      return judged(
        await run("security", ["find-generic-password", ...item, "-w"], ""),
        "security",
        (o) => {
          if (o.code === 0) return { ok: true, value: o.stdout.replace(/\n$/, "") };
          // errSecItemNotFound
          if (o.code === 44) return { ok: true, value: undefined };
          if (/interaction is not allowed|user interaction/i.test(o.stderr)) {
            return failure("locked", o.stderr.trim());
          }
        },
      );
    },
    async write(text) {
      const command = `add-generic-password -U ${item.join(" ")} -l "${LABEL}" -X ${hex(text)}\n`;
      return judged(
        await run("security", ["-i"], command),
        "security",
        (o) => o.code === 0 && o.stderr.trim() === "" ? { ok: true, value: undefined } : undefined,
      );
    },
    async remove() {
      return judged(
        await run("security", ["delete-generic-password", ...item], ""),
        "security",
        (o) => o.code === 0 || o.code === 44 ? { ok: true, value: undefined } : undefined,
      );
    },
  };
}

/**
 * Windows: DPAPI (CurrentUser) through PowerShell: the text goes in on stdin and comes back
 * sealed to this user; the sealed blob (useless to anyone else) is kept in `blobPath`, 0600.
 */
function windowsDpapi(run: RunHelper, blobPath: string): Keychain {
  const ps = ["-NoProfile", "-NonInteractive", "-Command"];
  const prelude =
    "Add-Type -AssemblyName System.Security; $s=[Security.Cryptography.DataProtectionScope]::CurrentUser;";
  const seal =
    `${prelude} $t=[Console]::In.ReadToEnd(); [Convert]::ToBase64String([Security.Cryptography.ProtectedData]::Protect([Text.Encoding]::UTF8.GetBytes($t),$null,$s))`;
  const open =
    `${prelude} $b=[Console]::In.ReadToEnd(); [Text.Encoding]::UTF8.GetString([Security.Cryptography.ProtectedData]::Unprotect([Convert]::FromBase64String($b.Trim()),$null,$s))`;
  return {
    name: "Windows DPAPI",
    async read() {
      let blob: string;
      try {
        blob = Deno.readTextFileSync(blobPath);
      } catch (err) {
        if (err instanceof Deno.errors.NotFound) return { ok: true, value: undefined };
        return failure("failed", String(err));
      }
      return judged(
        await run("powershell.exe", [...ps, open], blob),
        "powershell.exe",
        (o) => o.code === 0 ? { ok: true, value: o.stdout.replace(/\r?\n$/, "") } : undefined,
      );
    },
    async write(text) {
      const out = await run("powershell.exe", [...ps, seal], text);
      return judged(out, "powershell.exe", (o) => {
        if (o.code !== 0) return undefined;
        // Atomic and 0600, as every cache file: a failed write leaves the old blob whole.
        try {
          writePrivateFile(blobPath, new TextEncoder().encode(o.stdout.trim()));
        } catch (err) {
          return failure("failed", err instanceof Error ? err.message : String(err));
        }
        return { ok: true, value: undefined };
      });
    },
    remove() {
      try {
        Deno.removeSync(blobPath);
      } catch {
        // None: fine.
      }
      return Promise.resolve({ ok: true, value: undefined });
    },
  };
}

/** The OS's keychain, reached through `run`; `blobPath` is where Windows keeps its sealed blob. */
export function osKeychain(
  os: string,
  env: Readonly<Record<string, string>>,
  run: RunHelper,
  blobPath: string,
): Keychain {
  if (os === "darwin") return macKeychain(run);
  if (os === "windows") return windowsDpapi(run, blobPath);
  return secretService(run, env);
}
