// `okta-aws sso [--profile P]`: the profile's Identity Center provider through the one
// credential-command skeleton (chain, cache, lock, every output plugin, exec), like `web`.
import type { Deps } from "../../../deps.ts";
import { readSsoConfig, resolveRoleProfile } from "../../../aws/sso_config.ts";
import { ssoProvider } from "../../../flow/sso/mod.ts";
import type { CommandRequest } from "../../command.ts";
import { checkProfile, checkRegion, refreshWindow } from "../../checks.ts";
import { runCredentialCommand } from "../../credential_command.ts";
import { sessionPolicies } from "../../policies.ts";
import { UsageError } from "../../../errors.ts";
import { phrase } from "../../../i18n/phrase.ts";
import { loginCommand, profileName, ssoDeps } from "./_options.ts";
import { SSO } from "./spec.ts";

/** Identity Center decides the role's session length; a --chain hop asks for an hour. */
const CHAIN_SECONDS = 3600;

export function run(request: CommandRequest, world: Deps): Promise<number> {
  return runCredentialCommand(SSO, request, world, async (run) => {
    const { values, lang, live, deps } = run;
    // Identity Center's GetRoleCredentials takes no session policy: a --chain hop (AssumeRole)
    // is where one narrows an Identity Center role.
    if (values.chain === undefined && sessionPolicies(values)) {
      throw new UsageError("usage_conflict", { reason: phrase("reason_sso_policies") });
    }
    if (values.writeCliCache && values.noAwsCliCache) {
      throw new UsageError("usage_conflict", { reason: phrase("reason_cli_cache_both") });
    }
    const name = checkProfile(profileName(values));
    const outputRegion = checkRegion(values.awsRegion, "--aws-region");
    const refreshWindowSeconds = refreshWindow(values.refreshWindow);
    const sso = ssoDeps(deps, values, lang, live.log);
    const profile = resolveRoleProfile(await readSsoConfig(deps.env), name);
    const provider = ssoProvider({
      profile,
      outputRegion: outputRegion ??
        checkRegion(profile.region, `region in [profile ${name}]`),
      writeCliCache: values.writeCliCache,
      login: loginCommand(name),
    }, sso);
    return {
      provider,
      askedSeconds: CHAIN_SECONDS,
      refreshWindowSeconds,
      signInTo: profile.session.startUrl,
    };
  });
}
