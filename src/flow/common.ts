// The options every Okta flow takes (web, m2m, direct), resolved once by the command line
// (cli/common_options.ts): which org and client, where STS is, what to write the credentials as.
import type { SessionPolicies } from "../aws/session_policy.ts";

export interface FlowCommon {
  /** The org's URL (an admin host given is mapped to the org). */
  org: URL;
  clientId: string;
  /** STS's region: --aws-region, AWS_REGION, AWS_DEFAULT_REGION, us-east-1. */
  region: string;
  /** The region to write with the credentials: only one the user gave. */
  outputRegion?: string;
  /** AWS_ENDPOINT_URL_STS (or AWS_ENDPOINT_URL) from the run's environment. */
  stsEndpoint?: string;
  profile: string;
  userAgent: string;
  /** The deadline of each HTTP exchange, body included (OKTA_AWS_HTTP_TIMEOUT). */
  httpTimeoutMs: number;
  /** Session policies for the flow's STS call (none with --chain: the last hop takes them). */
  policies?: SessionPolicies;
}
