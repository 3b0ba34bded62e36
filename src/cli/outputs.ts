// Which output plugins a credential flow's run delivers to, chosen from its settings and the
// command after `--`: at most one `--format` plugin, then exec. Every flow uses this.
import { UsageError } from "../errors.ts";
import { type MessageKey, type Params, phrase, t } from "../i18n/messages.ts";
import { FORMAT_NAMES, pluginInfo } from "../../plugins/mod.ts";
import { dotenvRegionValues } from "../../plugins/exec.ts";
import type { OutputRequest } from "./pipeline.ts";
import { booleanSetting, type Settings, type Source, stringSetting, valuesOf } from "./settings.ts";
import type { Deps } from "../deps.ts";
import { type ServiceRun, serviceRun } from "./network.ts";
import type { CommandRequest } from "./tree.ts";

function request(plugin: string, settings: Settings): OutputRequest {
  return { plugin, values: valuesOf(settings, pluginInfo(plugin)!.flags) };
}

/** Where a setting came from, strongest first. */
const RANK: Record<Source, number> = { flag: 0, env: 1, dotenv: 2, "okta.yaml": 3 };
const SOURCE_PHRASE: Record<Source, MessageKey> = {
  flag: "source_flag",
  env: "source_env",
  dotenv: "source_dotenv",
  "okta.yaml": "source_okta_yaml",
};

/** Tells the user which of two conflicting settings was used. */
export type OutputNotice = (key: "notice_setting_ignored", params: Params) => void;

function described(name: string, value: string | boolean, source: Source): Params {
  return {
    setting: value === true ? `--${name}` : `--${name} ${value}`,
    source: phrase(SOURCE_PHRASE[source]),
  };
}

/**
 * The `--format` output when `--write-aws-credentials` is also on: the two together for
 * process-credentials (okta-aws-cli's documented pair: write the profile, print the JSON) and
 * when both were given at the same level; otherwise the stronger source wins and the user is
 * told which setting was ignored.
 */
function withWrite(settings: Settings, notice: OutputNotice | undefined): string[] {
  const format = settings.format;
  const write = settings["write-aws-credentials"]!;
  if (!format || format.value === "aws-credentials") return ["aws-credentials"];
  const name = String(format.value);
  if (name === "process-credentials" || RANK[format.source] === RANK[write.source]) {
    return name === "noop" ? ["aws-credentials"] : ["aws-credentials", name];
  }
  const formatWins = RANK[format.source] < RANK[write.source];
  const [winner, loser] = formatWins
    ? [
      described("format", name, format.source),
      described("write-aws-credentials", true, write.source),
    ]
    : [
      described("write-aws-credentials", true, write.source),
      described("format", name, format.source),
    ];
  notice?.("notice_setting_ignored", {
    ignored: loser.setting!,
    ignoredSource: loser.source!,
    used: winner.setting!,
    usedSource: winner.source!,
  });
  return formatWins ? [name] : ["aws-credentials"];
}

function outputOf(name: string, settings: Settings): OutputRequest {
  return FORMAT_NAMES.includes(name)
    ? request(name, settings)
    : { plugin: "external", values: { format: name } };
}

/**
 * The outputs of a run. `--all-profiles` means aws-credentials (many sets: only a file holds
 * them); `--write-aws-credentials` adds or replaces the format as withWrite() says; with a
 * command after `--` and no --format nothing but the command's output is shown; otherwise
 * env-var. Files come before stdout, exec last (with `.env`'s region for its child).
 */
export function selectOutputs(
  settings: Settings,
  command: readonly string[],
  options: {
    allProfiles?: boolean;
    notice?: OutputNotice;
    /** `.env`'s AWS_REGION / AWS_DEFAULT_REGION, for an exec child (loadSettings finds them). */
    dotenvRegion?: Record<string, string>;
  } = {},
): OutputRequest[] {
  const { allProfiles = false, notice, dotenvRegion = {} } = options;
  const explicit = stringSetting(settings, "format");
  const exec = command.length > 0;
  if (booleanSetting(settings, "exec") && !exec) {
    throw new UsageError("usage_conflict", { reason: phrase("reason_exec_no_command") });
  }
  // OKTA_AWS_SERVER or okta.yaml may ask for every exec run; only the flag needs a command.
  if (booleanSetting(settings, "server") && settings.server?.source === "flag" && !exec) {
    throw new UsageError("usage_conflict", { reason: phrase("reason_server_no_command") });
  }
  if (allProfiles && exec) {
    throw new UsageError("usage_conflict", { reason: phrase("reason_all_profiles_exec") });
  }
  if (allProfiles && explicit === "process-credentials") {
    throw new UsageError("usage_conflict", { reason: phrase("reason_all_profiles_process") });
  }
  let formats: string[];
  if (allProfiles) formats = explicit === "noop" ? ["noop"] : ["aws-credentials"];
  else if (booleanSetting(settings, "write-aws-credentials")) formats = withWrite(settings, notice);
  else if (explicit) formats = [explicit];
  else formats = exec ? [] : ["env-var"];
  const outputs = formats.map((name) => outputOf(name, settings));
  if (exec) {
    // The region a `.env` gives reaches the child, as in okta-aws-cli; kept with the cache.
    const exec = request("exec", settings);
    outputs.push({ ...exec, values: { ...exec.values, ...dotenvRegionValues(dotenvRegion) } });
  }
  return outputs;
}

/** Cached credentials with less than this left are refreshed: 10 minutes unless told. */
const DEFAULT_REFRESH_WINDOW = 600;

/** `--refresh-window`: `600`, `90s`, `10m`, `1h`, in seconds. */
export function refreshWindow(settings: Settings): number {
  const raw = stringSetting(settings, "refresh-window");
  if (raw === undefined) return DEFAULT_REFRESH_WINDOW;
  const m = /^\s*(\d+)\s*(s|m|h)?\s*$/.exec(raw);
  if (!m) {
    throw new UsageError("usage_invalid", {
      flag: "--refresh-window",
      value: raw,
      reason: phrase("reason_window"),
    });
  }
  return Number(m[1]) * ({ s: 1, m: 60, h: 3600 }[m[2] ?? "s"] ?? 1);
}

/** What every credential command starts with: its settings, network, live line and outputs. */
export interface CredentialRun extends ServiceRun {
  outputs: OutputRequest[];
}

/**
 * Loads the command's settings (telling main the language), picks the outputs, and puts the
 * run on its network; a notice about conflicting settings goes to stderr. `allProfiles` is
 * web's --all-profiles.
 */
export async function credentialRun(
  request: CommandRequest,
  deps: Deps,
  allProfiles: (settings: Settings) => boolean = () => false,
): Promise<CredentialRun> {
  const run = await serviceRun(request, deps);
  const outputs = selectOutputs(run.settings, request.rest, {
    allProfiles: allProfiles(run.settings),
    notice: (key, params) => run.live.log(t(key, params, run.lang)),
    dotenvRegion: run.dotenvRegion,
  });
  return { ...run, outputs };
}
