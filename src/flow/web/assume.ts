// STS for each chosen role (one retry at 3600 s when the role allows less), and the IAM account
// aliases that name --all-profiles profiles.
import { policyKey } from "../../aws/session_policy.ts";
import { mapAdaptive } from "../adaptive.ts";
import type { AwsCredentials, CredentialSet } from "../../credentials.ts";
import { type Lang, t } from "../../i18n/messages.ts";
import type { SamlRole } from "../../aws/saml_roles.ts";
import { assumeRoleWithSaml, isDurationError, stsRegion } from "../../aws/sts.ts";
import { accountAlias } from "../../aws/iam.ts";
import { awsHttp, stsPace, timed, type WebDeps, type WebOptions } from "./deps.ts";
import type { AppAssertion } from "./federation_apps.ts";

/** Every role allows an hour (IAM's smallest maximum): the one retry asks for it. */
const FALLBACK_DURATION = 3600;

/**
 * An STS call for `seconds`, made once more at 3600 s (and the user told) when the role's
 * maximum is lower: every flow's last step.
 */
export async function withDurationFallback(
  call: (seconds: number) => Promise<AwsCredentials>,
  seconds: number,
  roleArn: string,
  deps: { log: (line: string) => void; lang: Lang },
): Promise<AwsCredentials> {
  try {
    return await call(seconds);
  } catch (err) {
    if (!isDurationError(err) || seconds <= FALLBACK_DURATION) throw err;
    deps.log(t("notice_duration_retry", { role: roleArn, seconds }, deps.lang));
    return await call(FALLBACK_DURATION);
  }
}

/** STS for one role, retried once at 3600 s when the role's maximum is lower. */
export async function assume(
  role: SamlRole,
  assertion: AppAssertion,
  options: WebOptions,
  deps: WebDeps,
): Promise<CredentialSet> {
  const input = {
    roleArn: role.roleArn,
    principalArn: role.principalArn,
    SAMLAssertion: assertion.SAMLAssertion,
    durationSeconds: assertion.durationSeconds,
    region: stsRegion(role.partition, options.region),
    endpoint: options.stsEndpoint,
    policies: options.policies,
  };
  const sts = { http: awsHttp(options, deps, "sts") };
  const call = (seconds: number) =>
    timed(
      deps,
      `AssumeRoleWithSAML ${role.roleArn} for ${seconds} s (region ${input.region}${
        input.endpoint ? `, endpoint ${input.endpoint}` : ""
      })`,
      () => assumeRoleWithSaml({ ...input, durationSeconds: seconds }, sts, deps.now),
    );
  const credentials = await withDurationFallback(call, input.durationSeconds, role.roleArn, deps);
  return {
    profile: options.profile,
    credentials,
    roleArn: role.roleArn,
    principalArn: role.principalArn,
    appId: assertion.app.appInstanceId,
    region: options.outputRegion,
    ...(assertion.roleSessionName ? { sessionName: assertion.roleSessionName } : {}),
    ...(options.policies ? { policies: policyKey(options.policies) } : {}),
  };
}

/**
 * Each account's IAM alias, asked once per account with the first credentials issued for it
 * (as okta-aws-cli does). Where there is none (or the role may not read it), the account id
 * stands in, and the user is told once per account, where okta-aws-cli wrote "org" and let
 * names collide.
 */
export async function accountAliases(
  roles: SamlRole[],
  sets: CredentialSet[],
  options: WebOptions,
  deps: WebDeps,
  /** A failed look-up fails the run (profiles sync: names must not change on a bad read). */
  strict = false,
): Promise<Map<string, string>> {
  const first = new Map<string, number>();
  roles.forEach((r, i) => first.has(r.accountId) || first.set(r.accountId, i));
  const http = awsHttp(options, deps, "iam");
  const found = await mapAdaptive([...first], async ([account, i]) => {
    const alias = await timed(
      deps,
      `IAM ListAccountAliases for ${account}`,
      () => accountAlias(sets[i]!.credentials, roles[i]!.partition, http, options.iamEndpoint),
    ).catch((err) => {
      if (strict) throw err;
      return undefined;
    });
    if (!alias) deps.log(t("notice_no_alias", { account, role: roles[i]!.roleArn }, deps.lang));
    return [account, alias] as const;
  }, stsPace(deps));
  return new Map(found.filter((f): f is [string, string] => f[1] !== undefined));
}
