// `okta-aws sso configure`: the wizard (src/flow/sso_configure.ts) with the terminal's prompts
// or none, its sign-in through `sso login`'s flow, and its edits applied to the config file in
// one locked, atomic write through the lossless INI editor.
import type { Deps } from "../deps.ts";
import { type Phrase, phrase, render, t } from "../i18n/messages.ts";
import { UsageError } from "../errors.ts";
import { hostReason } from "../config/host.ts";
import { noTerminalPicker, terminalPicker } from "../ui/picker.ts";
import { noTerminalAsk, terminalAsk } from "../ui/ask.ts";
import { readSsoConfig } from "../aws/sso_config.ts";
import { checkSectionName, IniSyntaxError } from "../aws/shared_ini.ts";
import { editConfig } from "./sso_config_file.ts";
import { ssoConfigure, unknownSsoPlaceholders } from "../flow/sso_configure.ts";
import { ssoLogin } from "../flow/sso_login.ts";
import type { CommandRequest } from "./tree.ts";
import { booleanSetting, type Settings, stringSetting } from "./settings.ts";
import { serviceRun } from "./network.ts";
import { loginOptions, ssoDeps } from "./sso_options.ts";
import { checkRegion } from "./web_options.ts";

const DEFAULT_TEMPLATE = "{account_name}-{role_name}";

/** A profile or session name both the AWS CLI and the JS SDK can read (no spaces). */
function nameReason(name: string): Phrase | undefined {
  if (/\s/.test(name)) return phrase("reason_name_spaces");
  try {
    checkSectionName(name);
  } catch (err) {
    if (err instanceof IniSyntaxError) return err.reason;
    throw err;
  }
  return undefined;
}

function regionReason(region: string): Phrase | undefined {
  try {
    checkRegion(region, "region");
    return undefined;
  } catch {
    return phrase("reason_region");
  }
}

/** The access portal URL: https (http only on 127.0.0.1, for tests). */
function startUrlReason(url: string): Phrase | undefined {
  const u = URL.canParse(url) ? new URL(url) : undefined;
  if (!u || hostReason(u.hostname)) return phrase("reason_start_url");
  const ok = u.protocol === "https:" || (u.protocol === "http:" && u.hostname === "127.0.0.1");
  return ok ? undefined : phrase("reason_start_url");
}

/** The flags that answer a question, checked as the prompts check typed answers: usage errors. */
const CHECKED_ANSWERS: [string, (value: string) => Phrase | undefined][] = [
  ["sso-session", nameReason],
  ["sso-start-url", startUrlReason],
  ["sso-region", regionReason],
  ["region", regionReason],
  ["profile", nameReason],
];

function checkAnswers(settings: Settings): void {
  for (const [flag, reasonOf] of CHECKED_ANSWERS) {
    const value = stringSetting(settings, flag);
    const reason = value === undefined ? undefined : reasonOf(value);
    if (reason) throw new UsageError("usage_invalid", { flag: `--${flag}`, value: value!, reason });
  }
}

function template(settings: Settings): string {
  const value = stringSetting(settings, "profile-name-template") ?? DEFAULT_TEMPLATE;
  const unknown = unknownSsoPlaceholders(value);
  if (unknown.length > 0 || !value.includes("{")) {
    throw new UsageError("usage_invalid", {
      flag: "--profile-name-template",
      value,
      reason: phrase("reason_placeholders", { names: unknown.map((n) => `{${n}}`).join(" ") }),
    });
  }
  return value;
}

export async function run(request: CommandRequest, world: Deps): Promise<number> {
  const { settings, lang, live, deps } = await serviceRun(request, world);
  const all = booleanSetting(settings, "all");
  const makeDefault = booleanSetting(settings, "default");
  if (all && (makeDefault || settings.profile)) {
    throw new UsageError("usage_conflict", { reason: phrase("reason_all_one_profile") });
  }
  if (booleanSetting(settings, "prune") && !all) {
    throw new UsageError("usage_conflict", { reason: phrase("reason_prune_needs_all") });
  }
  checkAnswers(settings);
  const sso = ssoDeps(deps, settings, lang, live.log);
  const config = await readSsoConfig(deps.env);
  const words = (reason: Phrase | undefined) =>
    reason && render(reason.key, reason.params ?? {}, lang).message;
  const result = await ssoConfigure({
    given: {
      sessionName: stringSetting(settings, "sso-session"),
      startUrl: stringSetting(settings, "sso-start-url"),
      ssoRegion: stringSetting(settings, "sso-region"),
      scopes: stringSetting(settings, "scopes"),
      accountId: stringSetting(settings, "account-id"),
      roleName: stringSetting(settings, "role-name"),
      region: stringSetting(settings, "region"),
      output: stringSetting(settings, "output"),
      profile: stringSetting(settings, "profile"),
    },
    makeDefault,
    all,
    template: template(settings),
    prune: booleanSetting(settings, "prune"),
    checkRegion: (v) => words(regionReason(v)),
    checkStartUrl: (v) => words(startUrlReason(v)),
    checkName: (v) => words(nameReason(v)),
  }, {
    ...sso,
    ask: deps.interactive ? terminalAsk() : noTerminalAsk,
    pick: deps.interactive ? terminalPicker(lang) : noTerminalPicker,
    config,
    login: async (session) => {
      const login = await ssoLogin(loginOptions(settings, session, deps, false), sso);
      if (!login.reused) live.log(t("sso_logged_in", { url: session.startUrl }, lang));
      return login.file;
    },
  });
  await editConfig(config.path, () => result.edits, live.log, lang, config.bytes);
  if (all) {
    live.log(t("sso_configured_all", {
      path: config.path,
      added: result.written.length,
      kept: result.kept.length,
      pruned: result.pruned.length,
    }, lang));
    for (const profile of result.written) live.log(t("sso_profile_line", { profile }, lang));
    for (const profile of result.pruned) live.log(t("sso_pruned_line", { profile }, lang));
  } else {
    live.log(t("sso_configured", { profile: result.written[0]!, path: config.path }, lang));
  }
  return 0;
}
