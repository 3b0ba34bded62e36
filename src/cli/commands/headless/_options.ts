// What `okta-aws m2m` and `okta-aws direct` share: their values -> the headless options (the
// common ones, the authorization server, role, session name, duration) and the provider's
// deps, each value checked before any request, as the credential-command skeleton takes them.
import { isRoleArn } from "../../../aws/arn.ts";
import { UsageError } from "../../../errors.ts";
import { type MessageKey, phrase, t } from "../../../i18n/messages.ts";
import { printable } from "../../../text/printable.ts";
import type { HeadlessDeps, HeadlessOptions } from "../../../flow/headless/mod.ts";
import type { CredentialProvider } from "../../../credentials.ts";
import type { CredentialRun, Delivery } from "../../credential_command.ts";
import { commonOptions } from "../../common_options.ts";
import { checkSessionName, parseDuration, type Required } from "../../checks.ts";
import { fittedSessionName } from "../../../aws/session_name.ts";
import type { Values } from "../../settings.ts";
import { type DIRECT, type M2M, ROLE_ARN } from "./spec.ts";

/** okta-aws-cli's defaults. */
const DEFAULT_AUTHZ_ID = "default";
/** `--authz-id org`: the org authorization server (`{org}/oauth2/v1/...`). */
const ORG_SERVER = "org";

/** The values both headless commands have (m2m's and direct's share these flags). */
type HeadlessValues = Values<typeof M2M.flags> | Values<typeof DIRECT.flags>;

/**
 * The options both headless flows take; `more` names the command's own required values (key
 * id, username), checked with the org, client and role in one usage error.
 */
function headlessOptions(
  values: HeadlessValues,
  env: Readonly<Record<string, string>>,
  platform: { os: string; arch: string },
  more: readonly Required[],
  /** Who the session names by default: the client (m2m) or the user (direct). */
  person: "client" | "user",
): { options: HeadlessOptions; refreshWindowSeconds: number; adminDomainGiven?: string } {
  const common = commonOptions(values, env, platform, [
    { value: values.awsIamRole, flag: ROLE_ARN, what: "what_role_arn" },
    ...more,
  ]);
  const roleArn = common.more[0] ?? "";
  if (!isRoleArn(roleArn)) {
    throw new UsageError("usage_invalid", {
      flag: "--aws-iam-role",
      value: roleArn,
      reason: phrase("reason_role_arn"),
    });
  }
  const authz = values.authzId ?? DEFAULT_AUTHZ_ID;
  if (!/^[\w-]{1,64}$/.test(authz)) {
    throw new UsageError("usage_invalid", {
      flag: "--authz-id",
      value: authz,
      reason: phrase("reason_authz_id"),
    });
  }
  return {
    options: {
      ...common.flow,
      authzId: authz === ORG_SERVER ? undefined : authz,
      roleArn,
      // CloudTrail names the person: the client's id, or the user's login, fitted to STS.
      roleSessionName: values.awsStsRoleSessionName !== undefined
        ? checkSessionName(values.awsStsRoleSessionName)
        : fittedSessionName(
          person === "client"
            ? common.flow.clientId
            : ("username" in values ? values.username : undefined),
        ),
      sessionDuration: parseDuration(values.awsSessionDuration).seconds,
    },
    refreshWindowSeconds: common.refreshWindowSeconds,
    adminDomainGiven: common.adminDomainGiven,
  };
}

/** What headlessDelivery() takes of the command's run. */
type HeadlessRun = Pick<
  CredentialRun,
  "dotenvRegion" | "lang" | "live" | "deps" | "trace"
>;

/**
 * What a headless command hands the credential-command skeleton: its options (`more`: its own
 * required values), the notice for its secret given as a flag (argv, which every user of the
 * machine can read), its provider.
 */
export function headlessDelivery(
  run: HeadlessRun,
  values: HeadlessValues,
  more: readonly Required[],
  person: "client" | "user",
  secretNotice: MessageKey | undefined,
  provider: (options: HeadlessOptions, flow: HeadlessDeps) => CredentialProvider,
): Delivery {
  const { dotenvRegion, lang, live, deps } = run;
  const { options, refreshWindowSeconds, adminDomainGiven } = headlessOptions(
    values,
    { ...dotenvRegion, ...deps.env },
    deps,
    more,
    person,
  );
  if (adminDomainGiven) {
    live.log(t("notice_admin_domain", { given: adminDomainGiven, fixed: options.org.host }, lang));
  }
  if (secretNotice) live.log(t(secretNotice, {}, lang));
  // The outside world: --debug and --debug-api-calls lines on the live line.
  const flow: HeadlessDeps = {
    fetch: deps.fetch,
    now: deps.now,
    sleep: deps.sleep,
    log: live.log,
    lang,
    debug: values.debugApiCalls ? (line) => live.log(`[api] ${printable(line)}`) : undefined,
    trace: run.trace,
    status: live.status,
  };
  return {
    provider: provider(options, flow),
    askedSeconds: options.sessionDuration,
    refreshWindowSeconds,
    signInTo: options.org.host,
  };
}
