// `--chain` on the command line: the hops, their session name, external id and source
// identity, checked before any sign-in; wraps the flow's provider when given.
import type { Deps } from "../deps.ts";
import { UsageError } from "../errors.ts";
import { type Lang, phrase } from "../i18n/messages.ts";
import type { CredentialProvider } from "../credentials.ts";
import { chainProvider } from "../flow/chain.ts";
import { printable } from "../text/printable.ts";
import { booleanSetting, type Settings, stringSetting } from "./settings.ts";
import { httpTimeoutMs, SESSION_NAME } from "./web_options.ts";
import { isRoleArn } from "../aws/arn.ts";

/** The provider, with the --chain hops after it when there are any. */
export function withChain(
  provider: CredentialProvider,
  settings: Settings,
  deps: Deps,
  log: (line: string) => void,
  lang: Lang,
  askedSeconds: number,
): CredentialProvider {
  const raw = stringSetting(settings, "chain");
  if (raw === undefined) return provider;
  if (booleanSetting(settings, "all-profiles")) {
    throw new UsageError("usage_conflict", { reason: phrase("reason_chain_all_profiles") });
  }
  const roles = raw.split(",").map((r) => r.trim()).filter((r) => r !== "");
  for (const role of roles) {
    if (!isRoleArn(role)) {
      throw new UsageError("usage_invalid", {
        flag: "--chain",
        value: role,
        reason: phrase("reason_role_arn"),
      });
    }
  }
  const sessionName = stringSetting(settings, "aws-sts-role-session-name") ?? "okta-aws";
  if (!SESSION_NAME.test(sessionName)) {
    throw new UsageError("usage_invalid", {
      flag: "--aws-sts-role-session-name",
      value: sessionName,
      reason: phrase("reason_session_name"),
    });
  }
  const env = deps.env;
  return chainProvider(provider, {
    roles,
    roleSessionName: sessionName,
    externalId: stringSetting(settings, "external-id"),
    sourceIdentity: stringSetting(settings, "source-identity"),
    askedSeconds,
    region: stringSetting(settings, "aws-region") || env.AWS_REGION || env.AWS_DEFAULT_REGION ||
      "us-east-1",
    stsEndpoint: env.AWS_ENDPOINT_URL_STS || env.AWS_ENDPOINT_URL || undefined,
    httpTimeoutMs: httpTimeoutMs(env),
  }, {
    fetch: deps.fetch,
    now: deps.now,
    sleep: deps.sleep,
    log,
    lang,
    debug: booleanSetting(settings, "debug-api-calls")
      ? (line) => log(`[api] ${printable(line)}`)
      : undefined,
    trace: booleanSetting(settings, "debug")
      ? (line) => log(`[debug] ${printable(line)}`)
      : undefined,
  });
}
