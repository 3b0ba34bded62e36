// `--chain` on the command line: the hops, their session name, external id and source
// identity, checked before any sign-in; wraps any flow's provider when given.
import type { Deps } from "../deps.ts";
import { UsageError } from "../errors.ts";
import { type Lang, phrase } from "../i18n/phrase.ts";
import type { CredentialProvider } from "../credentials.ts";
import { chainProvider } from "../flow/chain.ts";
import { printable } from "../text/printable.ts";
import { isRoleArn } from "../aws/arn.ts";
import { type Settings, typedValues } from "./settings.ts";
import { checkSessionName, httpTimeoutMs, stsEndpoint } from "./checks.ts";
import {
  ALL_PROFILES,
  AWS_REGION,
  CHAIN_FLAGS,
  DEBUG,
  DEBUG_API_CALLS,
  POLICY_FLAGS,
  SESSION_NAME,
} from "./flags.ts";
import { sessionPolicies } from "./policies.ts";

/** What the chain reads of any command's settings. */
const CHAIN_VIEW = [
  ...CHAIN_FLAGS,
  ...POLICY_FLAGS,
  SESSION_NAME,
  AWS_REGION,
  DEBUG,
  DEBUG_API_CALLS,
  ALL_PROFILES,
] as const;

/** --source-identity: `auto`, or a name STS takes (checked before the sign-in). */
function sourceIdentity(given: string | undefined): string | undefined {
  if (given === undefined || given === "auto") return given;
  return checkSessionName(given, "--source-identity", "reason_source_identity");
}

/** The provider, with the --chain hops after it when there are any. */
export function withChain(
  provider: CredentialProvider,
  run: { settings: Settings; deps: Deps; lang: Lang },
  log: (line: string) => void,
  askedSeconds: number,
): CredentialProvider {
  const { values } = typedValues(CHAIN_VIEW, run.settings);
  const { deps, lang } = run;
  if (values.chain === undefined) return provider;
  if (values.allProfiles) {
    throw new UsageError("usage_conflict", { reason: phrase("reason_chain_all_profiles") });
  }
  const roles = values.chain.split(",").map((r) => r.trim()).filter((r) => r !== "");
  for (const role of roles) {
    if (!isRoleArn(role)) {
      throw new UsageError("usage_invalid", {
        flag: "--chain",
        value: role,
        reason: phrase("reason_role_arn"),
      });
    }
  }
  const env = deps.env;
  return chainProvider(provider, {
    roles,
    roleSessionName: values.awsStsRoleSessionName === undefined
      ? undefined
      : checkSessionName(values.awsStsRoleSessionName),
    externalId: values.externalId,
    sourceIdentity: sourceIdentity(values.sourceIdentity),
    policies: sessionPolicies(values),
    askedSeconds,
    region: values.awsRegion || env.AWS_REGION || env.AWS_DEFAULT_REGION || "us-east-1",
    stsEndpoint: stsEndpoint(env),
    httpTimeoutMs: httpTimeoutMs(env),
  }, {
    fetch: deps.fetch,
    now: deps.now,
    sleep: deps.sleep,
    log,
    lang,
    debug: values.debugApiCalls ? (line) => log(`[api] ${printable(line)}`) : undefined,
    trace: values.debug ? (line) => log(`[debug] ${printable(line)}`) : undefined,
  });
}
