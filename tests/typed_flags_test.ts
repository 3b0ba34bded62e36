// A command's values are typed from its spec (a misspelt flag or a wrong type does not compile:
// `deno check` runs the @ts-expect-error lines below) and built by typedValues() from the
// resolved settings: booleans false unless set, strings undefined unless non-empty.
import assert from "node:assert/strict";
import { camelCase } from "../src/config/flag_spec.ts";
import { resolveSettings, typedValues, type Values } from "../src/cli/settings.ts";
import { flagsOf } from "../src/cli/tree.ts";
import { SSO_LOGIN } from "../src/cli/commands/sso/spec.ts";

Deno.test("typedValues(): camel-case names, booleans false unless set, sources of the set ones", () => {
  const settings = resolveSettings(flagsOf(SSO_LOGIN), {
    flags: { force: true, "sso-session": "okta" },
    env: { AWS_PROFILE: "dev" },
    dotenv: {},
    profile: {},
  });
  const { values, sources } = typedValues(SSO_LOGIN.flags, settings);
  assert.equal(values.force, true);
  assert.equal(values.useDeviceCode, false);
  assert.equal(values.ssoSession, "okta");
  assert.equal(values.profile, "dev");
  assert.deepEqual(sources, { force: "flag", ssoSession: "flag", profile: "env" });
  assert.equal(camelCase("aws-acct-fed-app-id"), "awsAcctFedAppId");
});

Deno.test("a misspelt flag or a value of the wrong type is a compile error, not a run-time surprise", () => {
  const check = (v: Values<typeof SSO_LOGIN.flags>) => {
    // @ts-expect-error: no flag --forc
    v.forc;
    // @ts-expect-error: --force is a boolean
    const text: string = v.force;
    const session: string | undefined = v.ssoSession;
    return [text, session];
  };
  assert.equal(typeof check, "function");
});
