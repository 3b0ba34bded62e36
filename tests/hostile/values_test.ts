// Hostile values from servers (issue 7, items 4, 7, 8 and the STS expiration of 10): checked
// before any plugin sees them, never opened or printed raw.
import assert from "node:assert/strict";
import { APP_ID, cliShellCommand, PROVIDER, ROLE_DEV } from "../helpers.ts";
import { hasTmux, tmux, waitFor } from "../tmux.ts";
import { isPrintable } from "../../src/text/printable.ts";
import { GRANTS, hostileWorld, runHostile, snapshot } from "./server.ts";

const ESC = "\u001b";
const SIGN_IN = ["web", "-a", APP_ID, "-r", ROLE_DEV];

function stsField(field: string, value: string) {
  return {
    path: "/",
    action: "AssumeRoleWithSAML",
    misbehave: {
      text: (xml: string) =>
        xml.replace(new RegExp(`<${field}>[^<]*</${field}>`), `<${field}>${value}</${field}>`),
    },
  };
}

for (
  const [field, value, shell] of [
    ["SecretAccessKey", 'x"&amp;echo pwn&gt;pwn.txt&amp;"', "cmd"],
    ["SecretAccessKey", "abc\u2019; Remove-Item -Recurse ~ #", "powershell"],
    ["SessionToken", `FwoG${ESC}]0;owned\u0007ZXIvYXdzE`, "bash"],
    ["SessionToken", "FwoGZXIv&#10;export X=1", "fish"],
    ["AccessKeyId", "ASIA&#x0;EXAMPLEEXAMPLE", "bash"],
  ] as const
) {
  Deno.test(`hostile STS: a ${field} with shell syntax or controls is refused before any output (${shell})`, async () => {
    await using hw = await hostileWorld({ sts: [stsField(field, value)] });
    // The Okta session may be cached (that sign-in succeeded); no output may be written.
    const before = snapshot(hw.world.home, /\/\.cache\//);
    for (const format of ["env-var", "process-credentials", "aws-credentials"]) {
      const r = await runHostile(hw, [...SIGN_IN, "--format", format, "--shell", shell]);
      assert.equal(r.code, 1, r.stderr);
      assert.equal(r.stdout, "", `${format}: nothing on stdout`);
      assert.match(
        r.stderr,
        new RegExp(
          `STS AssumeRoleWithSAML returned unusable credentials for ".*": ${field} has characters AWS never issues`,
        ),
      );
      assert.ok(!r.stderr.includes(ESC), "no raw escape on stderr");
    }
    assert.deepEqual(snapshot(hw.world.home, /\/\.cache\//), before, "no file written");
  });
}

Deno.test("hostile STS: an Expiration in the past is refused with exit 1, not delivered", async () => {
  await using hw = await hostileWorld({ sts: [stsField("Expiration", "2001-01-01T00:00:00Z")] });
  const r = await runHostile(hw, [...SIGN_IN, "--format", "process-credentials"]);
  assert.equal(r.code, 1, r.stderr);
  assert.equal(r.stdout, "");
  assert.match(r.stderr, /Expiration is already past/);
  const never = await runHostile(hw, [...SIGN_IN, "--format", "noop"]);
  assert.equal(never.code, 1);
});

for (
  const uri of [
    "file:///etc/passwd",
    "javascript:alert(1)",
    "--help",
    "https://evil.example/activate",
    "https://user:pw@HOST/activate",
  ]
) {
  Deno.test(`hostile Okta: verification_uri ${JSON.stringify(uri)} is never opened`, async () => {
    await using hw = await hostileWorld({
      okta: [{
        path: "/oauth2/v1/device/authorize",
        misbehave: {
          json: (body) => {
            const host = new URL(String(body.verification_uri)).host;
            const bad = uri.replace("HOST", host);
            return { ...body, verification_uri: bad, verification_uri_complete: bad };
          },
        },
      }],
    });
    const r = await runHostile(hw, [...SIGN_IN, "--open-browser"]);
    assert.equal(r.code, 1, r.stderr);
    assert.deepEqual(r.opened, []);
    assert.match(r.stderr, /which is not an https page of that org; it was not opened/);
    assert.equal(hw.world.okta.count("/oauth2/v1/token", GRANTS.device), 0, "no polling");
  });
}

Deno.test("hostile Okta: escape sequences in user_code and error_description are shown escaped", async () => {
  await using hw = await hostileWorld({
    okta: [
      {
        path: "/oauth2/v1/device/authorize",
        misbehave: { json: (body) => ({ ...body, user_code: `${ESC}]0;pwned\u0007WDJB` }) },
      },
      {
        path: "/oauth2/v1/token",
        grant: GRANTS.exchange,
        misbehave: {
          status: 400,
          body: JSON.stringify({
            error: "invalid_grant",
            error_description: `bad${ESC}[2J\r\nfake: all good\u202e`,
          }),
        },
      },
    ],
  });
  // --debug-api-calls and --debug print server text too: escaped there as well.
  const r = await runHostile(hw, [...SIGN_IN, "--debug-api-calls", "--debug"]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /\[api\] < 400 /);
  assert.ok(r.stderr.split("\n").every(isPrintable), JSON.stringify(r.stderr));
  assert.ok(r.stderr.includes("\\x1b]0;pwned\\x07WDJB"), r.stderr);
  assert.ok(r.stderr.includes("bad\\x1b[2J\\x0d\\x0afake: all good\\u202e"), r.stderr);
});

Deno.test("hostile assertion: control characters in role names never reach --all-profiles section names", async () => {
  const odd = `arn:aws:iam::123456789012:role/Dev\u009b31m\u202eEvil`;
  await using hw = await hostileWorld({}, {
    saml: { roles: [{ provider: PROVIDER, role: odd }, { provider: PROVIDER, role: ROLE_DEV }] },
  });
  const r = await runHostile(hw, ["web", "-a", APP_ID, "-k"]);
  assert.equal(r.code, 0, r.stderr);
  const file = await Deno.readTextFile(`${hw.world.home}/.aws/credentials`);
  const sections = [...file.matchAll(/^\[(.*)\]$/gm)].map((m) => m[1]!);
  // okta-aws-cli's scheme (no alias here: the account id) with the role's controls removed.
  assert.deepEqual(sections.sort(), [
    "123456789012-okta-Dev-31m-Evil",
    "123456789012-okta-Developer",
  ]);
  assert.ok(!/[\u0080-\u009f\u202e]/.test(r.stderr + file));
});

Deno.test({
  name:
    "hostile Okta: an app label with terminal escapes is drawn escaped in the picker, the title untouched",
  ignore: !hasTmux,
  async fn() {
    const label = `${ESC}]2;PWNED${"\u0007"}${ESC}[2JEvil`;
    const hw = await hostileWorld({
      okta: [{
        path: "/api/v1/users/me/appLinks",
        misbehave: {
          json: (body) => [
            ...(body as unknown as unknown[]),
            { appName: "amazon_aws", appInstanceId: "0oaevil", label },
          ],
        },
      }],
    });
    const socket = `okta-aws-test-${crypto.randomUUID().slice(0, 8)}`;
    try {
      const command = await cliShellCommand({ ...hw.world, args: hw.args }, []);
      tmux(socket, "new-session", "-d", "-x", "150", "-y", "40", "sh", "-c", command);
      const screen = () => tmux(socket, "capture-pane", "-p");
      await waitFor(() => screen().includes("Choose an AWS Federation app"), "the app picker");
      await waitFor(() => screen().includes("Evil"), "the hostile label");
      assert.ok(screen().includes("\\x1b]2;PWNED\\x07\\x1b[2JEvil"), screen());
      assert.ok(screen().includes("Choose an AWS Federation app"), "the screen was not cleared");
      assert.doesNotMatch(tmux(socket, "display-message", "-p", "#{pane_title}"), /PWNED/);
    } finally {
      tmux(socket, "kill-server");
      await hw.close();
    }
  },
});
