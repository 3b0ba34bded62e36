// Which output plugins a credential flow's run delivers to, chosen from its settings and the
// command after `--`: at most one `--format` plugin, then exec. Every flow uses this.
import { UsageError } from "../errors.ts";
import { phrase } from "../i18n/messages.ts";
import { FORMAT_NAMES, pluginInfo } from "../../plugins/mod.ts";
import type { OutputRequest } from "./pipeline.ts";
import { booleanSetting, type Settings, stringSetting, valuesOf } from "./settings.ts";

function request(plugin: string, settings: Settings): OutputRequest {
  return { plugin, values: valuesOf(settings, pluginInfo(plugin)!.flags) };
}

/**
 * The outputs of a run. `--write-aws-credentials` and `--all-profiles` (many sets: only a
 * file holds them) mean aws-credentials; with a command after `--` and no --format nothing
 * but the command's output is shown; otherwise env-var.
 */
export function selectOutputs(
  settings: Settings,
  command: readonly string[],
  allProfiles = false,
): OutputRequest[] {
  const explicit = stringSetting(settings, "format");
  const exec = command.length > 0;
  if (booleanSetting(settings, "exec") && !exec) {
    throw new UsageError("usage_conflict", { reason: phrase("reason_exec_no_command") });
  }
  if (allProfiles && exec) {
    throw new UsageError("usage_conflict", { reason: phrase("reason_all_profiles_exec") });
  }
  if (allProfiles && explicit === "process-credentials") {
    throw new UsageError("usage_conflict", { reason: phrase("reason_all_profiles_process") });
  }
  let format = explicit;
  if (allProfiles && explicit !== "noop") format = "aws-credentials";
  else if (
    booleanSetting(settings, "write-aws-credentials") && explicit !== "process-credentials"
  ) format = "aws-credentials";
  else if (!exec) format ??= "env-var";

  const outputs: OutputRequest[] = [];
  if (format !== undefined) {
    outputs.push(
      FORMAT_NAMES.includes(format)
        ? request(format, settings)
        : { plugin: "external", values: { format } },
    );
  }
  if (exec) outputs.push(request("exec", settings));
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
