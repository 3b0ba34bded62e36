// Turns resolved settings into the plain options of the web flow and of the output step,
// checking each value; every problem is a UsageError naming the flag.
import { UsageError } from "../errors.ts";
import { credentialsFilePath } from "../aws/paths.ts";
import type { WebOptions } from "../flow/web.ts";
import type { OktaYaml } from "./okta_yaml.ts";
import { normalizeOrgDomain } from "./org_domain.ts";
import { booleanSetting, type Settings, stringSetting } from "./resolve.ts";
import { userAgent } from "../version.ts";

export const DEFAULT_DURATION = 3600;
export const MIN_DURATION = 900;
export const MAX_DURATION = 43200;

export interface OutputOptions {
  format: string;
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

function required(settings: Settings, name: string, env: string, what: string): string {
  const value = stringSetting(settings, name);
  if (!value) throw new UsageError("usage_missing", { what, flag: `--${name}`, env });
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
      reason: `give whole seconds from ${MIN_DURATION} to ${MAX_DURATION}`,
    });
  }
  return { seconds, explicit: true };
}

function chooseFormat(settings: Settings, formats: readonly string[]): string {
  const explicit = stringSetting(settings, "format");
  if (explicit !== undefined && !formats.includes(explicit)) {
    throw new UsageError("usage_invalid", {
      flag: "--format",
      value: explicit,
      reason: `choose one of ${formats.join(", ")}`,
    });
  }
  const all = booleanSetting(settings, "all-profiles");
  if (all && explicit === "process-credentials") {
    throw new UsageError("usage_conflict", {
      reason: "--all-profiles writes many profiles; --format process-credentials prints one",
    });
  }
  if (all && explicit !== "noop") return "aws-credentials";
  if (booleanSetting(settings, "write-aws-credentials") && explicit !== "process-credentials") {
    return "aws-credentials";
  }
  return explicit ?? "env-var";
}

/** Builds the options of `okta-aws web` from settings, env (for AWS_* names) and okta.yaml. */
export function webRun(
  settings: Settings,
  env: Record<string, string>,
  yaml: OktaYaml,
  formats: readonly string[],
  platform: { os: string; arch: string },
): WebRun {
  const org = normalizeOrgDomain(
    required(settings, "org-domain", "OKTA_AWSCLI_ORG_DOMAIN", "Okta org domain"),
  );
  const clientId = required(
    settings,
    "oidc-client-id",
    "OKTA_AWSCLI_OIDC_CLIENT_ID",
    "OIDC client ID",
  );
  const duration = parseDuration(settings);
  const outputRegion = stringSetting(settings, "aws-region");
  const region = outputRegion ?? (env.AWS_REGION || env.AWS_DEFAULT_REGION || "us-east-1");
  const profile = stringSetting(settings, "profile") ?? "default";
  const format = chooseFormat(settings, formats);
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
    allProfiles: booleanSetting(settings, "all-profiles"),
    profile,
    qrCode: booleanSetting(settings, "qr-code"),
    openBrowser: booleanSetting(settings, "open-browser"),
    openBrowserCommand: stringSetting(settings, "open-browser-command"),
    userAgent: userAgent(booleanSetting(settings, "short-user-agent"), platform.os, platform.arch),
    labels: { idps: yaml.idps, roles: yaml.roles },
  };
  const output: OutputOptions = {
    format,
    credentialsFile: credentialsFilePath(stringSetting(settings, "aws-credentials"), env),
    legacyVariables: booleanSetting(settings, "legacy-aws-variables"),
    expiryVariables: booleanSetting(settings, "expiry-aws-variables"),
    shell: stringSetting(settings, "shell"),
  };
  return { web, output, adminDomainGiven: org.adminGiven };
}
