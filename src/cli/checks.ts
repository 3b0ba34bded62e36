// The checks every command's values pass before any request, each a UsageError naming the
// flag: required values (all missing ones in one error), regions, profile names, durations,
// the refresh window, timeouts, STS session names, --all-profiles templates.
import { UsageError } from "../errors.ts";
import type { FlagSpec } from "../config/flag_spec.ts";
import { checkSectionName, IniSyntaxError } from "../aws/shared_ini.ts";
import { type MessageKey, phrase } from "../i18n/messages.ts";
import { MAX_DURATION, MIN_DURATION } from "../aws/sts.ts";
import { DEFAULT_REFRESH_WINDOW, durationSeconds } from "../text/duration.ts";
import { nameTemplate, unknownPlaceholders } from "../flow/web/mod.ts";

export const DEFAULT_DURATION = 3600;

/** A value that must be given: its flag (the first variable is named) and what it is. */
export interface Required {
  value: string | undefined;
  flag: FlagSpec;
  what: MessageKey;
}

/**
 * The values that must be given; every missing one is named in one usage error (both the org
 * and the client id, when both are missing).
 */
export function required(wanted: readonly Required[]): string[] {
  const missing = wanted.filter((r) => r.value === undefined);
  const words = (r: Required) => ({
    what: phrase(r.what),
    flag: `--${r.flag.name}`,
    env: r.flag.env[0] ?? "",
  });
  if (missing.length === 1) throw new UsageError("usage_missing", words(missing[0]!));
  if (missing.length > 1) {
    throw new UsageError("usage_missing_two", {
      first: phrase("missing_item", words(missing[0]!)),
      second: phrase("missing_item", words(missing[1]!)),
    });
  }
  return wanted.map((r) => r.value ?? "");
}

/** STS's RoleSessionName: 2-64 of letters, digits and +=,.@_- */
export const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;

/** A session name STS takes, or a usage error naming the flag. */
export function checkSessionName(
  name: string,
  flag = "--aws-sts-role-session-name",
  reason: MessageKey = "reason_session_name",
): string {
  if (!SESSION_NAME.test(name)) {
    throw new UsageError("usage_invalid", { flag, value: name, reason: phrase(reason) });
  }
  return name;
}

/** AWS region names: `us-east-1`, `ap-northeast-2`, `us-gov-west-1`, `eu-isoe-west-1`. */
const REGION = /^[a-z]{2,}(-[a-z0-9]+){1,3}-\d{1,2}$/;

/** The region as given, or a usage error naming where it came from: checked before sign-in. */
export function checkRegion(region: string | undefined, where: string): string | undefined {
  if (region !== undefined && !REGION.test(region)) {
    throw new UsageError("usage_invalid", {
      flag: where,
      value: region,
      reason: phrase("reason_region"),
    });
  }
  return region;
}

/** The STS region: --aws-region, else AWS_REGION, else AWS_DEFAULT_REGION, else us-east-1. */
export function regionChain(
  outputRegion: string | undefined,
  env: Readonly<Record<string, string>>,
): string {
  return outputRegion ??
    checkRegion(env.AWS_REGION || undefined, "AWS_REGION") ??
    checkRegion(env.AWS_DEFAULT_REGION || undefined, "AWS_DEFAULT_REGION") ?? "us-east-1";
}

/** STS's endpoint when the standard variables name one (the fakes, a VPC endpoint). */
export function stsEndpoint(env: Readonly<Record<string, string>>): string | undefined {
  return env.AWS_ENDPOINT_URL_STS || env.AWS_ENDPOINT_URL || undefined;
}

/** A profile name the credentials and config files can hold, checked before sign-in. */
export function checkProfile(name: string): string {
  try {
    checkSectionName(name);
  } catch (err) {
    if (!(err instanceof IniSyntaxError)) throw err;
    throw new UsageError("usage_invalid", { flag: "--profile", value: name, reason: err.reason });
  }
  return name;
}

/** --profile-name-template: a preset's template or the user's, its placeholders checked. */
export function profileTemplate(raw: string | undefined): string {
  const template = nameTemplate(raw);
  const unknown = unknownPlaceholders(template);
  if (unknown.length > 0 || !template.includes("{")) {
    throw new UsageError("usage_invalid", {
      flag: "--profile-name-template",
      value: template,
      reason: phrase("reason_placeholders", { names: unknown.map((n) => `{${n}}`).join(" ") }),
    });
  }
  return template;
}

/** `OKTA_AWS_HTTP_TIMEOUT` seconds (1-600) for each HTTP exchange, else 30. */
export function httpTimeoutMs(env: Readonly<Record<string, string>>): number {
  const raw = env.OKTA_AWS_HTTP_TIMEOUT;
  if (raw === undefined || raw === "") return 30_000;
  const seconds = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || seconds < 1 || seconds > 600) {
    throw new UsageError("usage_invalid", {
      flag: "OKTA_AWS_HTTP_TIMEOUT",
      value: raw,
      reason: phrase("reason_seconds_range", { min: 1, max: 600 }),
    });
  }
  return seconds * 1000;
}

/** --aws-session-duration in seconds (900-43200; `12h`, `90m` too), and whether it was given. */
export function parseDuration(raw: string | undefined): { seconds: number; explicit: boolean } {
  if (raw === undefined) return { seconds: DEFAULT_DURATION, explicit: false };
  const seconds = durationSeconds(raw);
  if (seconds === undefined || seconds < MIN_DURATION || seconds > MAX_DURATION) {
    throw new UsageError("usage_invalid", {
      flag: "--aws-session-duration",
      value: raw,
      reason: phrase("reason_duration_words", { min: MIN_DURATION, max: MAX_DURATION }),
    });
  }
  return { seconds, explicit: true };
}

/** Cached credentials with less than this left are refreshed: 10 minutes unless told. */
/** `--refresh-window`: `600`, `90s`, `10m`, `1h`, in seconds. */
export function refreshWindow(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_REFRESH_WINDOW;
  const seconds = durationSeconds(raw);
  if (seconds === undefined) {
    throw new UsageError("usage_invalid", {
      flag: "--refresh-window",
      value: raw,
      reason: phrase("reason_window"),
    });
  }
  return seconds;
}
