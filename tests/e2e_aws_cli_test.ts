// The real AWS CLI v2 reads what okta-aws writes: the credentials file, and
// credential_process pointing at main.ts through `aws configure export-credentials`.
import assert from "node:assert/strict";
import {
  awsCli,
  cacheDir,
  CLIENT_ID,
  hasAwsCli,
  MAIN,
  ROLE_DEV,
  runCli,
  world,
} from "./helpers.ts";

const aws = awsCli;

Deno.test({
  name: "the AWS CLI calls STS with the profile okta-aws wrote (aws sts get-caller-identity)",
  ignore: !hasAwsCli,
  async fn() {
    await using w = await world();
    const creds = `${w.home}/.aws/credentials`;
    await Deno.mkdir(`${w.home}/.aws`, { recursive: true });
    await Deno.writeTextFile(
      creds,
      "[static]\naws_access_key_id = AKIASTATIC\naws_secret_access_key = s\n",
    );
    const r = await runCli([
      "web",
      ...w.args,
      "-r",
      ROLE_DEV,
      "-p",
      "okta-dev",
      "-z",
      "-n",
      "ap-northeast-2",
    ], {
      home: w.home,
      env: w.env,
    });
    assert.equal(r.code, 0, r.stderr);
    const result = await aws(
      [
        "sts",
        "get-caller-identity",
        "--profile",
        "okta-dev",
        "--endpoint-url",
        w.sts.url,
        "--output",
        "json",
      ],
      {
        HOME: w.home,
        AWS_SHARED_CREDENTIALS_FILE: creds,
        AWS_CONFIG_FILE: `${w.home}/.aws/config`,
      },
    );
    assert.equal(result.code, 0, result.stderr);
    const identity = JSON.parse(result.stdout);
    assert.equal(identity.Account, "123456789012");
    assert.equal(
      identity.Arn,
      "arn:aws:sts::123456789012:assumed-role/Developer/jane@example.com",
    );
  },
});

Deno.test({
  name: "credential_process = okta-aws ... works through aws configure export-credentials",
  ignore: !hasAwsCli,
  async fn() {
    await using w = await world();
    await Deno.mkdir(`${w.home}/.aws`, { recursive: true });
    const command = [
      Deno.execPath(),
      "run",
      "--allow-all",
      "--quiet",
      MAIN,
      "web",
      "--org-domain",
      w.okta.url,
      "--oidc-client-id",
      CLIENT_ID,
      "--aws-iam-role",
      ROLE_DEV,
      "--format",
      "process-credentials",
    ].join(" ");
    await Deno.writeTextFile(
      `${w.home}/.aws/config`,
      `[profile okta]\ncredential_process = ${command}\nregion = us-east-1\n`,
    );
    const result = await aws([
      "configure",
      "export-credentials",
      "--profile",
      "okta",
      "--format",
      "process",
    ], {
      HOME: w.home,
      DENO_DIR: await cacheDir(),
      AWS_CONFIG_FILE: `${w.home}/.aws/config`,
      AWS_SHARED_CREDENTIALS_FILE: `${w.home}/.aws/credentials`,
      AWS_ENDPOINT_URL_STS: w.sts.url,
    });
    assert.equal(result.code, 0, result.stderr);
    const exported = JSON.parse(result.stdout);
    const issued = w.sts.issued[0]!;
    assert.equal(exported.AccessKeyId, issued.accessKeyId);
    assert.equal(exported.SecretAccessKey, issued.secretAccessKey);
    assert.equal(exported.SessionToken, issued.sessionToken);
    assert.equal(new Date(exported.Expiration).getTime(), new Date(issued.expiration).getTime());
  },
});
