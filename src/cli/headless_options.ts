// What `okta-aws m2m` and `okta-aws direct` share on the command line: settings -> the
// headless options (org, client, authorization server, role, session name, duration, regions)
// and the provider's deps, each value checked before any request.
import type { Deps } from "../deps.ts";
import { isRoleArn } from "../aws/arn.ts";
import { UsageError } from "../errors.ts";
import { phrase, t } from "../i18n/messages.ts";
import { printable } from "../text/printable.ts";
import type { Lang } from "../i18n/messages.ts";
import { normalizeOrgDomain } from "../config/org_domain.ts";
import { userAgent } from "../version.ts";
import type { HeadlessDeps, HeadlessOptions } from "../flow/headless.ts";
import type { Progress } from "../ui/progress.ts";
import { booleanSetting, type Settings, stringSetting } from "./settings.ts";
import { type CredentialRun, credentialRun, refreshWindow } from "./outputs.ts";
import { deliver } from "./pipeline.ts";
import { withChain } from "./chain_options.ts";
import type { CommandRequest } from "./tree.ts";
import type { CredentialProvider } from "../credentials.ts";
import {
  checkProfile,
  checkRegion,
  httpTimeoutMs,
  parseDuration,
  type Required,
  required,
  SESSION_NAME,
} from "./web_options.ts";

/** okta-aws-cli's defaults. */
const DEFAULT_AUTHZ_ID = "default";
const DEFAULT_SESSION_NAME = "okta-aws-cli";
/** `--authz-id org`: the org authorization server (`{org}/oauth2/v1/...`). */
const ORG_SERVER = "org";

function invalid(flag: string, value: string, reason: Parameters<typeof phrase>[0]): never {
  throw new UsageError("usage_invalid", { flag, value, reason: phrase(reason) });
}

/**
 * The options both headless flows take; `more` names the command's own required settings
 * (key id, username), checked with the org, client and role in one usage error.
 */
function headlessOptions(
  settings: Settings,
  env: Readonly<Record<string, string>>,
  platform: { os: string; arch: string },
  more: Required[],
): { options: HeadlessOptions; refreshWindowSeconds: number; adminDomainGiven?: string } {
  const [domain, clientId, roleArn] = required(settings, [
    { name: "org-domain", env: "OKTA_AWSCLI_ORG_DOMAIN", what: "what_org_domain" },
    { name: "oidc-client-id", env: "OKTA_AWSCLI_OIDC_CLIENT_ID", what: "what_client_id" },
    { name: "aws-iam-role", env: "OKTA_AWSCLI_IAM_ROLE", what: "what_role_arn" },
    ...more,
  ]) as [string, string, string];
  if (!isRoleArn(roleArn)) invalid("--aws-iam-role", roleArn, "reason_role_arn");
  const sessionName = stringSetting(settings, "aws-sts-role-session-name") ??
    DEFAULT_SESSION_NAME;
  if (!SESSION_NAME.test(sessionName)) {
    invalid("--aws-sts-role-session-name", sessionName, "reason_session_name");
  }
  const authz = stringSetting(settings, "authz-id") ?? DEFAULT_AUTHZ_ID;
  if (!/^[\w-]{1,64}$/.test(authz)) invalid("--authz-id", authz, "reason_authz_id");
  const org = normalizeOrgDomain(domain);
  const outputRegion = checkRegion(stringSetting(settings, "aws-region"), "--aws-region");
  const region = outputRegion ??
    checkRegion(env.AWS_REGION || undefined, "AWS_REGION") ??
    checkRegion(env.AWS_DEFAULT_REGION || undefined, "AWS_DEFAULT_REGION") ?? "us-east-1";
  return {
    options: {
      org: org.url,
      clientId,
      authzId: authz === ORG_SERVER ? undefined : authz,
      roleArn,
      roleSessionName: sessionName,
      sessionDuration: parseDuration(settings).seconds,
      region,
      outputRegion,
      stsEndpoint: env.AWS_ENDPOINT_URL_STS || env.AWS_ENDPOINT_URL || undefined,
      profile: checkProfile(stringSetting(settings, "profile") ?? "default"),
      userAgent: userAgent(
        booleanSetting(settings, "short-user-agent"),
        platform.os,
        platform.arch,
      ),
      httpTimeoutMs: httpTimeoutMs(env),
    },
    refreshWindowSeconds: refreshWindow(settings),
    adminDomainGiven: org.adminGiven,
  };
}

/** The headless flows' outside world: --debug and --debug-api-calls lines on the live line. */
function headlessDeps(
  deps: Deps,
  settings: Settings,
  lang: Lang,
  live: Progress,
): HeadlessDeps {
  return {
    fetch: deps.fetch,
    now: deps.now,
    sleep: deps.sleep,
    log: live.log,
    lang,
    debug: booleanSetting(settings, "debug-api-calls")
      ? (line) => live.log(`[api] ${printable(line)}`)
      : undefined,
    trace: booleanSetting(settings, "debug")
      ? (line) => live.log(`[debug] ${printable(line)}`)
      : undefined,
    status: live.status,
  };
}

/** A secret given as a flag is in argv, which every user of the machine can read: say so. */
function warnSecretFlag(
  settings: Settings,
  name: "private-key" | "password",
  log: (line: string) => void,
  lang: Lang,
): void {
  if (settings[name]?.source !== "flag") return;
  log(t(name === "password" ? "notice_password_flag" : "notice_private_key_flag", {}, lang));
}

/**
 * A headless command from settings to the pipeline: its options (`more`: its own required
 * settings), the warning for `secret` given as a flag, its provider, deliver.
 */
export async function runHeadless(
  request: CommandRequest,
  world: Deps,
  more: Required[],
  secret: "private-key" | "password",
  provider: (
    run: CredentialRun,
    options: HeadlessOptions,
    flow: HeadlessDeps,
  ) => CredentialProvider,
): Promise<number> {
  const run = await credentialRun(request, world);
  const { settings, dotenvRegion, lang, live, deps } = run;
  const { options, refreshWindowSeconds, adminDomainGiven } = headlessOptions(
    settings,
    { ...dotenvRegion, ...deps.env },
    deps,
    more,
  );
  if (adminDomainGiven) {
    live.log(t("notice_admin_domain", { given: adminDomainGiven, fixed: options.org.host }, lang));
  }
  warnSecretFlag(settings, secret, live.log, lang);
  const flow = headlessDeps(deps, settings, lang, live);
  return await deliver(
    {
      provider: withChain(
        provider(run, options, flow),
        settings,
        deps,
        live.log,
        lang,
        options.sessionDuration,
      ),
      command: request.rest,
      outputs: run.outputs,
      refreshWindowSeconds,
      signInTo: options.org.host,
      trace: flow.trace,
    },
    deps,
    lang,
  );
}
