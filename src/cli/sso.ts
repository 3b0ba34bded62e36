// `okta-aws sso [--profile P]`: settings -> the profile's Identity Center provider -> the
// delivery pipeline (cache, lock, every output plugin, exec), like `okta-aws web`.
import type { Deps } from "../deps.ts";
import { readSsoConfig, resolveProfile } from "../aws/sso_config.ts";
import { ssoProvider } from "../flow/sso_credentials.ts";
import type { CommandRequest } from "./tree.ts";
import { booleanSetting, stringSetting } from "./settings.ts";
import { credentialRun, refreshWindow } from "./outputs.ts";
import { checkProfile, checkRegion } from "./web_options.ts";
import { deliver } from "./pipeline.ts";
import { withChain } from "./chain_options.ts";
import { loginCommand, profileName, ssoDeps } from "./sso_options.ts";

export async function run(request: CommandRequest, world: Deps): Promise<number> {
  const { settings, lang, live, outputs, deps } = await credentialRun(request, world);
  const name = checkProfile(profileName(settings));
  const outputRegion = checkRegion(stringSetting(settings, "aws-region"), "--aws-region");
  const refreshWindowSeconds = refreshWindow(settings);
  const sso = ssoDeps(deps, settings, lang, live.log);
  const profile = resolveProfile(await readSsoConfig(deps.env), name, true);
  const provider = ssoProvider({
    profile: { ...profile, accountId: profile.accountId!, roleName: profile.roleName! },
    outputRegion: outputRegion ??
      checkRegion(profile.region, `region in [profile ${name}]`),
    writeCliCache: booleanSetting(settings, "write-cli-cache"),
    login: loginCommand(name),
  }, sso);
  return await deliver(
    {
      provider: withChain(provider, settings, deps, live.log, lang, 3600),
      command: request.rest,
      outputs,
      refreshWindowSeconds,
      signInTo: profile.session.startUrl,
      trace: sso.trace,
    },
    deps,
    lang,
  );
}
