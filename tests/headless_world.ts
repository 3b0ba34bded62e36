// The headless flows' world: a fake Okta org with custom and org authorization servers
// (client credentials, direct authentication), a fake STS trusting its issuers, a home, and
// signing keys of every form m2m reads.
import { generateKeyPairSync } from "node:crypto";
import {
  type FakeHeadlessOkta,
  type FakeHeadlessScript,
  startFakeHeadlessOkta,
} from "./fakes/okta_headless.ts";
import { type FakeSts, startFakeSts } from "./fakes/sts.ts";
import { runCli, type RunResult } from "./helpers.ts";

export const M2M_CLIENT = "0oam2mclient";
export const ROLE_CI = "arn:aws:iam::123456789012:role/CI";
export const USER = "jane@example.com";
export const PASSWORD = "correct horse battery staple 7!";

export type KeyForm = "rsa-pkcs1" | "rsa-pkcs8" | "ec256-sec1" | "ec384-pkcs8" | "ec521-sec1";

export interface TestKey {
  form: KeyForm;
  pem: string;
  publicKey: CryptoKey;
}

/** A fresh key pair in `form`, the private half as PEM, the public half for the fake. */
export async function testKey(form: KeyForm): Promise<TestKey> {
  const [type, shape] = form.split("-") as [string, "pkcs1" | "pkcs8" | "sec1"];
  const curve = { ec256: "P-256", ec384: "P-384", ec521: "P-521" }[type];
  const pair = curve
    ? generateKeyPairSync("ec", {
      namedCurve: curve,
      privateKeyEncoding: { type: shape as "sec1" | "pkcs8", format: "pem" },
      publicKeyEncoding: { type: "spki", format: "der" },
    })
    : generateKeyPairSync("rsa", {
      modulusLength: 2048,
      privateKeyEncoding: { type: shape as "pkcs1" | "pkcs8", format: "pem" },
      publicKeyEncoding: { type: "spki", format: "der" },
    });
  const publicKey = await crypto.subtle.importKey(
    "spki",
    new Uint8Array(pair.publicKey as unknown as ArrayBuffer),
    curve ? { name: "ECDSA", namedCurve: curve } : { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" },
    false,
    ["verify"],
  );
  return { form, pem: pair.privateKey, publicKey };
}

export interface HeadlessWorld {
  okta: FakeHeadlessOkta;
  sts: FakeSts;
  home: string;
  env: Record<string, string>;
  /** `okta-aws <args>` with the org, client and role in the environment (as CI keeps them). */
  run(args: string[], env?: Record<string, string>): Promise<RunResult>;
  /** Every secret of the run: the fake's, STS's, and the given ones (password, key). */
  secrets(extra?: string[]): string[];
  close(): Promise<void>;
  /** `await using`: close() when the scope ends. */
  [Symbol.asyncDispose](): Promise<void>;
}

export async function headlessWorld(
  script: Partial<FakeHeadlessScript> = {},
): Promise<HeadlessWorld> {
  const okta = await startFakeHeadlessOkta({
    clientId: M2M_CLIENT,
    users: { [USER]: PASSWORD },
    mfa: "number",
    ...script,
  });
  const sts = await startFakeSts({
    oidcIssuers: [`${okta.url}/oauth2/default`, okta.url],
  });
  const home = await Deno.makeTempDir({ prefix: "okta-aws-headless-" });
  const env = {
    OKTA_AWSCLI_ORG_DOMAIN: okta.url,
    OKTA_AWSCLI_OIDC_CLIENT_ID: M2M_CLIENT,
    OKTA_AWSCLI_IAM_ROLE: ROLE_CI,
    AWS_ENDPOINT_URL_STS: sts.url,
  };
  return {
    okta,
    sts,
    home,
    env,
    run: (args, extra = {}) => runCli(args, { home, env: { ...env, ...extra } }),
    secrets: (extra = []) =>
      [
        ...okta.secrets,
        ...sts.issued.flatMap((c) => [c.secretAccessKey, c.sessionToken]),
        ...extra,
      ].filter((s) => s.length > 8),
    [Symbol.asyncDispose](this: HeadlessWorld) {
      return this.close();
    },
    async close() {
      await okta.close();
      await sts.close();
      await Deno.remove(home, { recursive: true });
    },
  };
}
