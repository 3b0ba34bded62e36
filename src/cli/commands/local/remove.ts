// `okta-aws remove --profile NAME`: the profile's section out of whichever AWS file holds it
// (the credentials file `web -z` writes, or the config file), and its cached credentials.
import type { Deps } from "../../../deps.ts";
import { phrase, t } from "../../../i18n/messages.ts";
import { UsageError } from "../../../errors.ts";
import { progress } from "../../../ui/progress.ts";
import type { CommandRequest } from "../../command.ts";
import { loadSettings } from "../../settings.ts";
import { checkProfile } from "../../checks.ts";
import { removeProfile } from "../../profile_removal.ts";
import { REMOVE } from "./spec.ts";

/** Says what a removal removed, one line per file and one for the cached credentials. */
export function reportRemoval(
  removal: Awaited<ReturnType<typeof removeProfile>>,
  profile: string,
  log: (line: string) => void,
  lang: "en" | "ko",
): void {
  for (const { path, section } of removal.files) {
    log(t("profile_removed", { path, section }, lang));
  }
  if (removal.cached > 0) {
    log(t("profile_cache_removed", { count: removal.cached, profile }, lang));
  }
}

export async function run(request: CommandRequest, deps: Deps): Promise<number> {
  const { values, lang } = await loadSettings(REMOVE, request.flags, deps);
  request.setLang(lang);
  if (values.profile === undefined) {
    throw new UsageError("usage_missing_flag", { what: phrase("what_profile"), flag: "--profile" });
  }
  const profile = checkProfile(values.profile);
  const log = progress(deps.stderr, deps.stderrIsTerminal).log;
  reportRemoval(await removeProfile(profile, deps, log, lang), profile, log, lang);
  return 0;
}
