// `okta-aws sso remove`: a profile (--profile: as `okta-aws remove`, from whichever AWS file
// holds it), or an sso-session's section and the profiles that use it (--sso-session), out of
// the config file, every other byte kept; removing a session signs it out (its token file, its
// role credentials).
import type { Deps } from "../../../deps.ts";
import { phrase, t } from "../../../i18n/messages.ts";
import { FlowError, UsageError } from "../../../errors.ts";
import {
  profileSection,
  readSsoConfig,
  sessionSection,
  type SsoConfigFile,
} from "../../../aws/sso_config.ts";
import { sectionNames } from "../../../aws/shared_ini.ts";
import type { CommandRequest } from "../../command.ts";
import { serviceRun } from "../../network.ts";
import { checkProfile } from "../../checks.ts";
import { removeProfile } from "../../profile_removal.ts";
import { editAwsFile } from "../../aws_file.ts";
import { reportRemoval } from "../local/remove.ts";
import { oneTarget, ssoDeps } from "./_options.ts";
import { sessionRoleFiles, sessionToken, signOut } from "./_sign_out.ts";
import { SSO_REMOVE } from "./spec.ts";

/** The role-credential entries of a session's profiles, while the config still names them. */
function roleFilesOf(config: SsoConfigFile, name: string, env: Readonly<Record<string, string>>) {
  const s = config.sessions[name];
  if (!s?.sso_start_url || !s.sso_region) return Promise.resolve([]);
  return sessionRoleFiles(env, config, {
    name,
    startUrl: s.sso_start_url,
    region: s.sso_region,
    scopes: [],
  });
}

export async function run(request: CommandRequest, world: Deps): Promise<number> {
  const run = await serviceRun(SSO_REMOVE, request, world);
  const { values, lang, live, deps } = run;
  oneTarget(run, "okta-aws sso remove");
  const log = live.log;
  const profile = values.profile;
  const session = values.ssoSession;
  if (profile !== undefined) {
    const name = checkProfile(profile);
    reportRemoval(await removeProfile(name, deps, log, lang), name, log, lang);
    return 0;
  }
  if (session === undefined) {
    throw new UsageError("usage_conflict", { reason: phrase("reason_remove_what") });
  }
  const config = await readSsoConfig(deps.env);
  const wanted = [
    sessionSection(session),
    ...Object.entries(config.profiles).filter(([, p]) => p.sso_session === session)
      .map(([name]) => profileSection(name)),
  ];
  const roleFiles = await roleFilesOf(config, session, deps.env);
  // No config file: nothing to remove, and no empty file created.
  const removed = config.bytes === undefined ? [] : (await editAwsFile(
    config.path,
    (text) => {
      const present = new Set(sectionNames(text));
      return wanted.filter((s) => present.has(s)).map((section) => ({ section, remove: true }));
    },
    { log, lang, deps },
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
  // A removed session is signed out: no token of it stays behind for nothing to use.
  const sso = ssoDeps(deps, values, lang, log);
  const tokens = await sessionToken(sso, session);
  if (tokens.length > 0) {
    const done = await signOut(tokens, roleFiles, sso, deps, log, lang);
    log(t("sso_logged_out", done, lang));
  }
  return 0;
}
