// The READMEs' shell examples, run as written against the fakes: every `okta-aws ...` line of
// a ```sh block (a `$ ` prompt and `eval "$(...)"` included) runs in a real shell with an
// `okta-aws` command on PATH, the org and client from the environment (as a user keeps them),
// the role the picker would be asked for in OKTA_AWSCLI_IAM_ROLE, and stand-ins for the tools
// the examples call (terraform, aws s3), a fake Identity Center for `okta-aws sso` and a fake
// org for `m2m` and `direct`. An
// example that stops
// working fails CI.
import assert from "node:assert/strict";
import {
  APP_ID,
  cacheDir,
  CLIENT_ID,
  machineNetworkEnv,
  MAIN,
  ROLE_DEV,
  world,
  writeDotenv,
} from "./helpers.ts";
import { ACCOUNTS } from "./sso_world.ts";
import { shellExamples } from "./readme_shell.ts";
import { startFakeIdentityCenter } from "./fakes/identity_center.ts";
import { startFakeHeadlessOkta } from "./fakes/okta_headless.ts";
import { startFakeSignin } from "./fakes/signin.ts";
import { testKey } from "./headless_world.ts";
import { TEST_CA_FILE } from "./fakes/serve.ts";

const ROOT = new URL("..", import.meta.url).pathname;

Deno.test("shellExamples() finds prompted, plain and eval'd lines, without comments", () => {
  const md = "```sh\n$ okta-aws status   # table\nokta-aws web -r X\n# okta-aws not this\n" +
    'eval "$(okta-aws web)"\ndeno task x\n```\n```ini\nokta-aws no\n```\n';
  assert.deepEqual(shellExamples(md), [
    "okta-aws status",
    "okta-aws web -r X",
    'eval "$(okta-aws web)"',
  ]);
});

Deno.test("every okta-aws example of README.md and README.ko.md runs against the fakes", async () => {
  const w = await world({ okta: { apps: [{ id: APP_ID, label: "AWS" }] } });
  // The Identity Center examples (okta-aws sso ...) sign in to this one.
  const ic = await startFakeIdentityCenter({ accounts: ACCOUNTS });
  // The m2m and direct examples sign in to this one, with ci-key.pem and jane's password.
  const key = await testKey("rsa-pkcs8");
  const password = "readme-example-password";
  // The console examples trade credentials of the fake STS or the fake portal here.
  const signin = await startFakeSignin([w.sts, ic]);
  const headless = await startFakeHeadlessOkta({
    clientId: CLIENT_ID,
    keys: { "ci-key-1": key.publicKey },
    users: { "jane@example.com": password },
    mfa: "number",
    pushPolls: [],
  });
  const bin = await Deno.makeTempDir({ prefix: "okta-aws-readme-bin-" });
  try {
    const deno = Deno.execPath();
    const script = (body: string) => `#!/bin/sh\n${body}\n`;
    await Deno.writeTextFile(
      `${bin}/okta-aws`,
      script(`exec "${deno}" run --allow-all --quiet "${MAIN}" "$@"`),
      { mode: 0o755 },
    );
    // Under --server the stand-ins read the credential server, as an SDK would.
    const readServer =
      `const r = await fetch(Deno.env.get("AWS_CONTAINER_CREDENTIALS_FULL_URI"), { headers: { authorization: Deno.env.get("AWS_CONTAINER_AUTHORIZATION_TOKEN") } }); if (!(await r.json()).AccessKeyId) Deno.exit(1);`;
    for (const tool of ["terraform", "aws"]) {
      await Deno.writeTextFile(
        `${bin}/${tool}`,
        script(
          `if [ -n "$AWS_CONTAINER_CREDENTIALS_FULL_URI" ]; then "${deno}" eval '${readServer}' || exit 1; ` +
            `else test -n "$AWS_SESSION_TOKEN" || exit 1; fi; echo "${tool} $* ran with credentials"`,
        ),
        { mode: 0o755 },
      );
    }
    await Deno.writeTextFile(`${w.home}/ci-key.pem`, key.pem);
    // "Corporate networks" names the company CA's file.
    await Deno.copyFile(TEST_CA_FILE, `${w.home}/corp-root-ca.pem`);
    // The main jobs sign in to the Identity Center profile "dev" before the README configures it.
    await Deno.mkdir(`${w.home}/.aws`, { recursive: true });
    await Deno.writeTextFile(
      `${w.home}/.aws/config`,
      "[profile dev]\nsso_session = okta\nsso_account_id = 111111111111\nsso_role_name = ReadOnly\n\n" +
        "[sso-session okta]\nsso_start_url = https://d-9999999999.awsapps.com/start\n" +
        "sso_region = ap-northeast-2\nsso_registration_scopes = sso:account:access\n",
    );
    // "Rolling out to a team" applies its sample team config, saved as team.yaml.
    const team = /```yaml\n(version: 1\n[^`]*)```/.exec(
      await Deno.readTextFile(`${ROOT}README.md`),
    );
    assert.ok(team, "README.md shows a sample team config");
    await Deno.writeTextFile(`${w.home}/team.yaml`, team[1]!);
    // `okta-aws trust` trusts ./.env: the examples run where there is one.
    await writeDotenv(w.home, "OKTA_AWSCLI_AWS_REGION=ap-northeast-2\n");
    const examples = new Set([
      ...shellExamples(await Deno.readTextFile(`${ROOT}README.md`)),
      ...shellExamples(await Deno.readTextFile(`${ROOT}README.ko.md`)),
    ]);
    assert.ok(examples.size >= 10, [...examples].join("\n"));
    const denoDir = deno.slice(0, deno.lastIndexOf("/"));
    for (const example of examples) {
      const org = /^okta-aws (m2m|direct)\b/.test(example) ? headless.url : w.okta.url;
      const command = example.replaceAll("acme.okta.com", org).replaceAll("0oa...", CLIENT_ID);
      const out = await new Deno.Command("sh", {
        args: ["-c", command],
        env: {
          ...machineNetworkEnv(),
          PATH: `${bin}:${denoDir}:/usr/bin:/bin`,
          HOME: w.home,
          DENO_DIR: await cacheDir(),
          NO_COLOR: "1",
          OKTA_AWSCLI_ORG_DOMAIN: org,
          OKTA_AWSCLI_PASSWORD: password,
          OKTA_AWSCLI_OIDC_CLIENT_ID: CLIENT_ID,
          // Where an example leaves the role to the picker, this is the choice (no terminal).
          OKTA_AWSCLI_IAM_ROLE: ROLE_DEV,
          AWS_ENDPOINT_URL_STS: w.sts.url,
          AWS_ENDPOINT_URL_IAM: w.sts.url,
          AWS_ENDPOINT_URL_SSO: ic.url,
          AWS_ENDPOINT_URL_SSO_OIDC: ic.url,
          OKTA_AWS_SIGNIN_URL: `${signin.url}/federation`,
        },
        clearEnv: true,
        cwd: w.home,
        stdout: "piped",
        stderr: "piped",
      }).output();
      const stderr = new TextDecoder().decode(out.stderr);
      assert.equal(out.code, 0, `${example}\n${stderr}`);
      assert.doesNotMatch(stderr, /^error:/m, example);
    }
    assert.ok(ic.calls.some((c) => c.op === "GET /federation/credentials"), "sso examples ran");
    assert.ok(headless.requests.some((q) => q.form.grant_type === "client_credentials"), "m2m ran");
    assert.ok(headless.requests.some((q) => q.form.grant_type === "password"), "direct ran");
    assert.ok(signin.calls.length >= 2, "console examples ran");
  } finally {
    await w.close();
    await ic.close();
    await headless.close();
    await signin.close();
    await Deno.remove(bin, { recursive: true });
  }
});
