// Turns the resolved settings of `okta-aws web` into the plain options of the web flow,
// checking each value; every problem is a UsageError naming the flag.
import { UsageError } from "../errors.ts";
import { checkSectionName, IniSyntaxError } from "../aws/shared_ini.ts";
import { type MessageKey, phrase } from "../i18n/messages.ts";
import type { WebOptions } from "../flow/web.ts";
import type { OktaYaml } from "../config/okta_yaml.ts";
import { normalizeOrgDomain } from "../config/org_domain.ts";
import { userAgent } from "../version.ts";
import { MAX_DURATION, MIN_DURATION } from "../aws/sts.ts";
import { nameTemplate, unknownPlaceholders } from "../flow/choose_role.ts";
import { isCacheable, type OutputRequest } from "./pipeline.ts";
import { booleanSetting, type Settings, stringSetting } from "./settings.ts";
import { refreshWindow } from "./outputs.ts";

export const DEFAULT_DURATION = 3600;
export const WEB_SCOPES = "openid okta.apps.sso okta.users.read.self";

export interface WebRun {
  web: WebOptions;
  /** Reuse the Okta session from the cache (and save it). */
  cacheTokens: boolean;
  refreshWindowSeconds: number;
  /** Set when the org domain given was an admin host. */
  adminDomainGiven?: string;
}

export interface Required {
  name: string;
  env: string;
  what: MessageKey;
}

/**
 * The values of settings that must be given; every missing one is named in one usage error
 * (both the org and the client id, when both are missing).
 */
export function required(settings: Settings, wanted: Required[]): string[] {
  const missing = wanted.filter((r) => !stringSetting(settings, r.name));
  const item = (r: Required) =>
    phrase("missing_item", { what: phrase(r.what), flag: `--${r.name}`, env: r.env });
  if (missing.length === 1) {
    const r = missing[0]!;
    throw new UsageError("usage_missing", {
      what: phrase(r.what),
      flag: `--${r.name}`,
      env: r.env,
    });
  }
  if (missing.length > 1) {
    throw new UsageError("usage_missing_two", {
      first: item(missing[0]!),
      second: item(missing[1]!),
    });
  }
  return wanted.map((r) => stringSetting(settings, r.name)!);
}

/** STS's RoleSessionName: 2-64 of letters, digits and +=,.@_- */
export const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;

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
export function profileTemplate(settings: Settings): string {
  const template = nameTemplate(stringSetting(settings, "profile-name-template"));
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

export function parseDuration(settings: Settings): { seconds: number; explicit: boolean } {
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

/**
 * Builds the options of `okta-aws web` from its settings, env (AWS_* names), okta.yaml and
 * the outputs chosen for the run (they decide the cache and browser defaults).
 */
export function webRun(
  settings: Settings,
  env: Readonly<Record<string, string>>,
  yaml: OktaYaml,
  outputs: readonly OutputRequest[],
  platform: { os: string; arch: string },
): WebRun {
  const [domain, clientId] = required(settings, [
    { name: "org-domain", env: "OKTA_AWSCLI_ORG_DOMAIN", what: "what_org_domain" },
    { name: "oidc-client-id", env: "OKTA_AWSCLI_OIDC_CLIENT_ID", what: "what_client_id" },
  ]) as [string, string];
  const org = normalizeOrgDomain(domain);
  const duration = parseDuration(settings);
  const outputRegion = checkRegion(stringSetting(settings, "aws-region"), "--aws-region");
  const region = outputRegion ??
    checkRegion(env.AWS_REGION || undefined, "AWS_REGION") ??
    checkRegion(env.AWS_DEFAULT_REGION || undefined, "AWS_DEFAULT_REGION") ?? "us-east-1";
  const profile = checkProfile(stringSetting(settings, "profile") ?? "default");
  const explicit = (name: string) => settings[name] !== undefined;
  const cacheable = isCacheable(outputs);
  const cacheTokens = explicit("cache-access-token")
    ? booleanSetting(settings, "cache-access-token")
    : cacheable;
  // credential_process hides stderr on success: open the browser unless told not to.
  const openBrowser = explicit("open-browser")
    ? booleanSetting(settings, "open-browser")
    : outputs.some((o) => o.plugin === "process-credentials");
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
    stsEndpoint: env.AWS_ENDPOINT_URL_STS || env.AWS_ENDPOINT_URL || undefined,
    allProfiles: booleanSetting(settings, "all-profiles"),
    scopes: booleanSetting(settings, "refresh-token") ? `${WEB_SCOPES} offline_access` : WEB_SCOPES,
    profile,
    qrCode: booleanSetting(settings, "qr-code"),
    openBrowser,
    openBrowserCommand: stringSetting(settings, "open-browser-command"),
    userAgent: userAgent(booleanSetting(settings, "short-user-agent"), platform.os, platform.arch),
    labels: { idps: yaml.idps, roles: yaml.roles },
    httpTimeoutMs: httpTimeoutMs(env),
    profileNameTemplate: profileTemplate(settings),
    iamEndpoint: env.AWS_ENDPOINT_URL_IAM || env.AWS_ENDPOINT_URL || undefined,
  };
  return {
    web,
    cacheTokens,
    refreshWindowSeconds: refreshWindow(settings),
    adminDomainGiven: org.adminGiven,
  };
}
