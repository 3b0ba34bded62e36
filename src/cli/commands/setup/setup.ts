// `okta-aws setup <https-url|file>`: reads a team config (_source.ts), checks it whole
// (config/team_config.ts), plans the merge of its `awscli:` block into ~/.okta/okta.yaml
// (config/okta_yaml_merge.ts) and its `[sso-session NAME]` sections into the AWS config
// (aws/team_sessions.ts), shows the plan as a diff, asks once (--yes for scripts), writes both
// files under their locks (planned again on what is there then), and with `sync-profiles: true`
// runs `profiles sync`. `--check` writes nothing: it lists the drift and exits 1 when any.
import type { Deps } from "../../../deps.ts";
import { UsageError } from "../../../errors.ts";
import { type Lang, phrase, t } from "../../../i18n/messages.ts";
import { printable } from "../../../text/printable.ts";
import { configFilePath, oktaYamlPath } from "../../../aws/paths.ts";
import { applyEdits, bytesToBinary, fromBinary, iniFileError } from "../../../aws/shared_ini.ts";
import { planSessions, type SessionDrift, type SessionPlan } from "../../../aws/team_sessions.ts";
import { parseTeamConfig, type TeamConfig } from "../../../config/team_config.ts";
import {
  mergeTeamSettings,
  type YamlDrift,
  type YamlMerge,
} from "../../../config/okta_yaml_merge.ts";
import { readOptionalText } from "../../../fs/read.ts";
import { readAwsFileSettled } from "../../../fs/settled_read.ts";
import { updateFile } from "../../../fs/atomic_write.ts";
import { fileLocksDir } from "../../../cache/paths.ts";
import { askYesNo } from "../../../ui/ask.ts";
import type { CommandRequest } from "../../command.ts";
import { httpTimeoutMs } from "../../checks.ts";
import { serviceRun } from "../../network.ts";
import { editAwsFile } from "../../aws_file.ts";
import { PROFILES_SYNC } from "../profiles/spec.ts";
import { readTeamSource, wantedDigest } from "./_source.ts";
import { teamKeys } from "./_values.ts";
import { SETUP } from "./spec.ts";

/** The comment a new okta.yaml starts with. */
function header(source: string): string {
  return `Written by okta-aws setup from ${source}. Your own keys and comments here are kept.`;
}

/** One line per difference, for --check's stdout. */
function driftLines(
  yaml: readonly YamlDrift[],
  sessions: readonly SessionDrift[],
  paths: Paths,
  lang: Lang,
): string[] {
  const lines = yaml.map((d) =>
    d.current === undefined
      ? t("drift_yaml_missing", { path: paths.yaml, where: d.where, wanted: d.wanted }, lang)
      : t("drift_yaml_value", { path: paths.yaml, ...d, current: d.current }, lang)
  );
  for (const d of sessions) {
    const path = paths.config;
    if (d.key === undefined) {
      lines.push(t("drift_section_missing", { path, section: d.section }, lang));
      continue;
    }
    lines.push(t("drift_section_value", {
      path,
      section: d.section,
      key: d.key,
      current: d.current ?? phrase("drift_none"),
      wanted: d.wanted ?? phrase("drift_none"),
      own: d.handWritten ? phrase("drift_own") : "",
    }, lang));
  }
  return lines;
}

/** A unified diff of a file before and after (jsdiff, loaded only when there is one). */
async function diffOf(path: string, before: string, after: string): Promise<string> {
  const { createTwoFilesPatch } = await import("diff");
  return createTwoFilesPatch(path, path, before, after, "", "", { context: 3 });
}

/** What `profiles sync` runs for: each session, then the Federation apps of the team's default. */
function syncTargets(config: TeamConfig): Record<string, string>[] {
  const web = config.settings.some((s) =>
    s.path.join(".") === "awscli.profiles.default.org-domain"
  );
  return [
    ...config.sessions.map((s) => ({ "sso-session": s.name })),
    ...(web ? [{}] : []),
  ];
}

export async function run(request: CommandRequest, world: Deps): Promise<number> {
  const { values, lang, live, deps } = await serviceRun(SETUP, request, world);
  const log = live.log;
  const given = request.operands[0];
  if (given === undefined || given.trim() === "") {
    throw new UsageError("usage_missing_flag", {
      what: phrase("what_team_config"),
      flag: SETUP.operands.arg,
    });
  }
  const source = await readTeamSource(given, {
    deps,
    sha256: wantedDigest(values.sha256),
    timeoutMs: httpTimeoutMs(deps.env),
    debug: values.debug ? (line) => log(`[debug] ${printable(line)}`) : undefined,
  });
  const config = parseTeamConfig(source.text, source.name, teamKeys());

  const paths = { yaml: oktaYamlPath(deps.env), config: configFilePath(deps.env) };
  const plan = await planSetup(config, source.name, paths);
  for (
    const section of new Set(plan.sessions.drift.filter((d) => d.handWritten).map((d) => d.section))
  ) {
    log(t("notice_setup_hand_written", { section, path: paths.config }, lang));
  }
  if (values.check) {
    const lines = driftLines(plan.yaml.drift, plan.sessions.drift, paths, lang);
    for (const line of lines) deps.stdout(`${line}\n`);
    if (config.syncProfiles) log(t("setup_check_sync_skipped", {}, lang));
    log(
      lines.length === 0
        ? t("setup_check_in_step", { source: source.name }, lang)
        : t("setup_check_drift", { source: source.name, count: lines.length, given }, lang),
    );
    return lines.length === 0 ? 0 : 1;
  }
  if (plan.yaml.drift.length === 0 && plan.sessions.edits.length === 0) {
    log(t("setup_in_step", { source: source.name }, lang));
  } else {
    for (const diff of await diffs(plan, paths)) deps.stdout(diff);
    if (!values.yes) {
      if (!deps.interactive) throw new UsageError("setup_needs_yes");
      if (!(await askYesNo(t("setup_confirm", {}, lang)))) {
        log(t("setup_declined", {}, lang));
        return 1;
      }
    }
    await write(config, source.name, paths, { log, lang, deps });
  }
  if (config.syncProfiles) await syncProfiles(config, request, world, log, lang);
  return 0;
}

interface Paths {
  yaml: string;
  config: string;
}

/** What setup would change, planned on the files as they are now (nothing written). */
interface SetupPlan {
  yamlBefore: string | undefined;
  yaml: YamlMerge;
  /** The config file as the INI editor reads it (binary string). */
  configBefore: string;
  sessions: SessionPlan;
}

async function planSetup(config: TeamConfig, source: string, paths: Paths): Promise<SetupPlan> {
  const yamlBefore = readOptionalText(paths.yaml);
  const yaml = mergeTeamSettings(yamlBefore, config.settings, paths.yaml, header(source));
  // Settled: another program may be mid-rewrite.
  const configBytes = await readAwsFileSettled(paths.config);
  const configBefore = configBytes === undefined ? "" : bytesToBinary(configBytes);
  try {
    return {
      yamlBefore,
      yaml,
      configBefore,
      sessions: planSessions(configBefore, config.sessions, source),
    };
  } catch (err) {
    throw iniFileError(err, paths.config);
  }
}

/** The unified diff of each file the plan changes. */
async function diffs(plan: SetupPlan, paths: Paths): Promise<string[]> {
  const out: string[] = [];
  if (plan.yaml.drift.length > 0) {
    out.push(await diffOf(paths.yaml, plan.yamlBefore ?? "", plan.yaml.text));
  }
  if (plan.sessions.edits.length > 0) {
    const after = applyEdits(plan.configBefore, plan.sessions.edits);
    out.push(await diffOf(paths.config, fromBinary(plan.configBefore), fromBinary(after)));
  }
  return out;
}

/** Both files, each planned again under its lock on what it holds then. */
async function write(
  config: TeamConfig,
  source: string,
  paths: Paths,
  run: { log: (line: string) => void; lang: Lang; deps: Deps },
): Promise<void> {
  const { log, lang, deps } = run;
  let count = 0;
  const yaml = await updateFile(paths.yaml, (current, exists) => {
    const text = exists ? new TextDecoder().decode(current) : undefined;
    const merged = mergeTeamSettings(text, config.settings, paths.yaml, header(source));
    count = merged.drift.length;
    return new TextEncoder().encode(merged.text);
  }, { lockDir: fileLocksDir(deps.env, deps.os) });
  if (yaml.changed) log(t("setup_wrote", { path: paths.yaml, count }, lang));
  const edits = await editAwsFile(
    paths.config,
    (text) => planSessions(text, config.sessions, source).edits,
    run,
  );
  if (edits.length > 0) {
    log(t("setup_wrote_sessions", { path: paths.config, count: edits.length }, lang));
  }
}

/** `okta-aws profiles sync` for each target, with this run's global flags. */
async function syncProfiles(
  config: TeamConfig,
  request: CommandRequest,
  world: Deps,
  log: (line: string) => void,
  lang: Lang,
): Promise<void> {
  const { run } = await import("../profiles/sync.ts");
  const global = Object.fromEntries(
    Object.entries(request.flags).filter(([name]) => ["debug", "lang", "ca-bundle"].includes(name)),
  );
  for (const target of syncTargets(config)) {
    const args = Object.entries(target).map(([k, v]) => ` --${k} ${v}`).join("");
    log(t("setup_syncing", { args }, lang));
    await run({ ...request, command: PROFILES_SYNC, flags: { ...global, ...target } }, world);
  }
}
