// `okta-aws sso remove`: a profile's section (--profile), or an sso-session's section and the
// profiles that use it (--sso-session), out of the config file; every other byte stays.
import type { Deps } from "../../../deps.ts";
import { phrase, t } from "../../../i18n/messages.ts";
import { FlowError, UsageError } from "../../../errors.ts";
import { progress } from "../../../ui/progress.ts";
import { profileSection, readSsoConfig, sessionSection } from "../../../aws/sso_config.ts";
import { sectionNames } from "../../../aws/shared_ini.ts";
import type { CommandRequest } from "../../command.ts";
import { loadSettings } from "../../settings.ts";
import { SSO_REMOVE } from "./spec.ts";
import { oneTarget } from "./_options.ts";
import { editConfig } from "./_config_file.ts";

export async function run(request: CommandRequest, deps: Deps): Promise<number> {
  const loaded = await loadSettings(SSO_REMOVE, request.flags, deps);
  const { values, lang } = loaded;
  request.setLang(lang);
  oneTarget(loaded, "okta-aws sso remove");
  const log = progress(deps.stderr, deps.stderrIsTerminal).log;
  const profile = values.profile;
  const session = values.ssoSession;
  if (profile === undefined && session === undefined) {
    throw new UsageError("usage_conflict", { reason: phrase("reason_remove_what") });
  }
  const config = await readSsoConfig(deps.env);
  const wanted = profile !== undefined ? [profileSection(profile)] : [
    sessionSection(session!),
    ...Object.entries(config.profiles).filter(([, p]) => p.sso_session === session)
      .map(([name]) => profileSection(name)),
  ];
  // No config file: nothing to remove, and no empty file created.
  const removed = config.bytes === undefined ? [] : (await editConfig(
    config.path,
    (text) => {
      const present = new Set(sectionNames(text));
      return wanted.filter((s) => present.has(s)).map((section) => ({ section, remove: true }));
    },
    log,
    lang,
    config.bytes,
  )).map((edit) => edit.section);
  if (removed.length === 0) {
    throw new FlowError("sso_nothing_removed", { path: config.path, what: `[${wanted[0]}]` });
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
