// `okta-aws sso configure`: the wizard (src/flow/sso_configure.ts) with the terminal's prompts
// or none, its sign-in through `sso login`'s flow, and its edits applied to the config file in
// one locked, atomic write through the lossless INI editor.
import type { Deps } from "../../../deps.ts";
import { type Phrase, phrase, render, t } from "../../../i18n/messages.ts";
import { UsageError } from "../../../errors.ts";
import { hostReason } from "../../../config/host.ts";
import { noTerminalPicker, terminalPicker } from "../../../ui/picker.ts";
import { noTerminalAsk, terminalAsk } from "../../../ui/ask.ts";
import { readSsoConfig } from "../../../aws/sso_config.ts";
import { checkSectionName, IniSyntaxError } from "../../../aws/shared_ini.ts";
import { editAwsFile } from "../../aws_file.ts";
import { ssoConfigure, unknownSsoPlaceholders } from "../../../flow/sso/mod.ts";
import { ssoLogin } from "../../../flow/sso/mod.ts";
import type { CommandRequest } from "../../command.ts";
import type { Values } from "../../settings.ts";
import { SSO_CONFIGURE } from "./spec.ts";
import { serviceRun } from "../../network.ts";
import { loginOptions, ssoDeps } from "./_options.ts";
import { checkRegion } from "../../checks.ts";

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

/** The AWS CLI's output formats (`aws configure` refuses any other in the config file). */
const OUTPUTS = ["json", "yaml", "yaml-stream", "text", "table"];

function outputReason(output: string): Phrase | undefined {
  return OUTPUTS.includes(output)
    ? undefined
    : phrase("reason_one_of", { values: OUTPUTS.join(", ") });
}

/** The access portal URL: https (http only on 127.0.0.1, for tests). */
function startUrlReason(url: string): Phrase | undefined {
  const u = URL.canParse(url) ? new URL(url) : undefined;
  if (!u || hostReason(u.hostname)) return phrase("reason_start_url");
  const ok = u.protocol === "https:" || (u.protocol === "http:" && u.hostname === "127.0.0.1");
  return ok ? undefined : phrase("reason_start_url");
}

/** The flags that answer a question, checked as the prompts check typed answers: usage errors. */
function checkAnswers(values: Values<typeof SSO_CONFIGURE.flags>): void {
  const answers: [string, string | undefined, (value: string) => Phrase | undefined][] = [
    ["sso-session", values.ssoSession, nameReason],
    ["sso-start-url", values.ssoStartUrl, startUrlReason],
    ["sso-region", values.ssoRegion, regionReason],
    ["region", values.region, regionReason],
    ["profile", values.profile, nameReason],
    ["output", values.output, outputReason],
  ];
  for (const [flag, value, reasonOf] of answers) {
    const reason = value === undefined ? undefined : reasonOf(value);
    if (reason) throw new UsageError("usage_invalid", { flag: `--${flag}`, value: value!, reason });
  }
}

function template(raw: string | undefined): string {
  const value = raw ?? DEFAULT_TEMPLATE;
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
  const { values, sources, lang, live, deps } = await serviceRun(SSO_CONFIGURE, request, world);
  const all = values.all;
  const makeDefault = values.default;
  if (all && (makeDefault || sources.profile)) {
    throw new UsageError("usage_conflict", { reason: phrase("reason_all_one_profile") });
  }
  if (values.prune && !all) {
    throw new UsageError("usage_conflict", { reason: phrase("reason_prune_needs_all") });
  }
  checkAnswers(values);
  const sso = ssoDeps(deps, values, lang, live.log);
  const config = await readSsoConfig(deps.env);
  const words = (reason: Phrase | undefined) =>
    reason && render(reason.key, reason.params ?? {}, lang).message;
  const result = await ssoConfigure({
    given: {
      sessionName: values.ssoSession,
      startUrl: values.ssoStartUrl,
      ssoRegion: values.ssoRegion,
      scopes: values.scopes,
      accountId: values.accountId,
      roleName: values.roleName,
      region: values.region,
      output: values.output,
      profile: values.profile,
    },
    makeDefault,
    all,
    template: template(values.profileNameTemplate),
    prune: values.prune,
    checkRegion: (v) => words(regionReason(v)),
    checkStartUrl: (v) => words(startUrlReason(v)),
    checkName: (v) => words(nameReason(v)),
    checkOutput: (v) => words(outputReason(v)),
  }, {
    ...sso,
    ask: deps.interactive ? terminalAsk(lang) : noTerminalAsk,
    pick: deps.interactive ? terminalPicker(lang) : noTerminalPicker,
    config,
    login: async (session) => {
      const login = await ssoLogin(loginOptions(values, session, deps, false), sso);
      if (!login.reused) live.log(t("sso_logged_in", { url: session.startUrl }, lang));
      return login.file;
    },
  });
  await editAwsFile(config.path, () => result.edits, { log: live.log, lang, deps }, config.bytes);
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
