// `deno task bench`: start-up costs measured in one run, interleaved, as ratios of medians.
// 1. okta-aws --help, --version and a usage error against `deno run` of an empty file (the
//    AWS SDK and npm packages must not load on these paths);
// 2. a warm `process-credentials` call (credentials cached) against `deno run` of an empty
//    file, and against `aws configure export-credentials` of a static profile holding the
//    same credentials (the AWS CLI's own warm path);
// 3. `okta-aws sso`: a warm process-credentials call (the AWS config file joins the key), and an
//    env-var call that reads the cached token and calls the portal (client-sso loaded);
// 4. what loading the OS trust store adds to a cold run that calls services: that env-var call,
//    and a web sign-in from a cached Okta session (token exchange, SAML, STS), each again with
//    DENO_TLS_CA_STORE=mozilla, which leaves the OS store out (node:tls not loaded).
import { startFakeOkta } from "../tests/fakes/okta.ts";
import { startFakeIdentityCenter } from "../tests/fakes/identity_center.ts";
import { startFakeSts } from "../tests/fakes/sts.ts";
import { samlResponse } from "../tests/fakes/saml.ts";
import { benchAllProfiles } from "./bench_all_profiles.ts";

const root = new URL("..", import.meta.url).pathname;
const RUNS = Number(Deno.env.get("BENCH_RUNS") ?? 21);
const AWS = "/usr/bin/aws";
const work = await Deno.makeTempDir({ prefix: "okta-aws-bench-" });
const empty = `${work}/empty.ts`;
await Deno.writeTextFile(empty, "");

const okta = await startFakeOkta({
  clientId: "0oabench",
  interval: 1,
  apps: [{ id: "0oabenchapp", label: "AWS" }],
  assertions: {
    "0oabenchapp": samlResponse({
      roles: [{
        provider: "arn:aws:iam::123456789012:saml-provider/okta",
        role: "arn:aws:iam::123456789012:role/Developer",
      }],
    }),
  },
});
const sts = await startFakeSts();
const ic = await startFakeIdentityCenter({
  accounts: [{
    accountId: "111111111111",
    accountName: "Dev",
    emailAddress: "d@x",
    roles: ["Dev"],
  }],
});
const env = {
  HOME: work,
  AWS_ENDPOINT_URL_STS: sts.url,
  AWS_ENDPOINT_URL_SSO: ic.url,
  AWS_ENDPOINT_URL_SSO_OIDC: ic.url,
  OKTA_AWSCLI_OPEN_BROWSER: "false",
  AWS_SHARED_CREDENTIALS_FILE: `${work}/credentials`,
  AWS_CONFIG_FILE: `${work}/config`,
  DENO_DIR: JSON.parse(
    new TextDecoder().decode(
      (await new Deno.Command(Deno.execPath(), { args: ["info", "--json"], stdout: "piped" })
        .output())
        .stdout,
    ),
  ).denoDir,
};
const okta_aws = ["run", "--allow-all", "--quiet", `${root}main.ts`];
const warmArgs = [
  ...okta_aws,
  "web",
  "--org-domain",
  okta.url,
  "--oidc-client-id",
  "0oabench",
  "--aws-iam-role",
  "arn:aws:iam::123456789012:role/Developer",
  "--format",
  "process-credentials",
];

async function run(
  program: string,
  args: string[],
  extra: Record<string, string> = {},
): Promise<{ ms: number; stdout: string }> {
  const start = performance.now();
  const out = await new Deno.Command(program, {
    args,
    env: { ...env, ...extra },
    stdout: "piped",
    stderr: "null",
  }).output();
  const ms = performance.now() - start;
  if (!out.success) throw new Error(`${program} ${args.join(" ")} failed`);
  return { ms, stdout: new TextDecoder().decode(out.stdout) };
}

try {
  // Prime the cache, and give the AWS CLI a static profile with the same credentials.
  const primed = JSON.parse((await run(Deno.execPath(), warmArgs)).stdout);
  await Deno.writeTextFile(
    env.AWS_SHARED_CREDENTIALS_FILE,
    `[static]\naws_access_key_id = ${primed.AccessKeyId}\naws_secret_access_key = ${primed.SecretAccessKey}\naws_session_token = ${primed.SessionToken}\n`,
  );
  await Deno.writeTextFile(env.AWS_CONFIG_FILE, "[profile static]\nregion = us-east-1\n");
  // An Identity Center profile, signed in (device code, approved by the fake) and primed.
  await run(Deno.execPath(), [
    ...okta_aws,
    ...[
      "sso",
      "configure",
      "--sso-session",
      "bench",
      "--sso-start-url",
      "https://d-1.awsapps.com/start",
    ],
    ...["--sso-region", "us-east-1", "--account-id", "111111111111", "--role-name", "Dev"],
    ...["--region", "us-east-1", "--output", "json", "--profile", "sso"],
  ]);
  const ssoWarm = [...okta_aws, "sso", "--profile", "sso", "--format", "process-credentials"];
  await run(Deno.execPath(), ssoWarm);

  const ssoCold = [...okta_aws, "sso", "--profile", "sso", "--shell", "bash"];
  // A web run from the cached Okta session: every call but the device flow, nothing cached.
  const webCold = [...warmArgs.slice(0, -2), "--cache-access-token", "--shell", "bash"];
  await run(Deno.execPath(), webCold);
  const cases: Record<string, [string, string[], Record<string, string>?]> = {
    "deno run empty.ts": [Deno.execPath(), ["run", "--allow-all", "--quiet", empty]],
    "okta-aws --help": [Deno.execPath(), [...okta_aws, "--help"]],
    "okta-aws --version": [Deno.execPath(), [...okta_aws, "--version"]],
    "okta-aws --bogus (usage error)": [Deno.execPath(), [...okta_aws, "--bogus"]],
    "okta-aws process-credentials (warm)": [Deno.execPath(), warmArgs],
    "okta-aws sso process-credentials (warm)": [Deno.execPath(), ssoWarm],
    // Drawn on every shell prompt: the cached web credentials of the default profile.
    "okta-aws prompt": [Deno.execPath(), [...okta_aws, "prompt"]],
    // exec from the cache, then with --server (the cold path: parse, settings, the server).
    "okta-aws web -- true (warm)": [Deno.execPath(), [...warmArgs.slice(0, -2), "--", "true"]],
    "okta-aws web --server -- true (cached)": [
      Deno.execPath(),
      [...warmArgs.slice(0, -2), "--server", "--", "true"],
    ],
    "okta-aws sso env-var (token cached, 1 call)": [Deno.execPath(), ssoCold],
    "  sso, OS store left out (DENO_TLS_CA_STORE)": [
      Deno.execPath(),
      ssoCold,
      { DENO_TLS_CA_STORE: "mozilla" },
    ],
    "okta-aws web env-var (Okta session cached)": [Deno.execPath(), webCold],
    "  web, OS store left out (DENO_TLS_CA_STORE)": [
      Deno.execPath(),
      webCold,
      { DENO_TLS_CA_STORE: "mozilla" },
    ],
  };
  let hasAws = false;
  try {
    hasAws = (await Deno.stat(AWS)).isFile;
  } catch {
    // Without the AWS CLI, that comparison is left out.
  }
  if (hasAws) {
    cases["aws configure export-credentials (static)"] = [
      AWS,
      ["configure", "export-credentials", "--profile", "static", "--format", "process"],
    ];
  }
  const samples: Record<string, number[]> = Object.fromEntries(
    Object.keys(cases).map((k) => [k, []]),
  );
  for (const [program, args, extra] of Object.values(cases)) {
    await run(program, args, extra).catch(() => ({ ms: 0, stdout: "" }));
  }
  for (let i = 0; i < RUNS; i++) {
    for (const [name, [program, args, extra]] of Object.entries(cases)) {
      try {
        samples[name]!.push((await run(program, args, extra)).ms);
      } catch {
        // --bogus exits 2 by design.
        const start = performance.now();
        await new Deno.Command(program, { args, env, stdout: "null", stderr: "null" }).output();
        samples[name]!.push(performance.now() - start);
      }
    }
  }
  const requestsAfterPriming = okta.requests.length;
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const base = median(samples["deno run empty.ts"]!);
  console.log(`${RUNS} runs each, interleaved; median wall time; ratio to deno run empty.ts`);
  for (const [name, xs] of Object.entries(samples)) {
    const m = median(xs);
    console.log(`${name.padEnd(44)} ${m.toFixed(1).padStart(7)} ms  ${(m / base).toFixed(2)}x`);
  }
  if (hasAws) {
    const ratio = median(samples["okta-aws process-credentials (warm)"]!) /
      median(samples["aws configure export-credentials (static)"]!);
    console.log(
      `warm process-credentials / aws configure export-credentials: ${ratio.toFixed(2)}x`,
    );
  }
  const pairs: [string, string][] = [
    [
      "okta-aws sso env-var (token cached, 1 call)",
      "  sso, OS store left out (DENO_TLS_CA_STORE)",
    ],
    [
      "okta-aws web env-var (Okta session cached)",
      "  web, OS store left out (DENO_TLS_CA_STORE)",
    ],
  ];
  for (const [cold, without] of pairs) {
    const a = median(samples[cold]!);
    const b = median(samples[without]!);
    console.log(
      `loading the OS trust store adds ${(a - b).toFixed(1)} ms to ${cold.split(" (")[0]} (${
        (a / b).toFixed(2)
      }x)`,
    );
  }
  console.log(`Okta requests during the warm runs: ${okta.requests.length - requestsAfterPriming}`);
  // --all-profiles: 2 apps x 100 roles, STS and IAM 100 ms away (issue 24: 5.6 s at 8 at once).
  const all = await benchAllProfiles(root, env, 3);
  console.log(
    `okta-aws web --all-profiles, 2 apps x 100 roles, STS 100 ms away: ${
      (all.ms / 1000).toFixed(2)
    } s (${all.stsCalls} STS/IAM calls)`,
  );
  const paced = await benchAllProfiles(root, env, 3, 16);
  console.log(
    `  the same when STS throttles past 16 calls at once: ${
      (paced.ms / 1000).toFixed(2)
    } s (${paced.throttled} calls answered Throttling, every role served)`,
  );
} finally {
  await okta.close();
  await sts.close();
  await ic.close();
  await Deno.remove(work, { recursive: true });
}
