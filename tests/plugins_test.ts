// Output plugins: env-var lines quoted for each shell (evaluated by a real bash and fish
// where present), process-credentials JSON, and the registry.
// Errors word their message with the catalogue, as the entry points have them do.
import "../src/i18n/register.ts";
import { noRenewal } from "./helpers.ts";
import assert from "node:assert/strict";
import { detectShell, plugin as envVar, quoteFor } from "../plugins/env_var.ts";
import { plugin as processCredentials } from "../plugins/process_credentials.ts";
import {
  BUILTIN,
  FORMAT_NAMES,
  loadPlugin,
  PLUGIN_FLAGS,
  type PluginHost,
} from "../plugins/mod.ts";
import type { CredentialSet } from "../src/credentials.ts";
import { FlowError, UsageError } from "../src/errors.ts";

const NASTY = `a'b"c$d\`e\\f g;h&i|j%k!l`;
const SET: CredentialSet = {
  profile: "p",
  roleArn: "r",
  region: "ap-northeast-2",
  credentials: {
    accessKeyId: "ASIAEXAMPLE",
    secretAccessKey: NASTY,
    sessionToken: "tok+/=",
    expiration: new Date("2026-11-26T12:00:00.000Z"),
  },
};

const HOST: PluginHost = {
  env: {},
  secretVariables: [],
  os: "linux",
  stdinIsTerminal: false,
  stdoutIsTerminal: false,
  command: [],
  fetch,
  openUrl: () => Promise.resolve(),
};

async function emit(shell: string, legacy = false): Promise<string> {
  let out = "";
  const write = envVar.prepare({ shell, "legacy-aws-variables": legacy }, HOST);
  assert.equal(
    await write([SET], { write: (t) => out += t, log: () => {}, lang: "en", renew: noRenewal }),
    0,
  );
  return out;
}

function which(name: string): boolean {
  try {
    return new Deno.Command("sh", { args: ["-c", `command -v ${name}`], stdout: "null" })
      .outputSync().success;
  } catch {
    return false;
  }
}

Deno.test("env-var POSIX lines survive eval in bash with hostile characters", async () => {
  const lines = await emit("posix", true);
  const out = new Deno.Command("bash", {
    args: [
      "-c",
      `${lines}\nprintf '%s\\n' "$AWS_SECRET_ACCESS_KEY" "$AWS_SECURITY_TOKEN" "$AWS_REGION" "$AWS_CREDENTIAL_EXPIRATION"`,
    ],
    stdout: "piped",
  }).outputSync();
  assert.equal(
    new TextDecoder().decode(out.stdout),
    `${NASTY}\ntok+/=\nap-northeast-2\n2026-11-26T12:00:00Z\n`,
  );
});

Deno.test({
  name: "env-var fish lines survive eval in fish",
  ignore: !which("fish"),
  async fn() {
    const lines = await emit("fish");
    const out = new Deno.Command("fish", {
      args: ["-c", `${lines}\necho $AWS_SECRET_ACCESS_KEY`],
      stdout: "piped",
    }).outputSync();
    assert.equal(new TextDecoder().decode(out.stdout), `${NASTY}\n`);
  },
});

Deno.test("env-var writes PowerShell $env: and cmd set lines (never setx)", async () => {
  const ps = await emit("powershell");
  assert.match(ps, /^\$env:AWS_ACCESS_KEY_ID = 'ASIAEXAMPLE'$/m);
  assert.ok(ps.includes(`$env:AWS_SECRET_ACCESS_KEY = '${NASTY.replaceAll("'", "''")}'`));
  // cmd cannot quote " % or !: such a value is refused, never written half-quoted.
  await assert.rejects(emit("cmd"), (e) => e instanceof FlowError && e.code === "value_unquotable");
  let cmd = "";
  const plain = { ...SET, credentials: { ...SET.credentials, secretAccessKey: "abc+/=&|<>^" } };
  await envVar.prepare({ shell: "cmd" }, HOST)([plain], {
    write: (t) => cmd += t,
    log: () => {},
    lang: "en",
    renew: noRenewal,
  });
  assert.match(cmd, /^set "AWS_ACCESS_KEY_ID=ASIAEXAMPLE"$/m);
  assert.match(cmd, /^set "AWS_SECRET_ACCESS_KEY=abc\+\/=&\|<>\^"$/m);
  assert.doesNotMatch(cmd + ps, /setx/);
  assert.equal(quoteFor("fish", "a'b\\c"), "'a\\'b\\\\c'");
});

Deno.test("quoteFor() doubles every PowerShell quote (U+2018-U+201B too) and refuses controls", () => {
  assert.equal(
    quoteFor("powershell", "a\u2018b\u2019c\u201ad\u201be'f"),
    "'a\u2018\u2018b\u2019\u2019c\u201a\u201ad\u201b\u201be''f'",
  );
  for (const shell of ["posix", "fish", "powershell", "cmd"] as const) {
    for (const bad of ["a\nb", "a\u0000b", "a\u001b]0;t\u0007b", "a\rb"]) {
      assert.throws(
        () => quoteFor(shell, bad),
        (e) => e instanceof FlowError && e.code === "value_unquotable",
        `${shell} ${JSON.stringify(bad)}`,
      );
    }
  }
});

Deno.test("detectShell() honours --shell, then SHELL, then the platform", () => {
  assert.equal(detectShell("zsh", {}, "linux"), "posix");
  assert.equal(detectShell("pwsh", {}, "linux"), "powershell");
  assert.equal(detectShell("tcsh", {}, "linux"), undefined);
  assert.equal(detectShell(undefined, { SHELL: "/usr/bin/fish" }, "linux"), "fish");
  assert.equal(detectShell(undefined, { SHELL: "/bin/zsh" }, "darwin"), "posix");
  assert.equal(detectShell(undefined, { PSModulePath: "x" }, "windows"), "powershell");
  assert.equal(detectShell(undefined, { PROMPT: "$P$G" }, "windows"), "cmd");
});

Deno.test("process-credentials writes one JSON line with an RFC 3339 UTC Expiration", async () => {
  let out = "";
  await processCredentials.prepare({}, HOST)([SET], {
    write: (t) => out += t,
    log: () => {},
    lang: "en",
    renew: noRenewal,
  });
  assert.equal(
    out,
    `{"Version":1,"AccessKeyId":"ASIAEXAMPLE","SecretAccessKey":${
      JSON.stringify(NASTY)
    },"SessionToken":"tok+/=","Expiration":"2026-11-26T12:00:00Z"}\n`,
  );
});

Deno.test("env-var refuses an unknown --shell before anything runs", () => {
  assert.throws(
    () => envVar.prepare({ shell: "tcsh" }, HOST),
    (e: unknown) => e instanceof UsageError && /Invalid --shell "tcsh"/.test(e.message),
  );
});

Deno.test("the plugin registry holds the four okta-aws-cli formats, console, exec and external", async () => {
  assert.deepEqual([...FORMAT_NAMES].sort(), [
    "aws-credentials",
    "console",
    "env-var",
    "noop",
    "process-credentials",
  ]);
  assert.deepEqual(BUILTIN.map((p) => p.name).filter((n) => !FORMAT_NAMES.includes(n)), [
    "exec",
    "external",
  ]);
  for (const { name } of BUILTIN) assert.equal((await loadPlugin(name)).name, name);
});

Deno.test("an external plugin killed by a signal gives 128 + that signal's number", async () => {
  const { plugin: external } = await import("../plugins/external.ts");
  const dir = await Deno.makeTempDir();
  try {
    for (const [signal, code] of [["KILL", 137], ["INT", 130], ["HUP", 129]] as const) {
      const path = `${dir}/okta-aws-output-dies-${signal}`;
      await Deno.writeTextFile(path, `#!/bin/sh\ncat >/dev/null\nkill -${signal} $$\n`, {
        mode: 0o755,
      });
      const emit = external.prepare({ format: `dies-${signal}` }, {
        ...HOST,
        env: { OKTA_AWS_PLUGINS_DIR: dir },
      });
      assert.equal(
        await emit([SET], { write: () => {}, log: () => {}, lang: "en", renew: noRenewal }),
        code,
      );
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("PLUGIN_FLAGS, which every credential command takes, is every flag some plugin owns, each once", () => {
  const owned = [...new Set(BUILTIN.flatMap((p) => p.flags))];
  assert.deepEqual([...PLUGIN_FLAGS].map((f) => f.name), owned.map((f) => f.name));
});
