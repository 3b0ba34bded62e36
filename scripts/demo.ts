// `deno task demo`: the whole `okta-aws web` flow on one machine, against the bundled fake
// Okta org and fake STS (tests/fakes). No Okta org, AWS account or network needed.
// `deno task demo path/to/okta-aws` runs a built binary instead of main.ts (the release
// workflow's check that a binary really works). `--tls` serves both fakes over HTTPS with the
// test CA of tests/fakes/tls, which the binary must find in the OS trust store (the release
// workflow installs it there on each OS): the one check of a compiled binary's trust.
import { startFakeOkta } from "../tests/fakes/okta.ts";
import { startFakeSts } from "../tests/fakes/sts.ts";
import { samlResponse } from "../tests/fakes/saml.ts";

const CLIENT_ID = "0oademoawscli";
const APP_ID = "0oademofedapp";
const tls = Deno.args.includes("--tls");
const listen = tls ? { tls: true as const } : {};
const okta = await startFakeOkta({
  listen,
  clientId: CLIENT_ID,
  interval: 1,
  polls: ["authorization_pending", "authorization_pending"],
  apps: [{ id: APP_ID, label: "AWS Account Federation" }],
  assertions: {
    [APP_ID]: samlResponse({
      roles: [{
        provider: "arn:aws:iam::123456789012:saml-provider/okta",
        role: "arn:aws:iam::123456789012:role/Developer",
      }],
      sessionDuration: 3600,
    }),
  },
});
const sts = await startFakeSts({ listen });
const dir = await Deno.makeTempDir({ prefix: "okta-aws-demo-" });
const credentials = `${dir}/credentials`;
const say = (text: string) => console.error(`\x1b[1m# ${text}\x1b[0m`);

try {
  say(`fake Okta org at ${okta.url}, fake STS at ${sts.url}`);
  say("the fake org approves the sign-in after two polls, as if you had clicked the link");
  const args = [
    "web",
    "--org-domain",
    okta.url,
    "--oidc-client-id",
    CLIENT_ID,
    "--write-aws-credentials",
    "--aws-credentials",
    credentials,
    "--profile",
    "demo",
    "--aws-region",
    "ap-northeast-2",
  ];
  say(`okta-aws ${args.join(" ")}`);
  const binary = Deno.args.find((a) => a !== "--tls");
  const run = await new Deno.Command(binary ?? Deno.execPath(), {
    args: binary
      ? args
      : ["run", "--allow-all", new URL("../main.ts", import.meta.url).pathname, ...args],
    env: { AWS_ENDPOINT_URL_STS: sts.url },
    stdout: "inherit",
    stderr: "inherit",
  }).output();
  if (!run.success) Deno.exit(run.code);
  if (tls) {
    // The demo's own STS client would need the test CA too: the file proves the sign-in.
    const issued = sts.issued[0]?.accessKeyId;
    if (!issued || !(await Deno.readTextFile(credentials)).includes(issued)) {
      throw new Error("the credentials file does not hold what STS issued");
    }
    say("signed in over HTTPS, trusting the test CA from the OS trust store");
  } else {
    say(`${credentials} now holds:`);
    console.log(
      (await Deno.readTextFile(credentials)).replace(
        /(aws_secret_access_key|aws_session_token) = (.{8}).*/g,
        "$1 = $2...",
      ),
    );
    say("and the identity these credentials grant (STS GetCallerIdentity):");
    const { STSClient, GetCallerIdentityCommand } = await import("@aws-sdk/client-sts");
    const section = (await Deno.readTextFile(credentials)).split("\n");
    const value = (key: string) => section.find((l) => l.startsWith(key))!.split(" = ")[1]!;
    const client = new STSClient({
      region: "ap-northeast-2",
      endpoint: sts.url,
      credentials: {
        accessKeyId: value("aws_access_key_id"),
        secretAccessKey: value("aws_secret_access_key"),
        sessionToken: value("aws_session_token"),
      },
    });
    const identity = await client.send(new GetCallerIdentityCommand({}));
    console.log(JSON.stringify({ Account: identity.Account, Arn: identity.Arn }, null, 2));
  }
} finally {
  await okta.close();
  await sts.close();
  await Deno.remove(dir, { recursive: true });
}
