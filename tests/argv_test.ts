// The command line as okta-aws-cli users type it: long and short flags, combined short
// booleans, `=` values, the command word anywhere before `--`, and what follows `--`.
import assert from "node:assert/strict";
import { parseArgs } from "../src/config/argv.ts";
import { helpText } from "../src/config/help.ts";
import { FLAGS } from "../src/config/flags.ts";
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
  ]);
  assert.equal(a.command, "web");
  assert.deepEqual(a.flags, {
    "org-domain": "acme.okta.com",
    "oidc-client-id": "0oa1",
    "open-browser": true,
    "write-aws-credentials": true,
    "qr-code": true,
    profile: "dev",
    debug: false,
  });
});

Deno.test("parseArgs() defaults to web and keeps the words after -- for exec", () => {
  const a = parseArgs(["-r", "arn:aws:iam::1:role/x", "--", "terraform", "plan", "-out", "p"]);
  assert.equal(a.command, "web");
  assert.equal(a.explicitCommand, false);
  assert.deepEqual(a.rest, ["terraform", "plan", "-out", "p"]);
  assert.deepEqual(parseArgs(["web", "-j", "aws", "--", "s3", "ls"]).rest, ["aws", "s3", "ls"]);
});

Deno.test("parseArgs() reads list-profiles, help and version", () => {
  assert.equal(parseArgs(["list-profiles"]).command, "list-profiles");
  assert.equal(parseArgs(["help", "web"]).help, true);
  assert.equal(parseArgs(["-h"]).help, true);
  assert.equal(parseArgs(["-v"]).version, true);
});

Deno.test("parseArgs() rejects unknown flags with a suggestion, and missing values", () => {
  assert.throws(
    () => parseArgs(["--org-domian", "x"]),
    (e: unknown) => e instanceof UsageError && /did you mean --org-domain\?/.test(e.message),
  );
  assert.throws(
    () => parseArgs(["-o"]),
    (e: unknown) => e instanceof UsageError && /needs a value/.test(e.message),
  );
  assert.throws(
    () => parseArgs(["wbe"]),
    (e: unknown) => e instanceof UsageError && /did you mean 'web'/.test(e.message),
  );
  assert.throws(() => parseArgs(["-Q"]), UsageError);
});

Deno.test("helpText() lists every flag with its short letter and variable, in both languages", () => {
  for (const lang of ["en", "ko"] as const) {
    const text = helpText(lang);
    for (const f of FLAGS) {
      assert.ok(text.includes(`--${f.name}`), f.name);
      if (f.short) assert.ok(text.includes(`-${f.short}, --${f.name}`), f.name);
      if (f.env[0]) assert.ok(text.includes(f.env[0]), f.env[0]);
    }
  }
  assert.match(helpText("ko"), /사용법/);
});
