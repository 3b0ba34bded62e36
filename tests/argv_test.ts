// The command line as okta-aws-cli users type it, parsed against the command tree: long and
// short flags, combined short booleans, `=` values, command and subcommand words, flags that
// belong to another command, help of every command, and what follows `--`.
// Errors word their message with the catalogue, as the entry points have them do.
import "../src/i18n/register.ts";
import assert from "node:assert/strict";
import { parseArgs } from "../src/cli/argv.ts";
import { langArgument } from "../src/cli/main.ts";
import { helpText } from "../src/cli/help.ts";
import { flagsOf, lazyModules, LOGOUT, ROOT, SSO, STATUS, WEB } from "../src/cli/tree.ts";
import { SSO_LOGIN } from "../src/cli/commands/sso/spec.ts";
import { UsageError } from "../src/errors.ts";

Deno.test("parseArgs() reads long, short, combined and = forms", () => {
  const a = parseArgs([
    "-o",
    "acme.okta.com",
    "--oidc-client-id=0oa1",
    "-bzq",
    "-pdev",
    "web",
    "--debug=false",
    "-e=false",
  ], ROOT);
  assert.equal(a.command, WEB);
  assert.deepEqual(a.flags, {
    "org-domain": "acme.okta.com",
    "oidc-client-id": "0oa1",
    "open-browser": true,
    "write-aws-credentials": true,
    "qr-code": true,
    profile: "dev",
    debug: false,
    "cache-access-token": false,
  });
});

Deno.test("parseArgs() defaults to web and keeps the words after -- for exec", () => {
  const a = parseArgs(
    ["-r", "arn:aws:iam::1:role/x", "--", "terraform", "plan", "-out", "p"],
    ROOT,
  );
  assert.equal(a.command, WEB);
  assert.deepEqual(a.rest, ["terraform", "plan", "-out", "p"]);
  assert.deepEqual(parseArgs(["web", "-j", "aws", "--", "s3", "ls"], ROOT).rest, [
    "aws",
    "s3",
    "ls",
  ]);
});

Deno.test("parseArgs() never reads what follows -- as its own, --lang included", () => {
  const a = parseArgs(["web", "--", "tool", "--lang", "ko", "--aws-iam-role", "x"], ROOT);
  assert.deepEqual(a.flags, {});
  assert.deepEqual(a.rest, ["tool", "--lang", "ko", "--aws-iam-role", "x"]);
  assert.equal(langArgument(["web", "--", "tool", "--lang", "ko"]), undefined);
  assert.equal(langArgument(["--lang=ko", "web", "--", "tool"]), "ko");
  assert.equal(langArgument(["--lang", "ko"]), "ko");
});

Deno.test("parseArgs() reads list-profiles, help, version and status --json", () => {
  assert.equal(parseArgs(["list-profiles"], ROOT).command.path[0], "list-profiles");
  const status = parseArgs(["status", "--json"], ROOT);
  assert.deepEqual([status.command.path, status.flags], [["status"], { json: true }]);
  assert.deepEqual(parseArgs(["-v"], ROOT).version, true);
});

Deno.test("parseArgs() gives trust its one path word; a second is a usage error without a guess", () => {
  assert.deepEqual(parseArgs(["trust"], ROOT).operands, []);
  const one = parseArgs(["trust", "--forget", "infra/.env"], ROOT);
  assert.deepEqual([one.command.path, one.operands, one.flags], [
    ["trust"],
    ["infra/.env"],
    { forget: true },
  ]);
  assert.throws(
    () => parseArgs(["trust", "a", "b"], ROOT),
    (e) => e instanceof UsageError && /unexpected argument 'b'$/.test(e.message),
  );
  assert.throws(() => parseArgs(["status", "x"], ROOT), UsageError);
});

Deno.test("parseArgs(): help of the root, of a command, and help <command>", () => {
  const root = parseArgs(["--help"], ROOT);
  assert.deepEqual([root.help, root.command], [true, ROOT]);
  assert.equal(parseArgs(["help"], ROOT).command, ROOT);
  assert.equal(parseArgs(["help", "help"], ROOT).command, ROOT);
  const web = parseArgs(["web", "--help"], ROOT);
  assert.deepEqual([web.help, web.command], [true, WEB]);
  assert.equal(parseArgs(["help", "web"], ROOT).command, WEB);
  assert.equal(parseArgs(["help", "status"], ROOT).command, STATUS);
  assert.equal(parseArgs(["logout", "-h"], ROOT).command, LOGOUT);
  assert.throws(() => parseArgs(["help", "sttaus"], ROOT), /did you mean 'status'/);
  // Asking for help wins over a flag mistake on the same line.
  const wrong = parseArgs(["status", "--aws-iam-role", "x", "--bogus", "--help"], ROOT);
  assert.deepEqual([wrong.help, wrong.command], [true, STATUS]);
});

Deno.test("parseArgs() refuses a flag of another command, naming the command that takes it", () => {
  assert.throws(
    () => parseArgs(["status", "--aws-iam-role", "x"], ROOT),
    (e: unknown) =>
      e instanceof UsageError && e.key === "usage_flag_elsewhere" &&
      e.message ===
        '"okta-aws status" does not take --aws-iam-role: it is a flag of "okta-aws web", "okta-aws m2m", "okta-aws direct", "okta-aws console"',
  );
  assert.throws(
    () => parseArgs(["logout", "--format", "nope"], ROOT),
    (e: unknown) =>
      e instanceof UsageError && /"okta-aws logout" does not take --format/.test(e.message),
  );
  assert.throws(() => parseArgs(["web", "--json"], ROOT), /it is a flag of "okta-aws status"/);
  assert.throws(() => parseArgs(["status", "--", "ls"], ROOT), /runs no command after --/);
  // logout takes --org-domain, and global flags go anywhere.
  assert.deepEqual(parseArgs(["logout", "-o", "acme.okta.com", "-g"], ROOT).flags, {
    "org-domain": "acme.okta.com",
    debug: true,
  });
});

Deno.test("parseArgs() rejects unknown flags with a suggestion from the command's own, and missing values", () => {
  assert.throws(
    () => parseArgs(["--org-domian", "x"], ROOT),
    (e: unknown) => e instanceof UsageError && /did you mean --org-domain\?/.test(e.message),
  );
  assert.throws(() => parseArgs(["status", "--jsn"], ROOT), /did you mean --json\?/);
  assert.throws(
    () => parseArgs(["-o"], ROOT),
    (e: unknown) => e instanceof UsageError && /needs a value/.test(e.message),
  );
  assert.throws(
    () => parseArgs(["wbe"], ROOT),
    (e: unknown) => e instanceof UsageError && /did you mean 'web'/.test(e.message),
  );
  assert.throws(() => parseArgs(["-Q"], ROOT), UsageError);
});

Deno.test("parseArgs() walks subcommands, each with its own flags and help", () => {
  const login = parseArgs(["sso", "login", "--use-device-code", "--sso-session", "okta"], ROOT);
  assert.equal(login.command, SSO_LOGIN);
  assert.deepEqual(login.flags, { "use-device-code": true, "sso-session": "okta" });
  assert.equal(parseArgs(["sso", "-p", "dev"], ROOT).command, SSO);
  assert.equal(parseArgs(["sso", "-p", "dev", "--", "aws", "s3", "ls"], ROOT).rest.length, 3);
  assert.throws(
    () => parseArgs(["sso", "--use-device-code"], ROOT),
    /"okta-aws sso" does not take --use-device-code: it is a flag of "okta-aws sso configure", "okta-aws sso login"/,
  );
  assert.throws(() => parseArgs(["sso", "logn"], ROOT), /did you mean 'login'/);
  assert.equal(parseArgs(["help", "sso", "login"], ROOT).command, SSO_LOGIN);
  assert.match(helpText(SSO_LOGIN, "en"), /^Usage: okta-aws sso login \[flags\]\n/);
  assert.match(helpText(SSO, "en"), /Commands:\n {2}configure +Write IAM Identity Center profiles/);
});

Deno.test("helpText() of each command lists its flags with short letters and variables, and only those", () => {
  for (const lang of ["en", "ko"] as const) {
    const web = helpText(WEB, lang);
    for (const f of flagsOf(WEB)) {
      assert.ok(web.includes(`--${f.name}`), f.name);
      if (f.short) assert.ok(web.includes(`-${f.short}, --${f.name}`), f.name);
      if (f.env[0]) assert.ok(web.includes(f.env[0]), f.env[0]);
    }
    assert.ok(!web.includes("--json"), "status's flag is not in web's help");
    const status = helpText(STATUS, lang);
    assert.ok(status.includes("--json"));
    assert.ok(!status.includes("--aws-iam-role"));
  }
  assert.match(helpText(ROOT, "ko"), /사용법/);
  assert.match(helpText(ROOT, "en"), /Commands:\n {2}web +AWS Account Federation/);
});

Deno.test("every command module of the tree exists and exports run(), so compile can embed it", async () => {
  const { lazyModules, allCommands, ROOT: root } = await import("../src/cli/tree.ts");
  const modules = allCommands(root).flatMap((c) => c.module ? [new URL(c.module).pathname] : []);
  assert.ok(modules.length >= 8);
  for (const path of modules) {
    assert.ok(lazyModules().includes(path), path);
    const module = await import(`file://${path}`);
    assert.equal(typeof module.run, "function", path);
  }
});

Deno.test("every module a computed import() names is in lazyModules(), so compile embeds it", () => {
  const base = new URL("..", import.meta.url);
  const files = ["main.ts"];
  const walk = (dir: string) => {
    for (const e of Deno.readDirSync(new URL(dir, base))) {
      if (e.isDirectory) walk(`${dir}${e.name}/`);
      else if (e.name.endsWith(".ts")) files.push(`${dir}${e.name}`);
    }
  };
  walk("src/");
  walk("plugins/");
  const lazy = new Set(lazyModules());
  const found: string[] = [];
  for (const file of files) {
    const text = Deno.readTextFileSync(new URL(file, base));
    const at = new URL(file, base);
    const named = [
      ...[...text.matchAll(/new URL\("(\.{1,2}\/[^"]+\.ts)"/g)].map((m) => m[1]!),
      // src/cli/main.ts's helper: moduleUrl("run.ts") is ./run.ts beside it.
      ...[...text.matchAll(/moduleUrl\("([^"]+\.ts)"\)/g)].map((m) => `./${m[1]!}`),
    ];
    for (const relative of named) {
      const target = new URL(relative, at).pathname;
      found.push(target);
      assert.ok(lazy.has(target), `${file} loads ${relative} lazily, but lazyModules() lacks it`);
    }
  }
  assert.ok(found.length >= 5, found.join(", "));
});
