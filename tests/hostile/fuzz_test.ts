// A bounded fuzz run (fixed seed, about 760 cases) over everything okta-aws parses from a
// server or a file: the SAML page, the assertion, Okta's JSON answers (through a real run
// against the hostile front), .env, okta.yaml and the INI files. Each case must end in a
// value or okta-aws's own error (FlowError, UsageError, IniSyntaxError): no crash, no hang, no
// "Unexpected failure". A failing case prints its seed and index, to replay it.
import assert from "node:assert/strict";
import { APP_ID, PROVIDER, ROLE_ADMIN, ROLE_DEV } from "../helpers.ts";
import { samlPage, samlResponseXml } from "../fakes/saml.ts";
import { isPrintable } from "../../src/text/printable.ts";
import { GRANTS, hostileWorld, runHostile } from "./server.ts";
import { extractSamlResponse } from "../../src/okta/saml.ts";
import { parseSamlAssertion } from "../../src/aws/saml_roles.ts";
import { parseDotenv } from "../../src/config/dotenv.ts";
import { parseOktaYaml } from "../../src/config/okta_yaml.ts";
import { IniSyntaxError, updateSection } from "../../src/aws/shared_ini.ts";
import { FlowError, UsageError } from "../../src/errors.ts";
import { resolveSettings } from "../../src/cli/settings.ts";
import { flagsOf, oktaYamlKeys, WEB } from "../../src/cli/tree.ts";

const SEED = 20261126;

/** mulberry32: a small seeded PRNG, so that every run tries the same cases. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: <T>(xs: readonly T[]) => xs[int(xs.length)]! };
}

const TOKENS = [
  "\u0000",
  "\u001b]0;x\u0007",
  "\r\n",
  "\n",
  '"',
  "'",
  "<",
  ">",
  "&",
  "&#x0;",
  "<!DOCTYPE x [<!ENTITY a 'b'>]>",
  "]]>",
  "[",
  "]",
  "=",
  ":",
  "#",
  ";",
  "{",
  "}",
  "\\",
  "\ufeff",
  "\u202e",
  "\ud800",
  "%",
  "*&a",
  "&a [*a,*a,*a]",
  " ".repeat(5000),
  "9".repeat(400),
  "-1",
  "1e308",
  "null",
  "true",
  ",",
];

type Rng = ReturnType<typeof rng>;

/** A few random edits of `text`: insertions, deletions, duplications, truncation. */
function mutate(text: string, r: Rng): string {
  let out = text;
  const edits = 1 + r.int(4);
  for (let i = 0; i < edits; i++) {
    const at = r.int(out.length + 1);
    switch (r.int(5)) {
      case 0:
        out = out.slice(0, at) + r.pick(TOKENS) + out.slice(at);
        break;
      case 1:
        out = out.slice(0, at) + out.slice(at + 1 + r.int(20));
        break;
      case 2: {
        const piece = out.slice(at, at + 1 + r.int(200));
        out = out.slice(0, at) + piece.repeat(1 + r.int(20)) + out.slice(at);
        break;
      }
      case 3:
        out = out.slice(0, at);
        break;
      default:
        out = out.slice(0, at) + String.fromCharCode(r.int(0x3000)) + out.slice(at + 1);
    }
  }
  return out;
}

/** Runs `n` cases; each must return or throw one of okta-aws's own errors. */
async function fuzz(
  name: string,
  n: number,
  seed: number,
  one: (r: Rng, i: number) => unknown,
): Promise<void> {
  const r = rng(seed);
  for (let i = 0; i < n; i++) {
    try {
      await one(r, i);
    } catch (err) {
      const ours = err instanceof FlowError || err instanceof UsageError ||
        err instanceof IniSyntaxError;
      assert.ok(
        ours,
        `${name} case ${i} (seed ${seed}): ${err instanceof Error ? err.stack : err}`,
      );
    }
  }
}

const ROLES = [{ provider: PROVIDER, role: ROLE_DEV }, { provider: PROVIDER, role: ROLE_ADMIN }];

Deno.test("fuzz: 120 mutated SAML form pages end in the assertion or a named error", async () => {
  const page = samlPage(btoa(samlResponseXml({ roles: ROLES })));
  await fuzz("saml page", 120, SEED, (r) => extractSamlResponse(mutate(page, r)));
});

Deno.test("fuzz: 120 mutated SAML assertions end in roles or a named error", async () => {
  const xml = samlResponseXml({ roles: ROLES, sessionDuration: 3600 });
  await fuzz("assertion", 120, SEED + 1, (r) => {
    const text = mutate(xml, r);
    const b64 = (t: string) =>
      btoa(Array.from(new TextEncoder().encode(t), (b) => String.fromCharCode(b)).join(""));
    // One case in ten mutates the base64 itself.
    const base64 = r.int(10) === 0 ? mutate(b64(text), r) : b64(text);
    return parseSamlAssertion(base64);
  });
});

Deno.test("fuzz: 120 mutated .env files parse, and resolve to settings or a usage error", async () => {
  const env = [
    "OKTA_AWSCLI_ORG_DOMAIN=acme.okta.com",
    "export OKTA_AWSCLI_OIDC_CLIENT_ID='0oa1' # the client",
    'OKTA_AWSCLI_AWS_REGION="ap-northeast-2"',
    "OKTA_AWSCLI_OPEN_BROWSER=true",
    "OKTA_AWSCLI_SESSION_DURATION=3600",
  ].join("\n");
  await fuzz(".env", 120, SEED + 2, (r) => {
    const dotenv = parseDotenv(mutate(env, r));
    return resolveSettings(flagsOf(WEB), { flags: {}, env: {}, dotenv, profile: {} });
  });
});

Deno.test("fuzz: 120 mutated okta.yaml files end in profiles or a yaml error", async () => {
  const yaml = `awscli:
  idps:
    "arn:aws:iam::123456789012:saml-provider/okta": "Prod"
  roles:
    "arn:aws:iam::.*:role/Admin": "Admin"
  profiles:
    dev:
      org-domain: acme.okta.com
      aws-iam-role: Admin
      write-aws-credentials: true
`;
  const keys = oktaYamlKeys();
  await fuzz("okta.yaml", 120, SEED + 3, (r) => parseOktaYaml(mutate(yaml, r), "okta.yaml", keys));
});

Deno.test("fuzz: 120 mutated credentials files are updated or refused, never crash", async () => {
  const ini = [
    "\ufeff# managed by hand",
    "[default]",
    "aws_access_key_id = AKIA",
    "aws_secret_access_key=keep ; not a comment",
    "",
    "[profile x]",
    "s3 =",
    "  max_concurrent_requests = 20",
    "[dev]",
    "region: eu-west-1",
  ].join("\r\n");
  await fuzz(
    "ini",
    120,
    SEED + 4,
    (r) =>
      updateSection(mutate(ini, r), r.pick(["dev", "default", "new"]), {
        aws_access_key_id: "ASIAEXAMPLE",
        aws_session_token: null,
      }),
  );
});

Deno.test("fuzz: 100 runs against an Okta whose JSON answers are mutated end in a named error or success", async () => {
  const r = rng(SEED + 5);
  // Each answer is mutated in one run out of three, so that later steps are reached too.
  const scramble = (body: Record<string, unknown>) => {
    if (r.int(3) !== 0) return body;
    const text = mutate(JSON.stringify(body), r);
    try {
      return JSON.parse(text);
    } catch {
      return r.int(2) === 0 ? text : { ...body, [r.pick(Object.keys(body))]: r.pick(TOKENS) };
    }
  };
  await using hw = await hostileWorld({
    okta: [
      { path: "/oauth2/v1/device/authorize", misbehave: { json: scramble } },
      { path: "/oauth2/v1/token", grant: GRANTS.device, misbehave: { json: scramble } },
      { path: "/oauth2/v1/token", grant: GRANTS.exchange, misbehave: { json: scramble } },
    ],
  });
  for (let i = 0; i < 100; i++) {
    const run = await runHostile(hw, ["web", "-a", APP_ID, "-r", ROLE_DEV, "--format", "noop"]);
    assert.ok([0, 1].includes(run.code), `case ${i}: exit ${run.code}: ${run.stderr}`);
    assert.doesNotMatch(run.stderr, /Unexpected failure/, `case ${i}: ${run.stderr}`);
    assert.ok(run.stderr.split("\n").every(isPrintable), `case ${i}: raw control`);
  }
});

Deno.test("fuzz: 60 runs against an STS whose XML answers are mutated end in a named error or success", async () => {
  // env-var output: not cached, so that every run calls STS.
  const r = rng(SEED + 6);
  await using hw = await hostileWorld({
    sts: [{
      path: "/",
      action: "AssumeRoleWithSAML",
      misbehave: { text: (xml) => mutate(xml, r) },
    }],
  });
  for (let i = 0; i < 60; i++) {
    const run = await runHostile(hw, [
      "web",
      "-a",
      APP_ID,
      "-r",
      ROLE_DEV,
      "--format",
      "env-var",
    ]);
    assert.ok([0, 1].includes(run.code), `case ${i}: exit ${run.code}: ${run.stderr}`);
    assert.doesNotMatch(run.stderr, /Unexpected failure/, `case ${i}: ${run.stderr}`);
    if (run.code === 0) assert.match(run.stdout, /^export AWS_ACCESS_KEY_ID='ASIA/m, `case ${i}`);
    else assert.equal(run.stdout, "", `case ${i}: nothing on stdout after a failure`);
  }
});
