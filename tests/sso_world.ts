// A fake IAM Identity Center with three accounts, a home directory, and the environment that
// points okta-aws (and the AWS JS SDK) at it: the Identity Center half of helpers.ts's world.
import {
  type FakeIdentityCenter,
  type FakeIdentityCenterScript,
  startFakeIdentityCenter,
} from "./fakes/identity_center.ts";
import { cacheDir, machineNetworkEnv, runCli, type RunResult } from "./helpers.ts";
import type { TokenCacheFile } from "../src/aws/sso_cache.ts";

export const START_URL = "https://d-9999999999.awsapps.com/start";
export const SSO_REGION = "ap-northeast-2";

export const ACCOUNTS = [
  {
    accountId: "111111111111",
    accountName: "Dev",
    emailAddress: "dev@example.com",
    roles: ["ReadOnly", "Admin"],
  },
  {
    accountId: "222222222222",
    accountName: "Prod",
    emailAddress: "prod@example.com",
    roles: ["ReadOnly"],
  },
  {
    accountId: "333333333333",
    accountName: "Data Lake",
    emailAddress: "data@example.com",
    roles: ["Analyst"],
  },
];

/** The flags that answer every question of `sso configure` for profile "dev". */
export const CONFIGURE_DEV = [
  "sso",
  "configure",
  "--sso-session",
  "okta",
  "--sso-start-url",
  START_URL,
  "--sso-region",
  SSO_REGION,
  "--account-id",
  "111111111111",
  "--role-name",
  "ReadOnly",
  "--region",
  "ap-northeast-2",
  "--output",
  "json",
  "--profile",
  "dev",
];

export interface SsoWorld {
  ic: FakeIdentityCenter;
  home: string;
  env: Record<string, string>;
  /** `okta-aws <args>` in this world (extra variables on top). */
  run(args: string[], env?: Record<string, string>): Promise<RunResult>;
  /** The token cache files of ~/.aws/sso/cache, parsed, by file name. */
  tokenFiles(): Record<string, TokenCacheFile>;
  close(): Promise<void>;
  /** `await using`: close() when the scope ends. */
  [Symbol.asyncDispose](): Promise<void>;
}

export async function ssoWorld(
  script: Partial<FakeIdentityCenterScript> = {},
): Promise<SsoWorld> {
  const ic = await startFakeIdentityCenter({ accounts: ACCOUNTS, ...script });
  const home = await Deno.makeTempDir({ prefix: "okta-aws-sso-" });
  const env = { AWS_ENDPOINT_URL_SSO: ic.url, AWS_ENDPOINT_URL_SSO_OIDC: ic.url };
  return {
    ic,
    home,
    env,
    run: (args, extra = {}) => runCli(args, { home, env: { ...env, ...extra } }),
    tokenFiles() {
      const dir = `${home}/.aws/sso/cache`;
      const out: Record<string, TokenCacheFile> = {};
      for (const e of Deno.readDirSync(dir)) {
        out[e.name] = JSON.parse(Deno.readTextFileSync(`${dir}/${e.name}`));
      }
      return out;
    },
    [Symbol.asyncDispose](this: SsoWorld) {
      return this.close();
    },
    async close() {
      await ic.close();
      await Deno.remove(home, { recursive: true });
    },
  };
}

/** The environment a child process needs to find Deno's cache, for scripts run beside main.ts. */
export async function denoEnv(): Promise<Record<string, string>> {
  return {
    ...machineNetworkEnv(),
    DENO_DIR: await cacheDir(),
    PATH: Deno.env.get("PATH") ?? "/usr/bin:/bin",
  };
}
