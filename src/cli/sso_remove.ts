// `okta-aws sso remove`: a profile's section (--profile), or an sso-session's section and the
// profiles that use it (--sso-session), out of the config file; every other byte stays.
import type { Deps } from "../deps.ts";
import { phrase, t } from "../i18n/messages.ts";
import { UsageError } from "../errors.ts";
import { progress } from "../ui/progress.ts";
import { profileSection, readSsoConfig, sessionSection } from "../aws/sso_config.ts";
import { binaryToBytes, bytesToBinary, iniFileError, sectionNames } from "../aws/shared_ini.ts";
import { updateFile } from "../fs/atomic_write.ts";
import { readOptionalText } from "../fs/read.ts";
import type { CommandRequest } from "./tree.ts";
import { loadSettings, stringSetting } from "./settings.ts";
import { oneTarget } from "./sso_options.ts";
import { applyEdits } from "./sso_configure.ts";

export async function run(request: CommandRequest, deps: Deps): Promise<number> {
  const { settings, lang } = await loadSettings(request.command, request.flags, deps);
  request.setLang(lang);
  oneTarget(settings, "okta-aws sso remove");
  const log = progress(deps.stderr, deps.stderrIsTerminal).log;
  const profile = stringSetting(settings, "profile");
  const session = stringSetting(settings, "sso-session");
  if (profile === undefined && session === undefined) {
    throw new UsageError("usage_conflict", { reason: phrase("reason_remove_what") });
  }
  const config = await readSsoConfig(deps.env);
  const wanted = profile !== undefined ? [profileSection(profile)] : [
    sessionSection(session!),
    ...Object.entries(config.profiles).filter(([, p]) => p.sso_session === session)
      .map(([name]) => profileSection(name)),
  ];
  let removed: string[] = [];
  // No config file: nothing to remove, and no empty file created.
  if (readOptionalText(config.path) !== undefined) {
    await updateFile(config.path, (current) => {
      try {
        const text = bytesToBinary(current);
        const present = new Set(sectionNames(text));
        removed = wanted.filter((s) => present.has(s));
        const edits = removed.map((section) => ({ section, remove: true as const }));
        return binaryToBytes(applyEdits(text, edits));
      } catch (err) {
        throw iniFileError(err, config.path);
      }
    });
  }
  if (removed.length === 0) {
    log(t("sso_nothing_removed", { path: config.path, what: `[${wanted[0]}]` }, lang));
    return 1;
  }
  log(
    t(
      "sso_removed",
      { path: config.path, sections: removed.map((s) => `[${s}]`).join(", ") },
      lang,
    ),
  );
  return 0;
}
