// The options every Okta credential flow resolves the same way (web, m2m, direct): the org and
// client, the region chain, STS's endpoint, the profile, the user agent, the HTTP timeout and
// the refresh window. One function, so that the flows cannot drift apart.
import type { FlagValues } from "../config/flag_spec.ts";
import { normalizeOrgDomain } from "../config/org_domain.ts";
import { userAgent } from "../version.ts";
import type { FlowCommon } from "../flow/common.ts";
import { type PolicyValues, sessionPolicies } from "./policies.ts";
import {
  type AWS_REGION,
  type CHAIN,
  OIDC_CLIENT_ID,
  ORG_DOMAIN,
  type PROFILE,
  type REFRESH_WINDOW,
  type SHORT_USER_AGENT,
} from "./flags.ts";
import {
  checkProfile,
  checkRegion,
  httpTimeoutMs,
  refreshWindow,
  regionChain,
  type Required,
  required,
  stsEndpoint,
} from "./checks.ts";

/** The values commonOptions() reads: any Okta flow's command has these flags. */
export type CommonValues =
  & FlagValues<
    readonly [
      typeof ORG_DOMAIN,
      typeof OIDC_CLIENT_ID,
      typeof AWS_REGION,
      typeof PROFILE,
      typeof REFRESH_WINDOW,
      typeof SHORT_USER_AGENT,
      typeof CHAIN,
    ]
  >
  & PolicyValues;

export interface CommonOptions {
  flow: FlowCommon;
  refreshWindowSeconds: number;
  /** Set when the org domain given was an admin host. */
  adminDomainGiven?: string;
  /** The values of `more`, in order, each checked present. */
  more: string[];
}

/**
 * The common options of an Okta flow; `more` names the command's own required values (role,
 * key id, username), checked with the org and client in one usage error.
 */
export function commonOptions(
  values: CommonValues,
  env: Readonly<Record<string, string>>,
  platform: { os: string; arch: string },
  more: readonly Required[] = [],
): CommonOptions {
  const [domain = "", clientId = "", ...rest] = required([
    { value: values.orgDomain, flag: ORG_DOMAIN, what: "what_org_domain" },
    { value: values.oidcClientId, flag: OIDC_CLIENT_ID, what: "what_client_id" },
    ...more,
  ]);
  const org = normalizeOrgDomain(domain);
  const outputRegion = checkRegion(values.awsRegion, "--aws-region");
  return {
    flow: {
      org: org.url,
      clientId,
      region: regionChain(outputRegion, env),
      outputRegion,
      stsEndpoint: stsEndpoint(env),
      profile: checkProfile(values.profile ?? "default"),
      userAgent: userAgent(values.shortUserAgent, platform.os, platform.arch),
      httpTimeoutMs: httpTimeoutMs(env),
      // With --chain the policies narrow the last hop, the session handed over: a narrowed
      // first session could not call sts:AssumeRole.
      ...(values.chain === undefined ? { policies: sessionPolicies(values) } : {}),
    },
    refreshWindowSeconds: refreshWindow(values.refreshWindow),
    adminDomainGiven: org.adminGiven,
    more: rest,
  };
}
