// Which output plugins a credential flow's run delivers to, chosen from its settings and the
// command after `--`: at most one `--format` plugin, then exec. Every flow uses this.
import { UsageError } from "../errors.ts";
import { type Params, phrase } from "../i18n/messages.ts";
import { FORMAT_NAMES, pluginInfo } from "../../plugins/mod.ts";
import { dotenvRegionValues } from "../../plugins/exec.ts";
import type { OutputRequest } from "./pipeline.ts";
import type { FlagSources, FlagValues } from "../config/flag_spec.ts";
import type { DELIVERY_FLAGS } from "./flags.ts";
import type { PLUGIN_FLAGS } from "../../plugins/mod.ts";
import { type Settings, type Source, SOURCE_PHRASES, valuesOf } from "./settings.ts";

function request(plugin: string, settings: Settings): OutputRequest {
  return { plugin, values: valuesOf(settings, pluginInfo(plugin)!.flags) };
}

/** Where a setting came from, strongest first. */
const RANK: Record<Source, number> = {
  enforced: -1,
  flag: 0,
  env: 1,
  dotenv: 2,
  "okta.yaml": 3,
  managed: 4,
};

/** What choosing the outputs reads: the delivery flags, exec's --server, and every setting. */
export interface OutputSettings {
  values: FlagValues<typeof DELIVERY_FLAGS> & FlagValues<typeof PLUGIN_FLAGS>;
  sources: FlagSources<typeof DELIVERY_FLAGS, Source> & FlagSources<typeof PLUGIN_FLAGS, Source>;
  /** By long name: each plugin's own values (valuesOf). */
  settings: Settings;
}

/** Tells the user which of two conflicting settings was used. */
export type OutputNotice = (key: "notice_setting_ignored", params: Params) => void;

function described(name: string, value: string | boolean, source: Source): Params {
  return {
    setting: value === true ? `--${name}` : `--${name} ${value}`,
    source: phrase(SOURCE_PHRASES[source]),
  };
}

/**
 * The `--format` output when `--write-aws-credentials` is also on: the two together for
 * process-credentials (okta-aws-cli's documented pair: write the profile, print the JSON) and
 * when both were given at the same level; otherwise the stronger source wins and the user is
 * told which setting was ignored.
 */
function withWrite(
  { values, sources }: OutputSettings,
  notice: OutputNotice | undefined,
): string[] {
  const name = values.format;
  const formatSource = sources.format;
  const writeSource = sources.writeAwsCredentials ?? "flag";
  if (name === undefined || formatSource === undefined || name === "aws-credentials") {
    return ["aws-credentials"];
  }
  if (name === "process-credentials" || RANK[formatSource] === RANK[writeSource]) {
    return name === "noop" ? ["aws-credentials"] : ["aws-credentials", name];
  }
  const formatWins = RANK[formatSource] < RANK[writeSource];
  const [winner, loser] = formatWins
    ? [
      described("format", name, formatSource),
      described("write-aws-credentials", true, writeSource),
    ]
    : [
      described("write-aws-credentials", true, writeSource),
      described("format", name, formatSource),
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
  run: OutputSettings,
  command: readonly string[],
  options: {
    allProfiles?: boolean;
    notice?: OutputNotice;
    /** `.env`'s AWS_REGION / AWS_DEFAULT_REGION, for an exec child (loadSettings finds them). */
    dotenvRegion?: Record<string, string>;
  } = {},
): OutputRequest[] {
  const { allProfiles = false, notice, dotenvRegion = {} } = options;
  const { values, sources, settings } = run;
  const explicit = values.format;
  const exec = command.length > 0;
  if (values.exec && !exec) {
    throw new UsageError("usage_conflict", { reason: phrase("reason_exec_no_command") });
  }
  // OKTA_AWS_SERVER or okta.yaml may ask for every exec run; only the flag needs a command.
  if (values.server && sources.server === "flag" && !exec) {
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
  else if (values.writeAwsCredentials) formats = withWrite(run, notice);
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
