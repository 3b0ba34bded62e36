// `deno task bench`'s --all-profiles case: 2 Federation apps of 100 roles each (20 accounts),
// STS and IAM 100 ms away, the Okta session cached; prints the median of the timed runs.
import { startFakeOkta } from "../tests/fakes/okta.ts";
import { startFakeSts } from "../tests/fakes/sts.ts";
import { samlResponse } from "../tests/fakes/saml.ts";

/** 100 roles over 10 accounts, the app's accounts numbered from `first`. */
function roles(first: number) {
  return Array.from({ length: 100 }, (_, i) => {
    const account = String(first + Math.floor(i / 10)).padStart(12, "0");
    return {
      provider: `arn:aws:iam::${account}:saml-provider/okta`,
      role: `arn:aws:iam::${account}:role/Role${i % 10}`,
    };
  });
}

export async function benchAllProfiles(
  root: string,
  env: Record<string, string>,
  runs: number,
  maxInFlight?: number,
): Promise<{ ms: number; stsCalls: number; throttled: number }> {
  const okta = await startFakeOkta({
    clientId: "0oaall",
    interval: 1,
    apps: [{ id: "0oaapp1", label: "AWS 1" }, { id: "0oaapp2", label: "AWS 2" }],
    assertions: {
      "0oaapp1": samlResponse({ roles: roles(100000000000) }),
      "0oaapp2": samlResponse({ roles: roles(200000000000) }),
    },
  });
  const sts = await startFakeSts({ latencyMs: 100, maxInFlight });
  const home = await Deno.makeTempDir({ prefix: "okta-aws-bench-all-" });
  const args = [
    "run",
    "--allow-all",
    "--quiet",
    `${root}main.ts`,
    "web",
    "--org-domain",
    okta.url,
    "--oidc-client-id",
    "0oaall",
    "--all-profiles",
    "--format",
    "noop",
    "--cache-access-token",
  ];
  const run = async () => {
    const start = performance.now();
    const out = await new Deno.Command(Deno.execPath(), {
      args,
      env: {
        ...env,
        HOME: home,
        AWS_ENDPOINT_URL_STS: sts.url,
        AWS_ENDPOINT_URL_IAM: sts.url,
        OKTA_AWSCLI_OPEN_BROWSER: "false",
      },
      stdout: "null",
      stderr: "piped",
    }).output();
    if (!out.success) throw new Error(new TextDecoder().decode(out.stderr));
    return performance.now() - start;
  };
  try {
    await run(); // signs in (and keeps the session)
    const before = sts.calls.length;
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push(await run());
    times.sort((a, b) => a - b);
    return {
      ms: times[Math.floor(times.length / 2)]!,
      stsCalls: Math.round((sts.calls.length - before) / runs),
      throttled: sts.throttled(),
    };
  } finally {
    await okta.close();
    await sts.close();
    await Deno.remove(home, { recursive: true });
  }
}
