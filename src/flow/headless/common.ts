// What the headless flows (m2m, direct) share: their options, their outside world, the Okta
// HTTP policy, and the last step, STS AssumeRoleWithWebIdentity with the Okta access token
// (one retry at 3600 s when the role allows less, as for web).
import { policyKey } from "../../aws/session_policy.ts";
import type { CredentialSet } from "../../credentials.ts";
import { createHttp } from "../../http/client.ts";
import { assumeRoleWithWebIdentity, stsRegion } from "../../aws/sts.ts";
import { partitionOf } from "../../aws/arn.ts";
import { withDurationFallback } from "../web/assume.ts";
import { type OktaServer, oktaServer } from "../../okta/org.ts";
import { oktaHttp, timed, type WebDeps } from "../web/deps.ts";
import type { FlowCommon } from "../common.ts";

export interface HeadlessOptions extends FlowCommon {
  /** A custom authorization server's id; undefined: the org authorization server. */
  authzId?: string;
  roleArn: string;
  /** `--aws-sts-role-session-name`, else the person: m2m's client, direct's user. */
  roleSessionName: string;
  sessionDuration: number;
}

export type HeadlessDeps = Pick<
  WebDeps,
  "fetch" | "now" | "sleep" | "log" | "lang" | "debug" | "trace" | "status"
>;

/** The authorization server the flow talks to, on the Okta HTTP policy (`operation` header). */
export function headlessServer(
  options: HeadlessOptions,
  deps: HeadlessDeps,
  operation: "m2m" | "direct",
): OktaServer {
  const http = oktaHttp(options, deps, operation);
  const server = oktaServer(options.org, options.clientId, http, options.authzId);
  deps.trace?.(
    `${operation}: authorization server ${server.as.issuer} (token ${server.as.token_endpoint})`,
  );
  return server;
}

/** STS AssumeRoleWithWebIdentity with the access token, retried once at 3600 s. */
export async function assumeWithToken(
  accessToken: string,
  issuer: string,
  options: HeadlessOptions,
  deps: HeadlessDeps,
): Promise<CredentialSet> {
  const input = {
    roleArn: options.roleArn,
    roleSessionName: options.roleSessionName,
    WebIdentityToken: accessToken,
    durationSeconds: options.sessionDuration,
    region: stsRegion(partitionOf(options.roleArn), options.region),
    endpoint: options.stsEndpoint,
    issuer,
    policies: options.policies,
  };
  const sts = {
    http: createHttp({
      fetch: deps.fetch,
      service: "sts",
      debug: deps.debug,
      sleep: deps.sleep,
      timeoutMs: options.httpTimeoutMs,
    }),
  };
  const call = (seconds: number) =>
    timed(
      deps,
      `AssumeRoleWithWebIdentity ${options.roleArn} for ${seconds} s (region ${input.region})`,
      () => assumeRoleWithWebIdentity({ ...input, durationSeconds: seconds }, sts, deps.now),
    );
  const credentials = await withDurationFallback(
    call,
    input.durationSeconds,
    options.roleArn,
    deps,
  );
  return {
    profile: options.profile,
    credentials,
    roleArn: options.roleArn,
    ...(options.outputRegion ? { region: options.outputRegion } : {}),
    sessionName: options.roleSessionName,
    ...(options.policies ? { policies: policyKey(options.policies) } : {}),
  };
}
