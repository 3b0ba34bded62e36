// Turns resolved settings into the plain options of the web flow and of the output step,
// checking each value; every problem is a UsageError naming the flag.
import { UsageError } from "../errors.ts";
import { type MessageKey, phrase } from "../i18n/messages.ts";
import { credentialsFilePath } from "../aws/paths.ts";
import type { WebOptions } from "../flow/web.ts";
import type { OktaYaml } from "./okta_yaml.ts";
import { normalizeOrgDomain } from "./org_domain.ts";
import { booleanSetting, type Settings, stringSetting } from "./resolve.ts";
import { userAgent } from "../version.ts";

export const DEFAULT_DURATION = 3600;
export const MIN_DURATION = 900;
export const MAX_DURATION = 43200;
export const DEFAULT_REFRESH_WINDOW = 600;
export const WEB_SCOPES = "openid okta.apps.sso okta.users.read.self";

export interface Formats {
  builtin: readonly string[];
  /** Names served by okta-aws-output-<name> executables, and where they were looked for. */
  external: readonly string[];
  dir: string;
}

export interface OutputOptions {
  /** The plugin to run, or undefined when only the exec command runs. */
  format?: string;
  /** The command after `--` (or the words with --exec); empty when none. */
  command: string[];
  forceNested: boolean;
  /** Reuse the Okta session from the cache (and save it). */
  cacheTokens: boolean;
  /** Serve and save AWS credentials through the credential cache. */
  cacheCredentials: boolean;
  refreshWindowSeconds: number;
  credentialsFile: string;
  legacyVariables: boolean;
  expiryVariables: boolean;
  shell?: string;
}

export interface WebRun {
  web: WebOptions;
  output: OutputOptions;
  /** Set when the org domain given was an admin host. */
  adminDomainGiven?: string;
}

function required(settings: Settings, name: string, env: string, what: MessageKey): string {
  const value = stringSetting(settings, name);
  if (!value) throw new UsageError("usage_missing", { what: phrase(what), flag: `--${name}`, env });
  return value;
}

function parseDuration(settings: Settings): { seconds: number; explicit: boolean } {
  const raw = stringSetting(settings, "aws-session-duration");
  if (raw === undefined) return { seconds: DEFAULT_DURATION, explicit: false };
  const seconds = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || seconds < MIN_DURATION || seconds > MAX_DURATION) {
    throw new UsageError("usage_invalid", {
      flag: "--aws-session-duration",
      value: raw,
      reason: phrase("reason_duration_range", { min: MIN_DURATION, max: MAX_DURATION }),
    });
  }
  return { seconds, explicit: true };
}

function chooseFormat(settings: Settings, formats: Formats, exec: boolean): string | undefined {
  const explicit = stringSetting(settings, "format");
  if (
    explicit !== undefined && !formats.builtin.includes(explicit) &&
    !formats.external.includes(explicit)
  ) {
    throw new UsageError("usage_unknown_format", {
      format: explicit,
      builtin: formats.builtin.join(", "),
      dir: formats.dir,
      found: formats.external.length > 0 ? formats.external.join(", ") : "none",
    });
  }
  const all = booleanSetting(settings, "all-profiles");
  if (all && explicit === "process-credentials") {
    throw new UsageError("usage_conflict", {
      reason: phrase("reason_all_profiles_process"),
    });
  }
  if (all && explicit !== "noop") return "aws-credentials";
  if (booleanSetting(settings, "write-aws-credentials") && explicit !== "process-credentials") {
    return "aws-credentials";
  }
  // With a command to run and no format asked for, nothing but the command's output is shown.
  if (exec) return explicit;
  return explicit ?? "env-var";
}

/** Parses `600`, `90s`, `10m`, `1h` into seconds. */
export function parseWindow(raw: string | undefined): number {
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

/** Builds the options of `okta-aws web` from settings, env (for AWS_* names) and okta.yaml. */
export function webRun(
  settings: Settings,
  env: Record<string, string>,
  yaml: OktaYaml,
  formats: Formats,
  platform: { os: string; arch: string },
  command: string[] = [],
): WebRun {
  const org = normalizeOrgDomain(
    required(settings, "org-domain", "OKTA_AWSCLI_ORG_DOMAIN", "what_org_domain"),
  );
  const clientId = required(
    settings,
    "oidc-client-id",
    "OKTA_AWSCLI_OIDC_CLIENT_ID",
    "what_client_id",
  );
  const duration = parseDuration(settings);
  const outputRegion = stringSetting(settings, "aws-region");
  const region = outputRegion ?? (env.AWS_REGION || env.AWS_DEFAULT_REGION || "us-east-1");
  const profile = stringSetting(settings, "profile") ?? "default";
  if (booleanSetting(settings, "exec") && command.length === 0) {
    throw new UsageError("usage_conflict", {
      reason: phrase("reason_exec_no_command"),
    });
  }
  const exec = command.length > 0;
  const allProfiles = booleanSetting(settings, "all-profiles");
  if (exec && allProfiles) {
    throw new UsageError("usage_conflict", {
      reason: phrase("reason_all_profiles_exec"),
    });
  }
  const format = chooseFormat(settings, formats, exec);
  const explicit = (name: string) => settings[name] !== undefined;
  // A command after -- with a --format of its own is not served from the cache.
  const cacheable = exec ? format === undefined : format === "process-credentials" && !allProfiles;
  const cacheTokens = explicit("cache-access-token")
    ? booleanSetting(settings, "cache-access-token")
    : cacheable || exec;
  // credential_process hides stderr on success: open the browser unless told not to.
  const openBrowser = explicit("open-browser")
    ? booleanSetting(settings, "open-browser")
    : format === "process-credentials";
  const web: WebOptions = {
    org: org.url,
    clientId,
    appId: stringSetting(settings, "aws-acct-fed-app-id"),
    idpPreset: stringSetting(settings, "aws-iam-idp"),
    rolePreset: stringSetting(settings, "aws-iam-role"),
    sessionDuration: duration.seconds,
    durationExplicit: duration.explicit,
    region,
    outputRegion,
    allProfiles,
    scopes: booleanSetting(settings, "refresh-token") ? `${WEB_SCOPES} offline_access` : WEB_SCOPES,
    profile,
    qrCode: booleanSetting(settings, "qr-code"),
    openBrowser,
    openBrowserCommand: stringSetting(settings, "open-browser-command"),
    userAgent: userAgent(booleanSetting(settings, "short-user-agent"), platform.os, platform.arch),
    labels: { idps: yaml.idps, roles: yaml.roles },
  };
  const output: OutputOptions = {
    format,
    command,
    forceNested: booleanSetting(settings, "force-nested"),
    cacheTokens,
    cacheCredentials: cacheable,
    refreshWindowSeconds: parseWindow(stringSetting(settings, "refresh-window")),
    credentialsFile: credentialsFilePath(stringSetting(settings, "aws-credentials"), env),
    legacyVariables: booleanSetting(settings, "legacy-aws-variables"),
    expiryVariables: booleanSetting(settings, "expiry-aws-variables"),
    shell: stringSetting(settings, "shell"),
  };
  return { web, output, adminDomainGiven: org.adminGiven };
}
