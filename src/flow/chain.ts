// Role chaining (`--chain`): a provider on top of any flow's provider, `sts:AssumeRole` into
// each role in turn with the previous hop's credentials (granted's `--chain`, aws-sso-cli's
// `Via`). AWS caps chained sessions at one hour.
import type { CredentialProvider, CredentialSet, RetrieveRequest } from "../credentials.ts";
import { FlowError } from "../errors.ts";
import { t } from "../i18n/messages.ts";
import { createHttp } from "../http/client.ts";
import { assumeRole, stsRegion } from "../aws/sts.ts";
import { partitionOf } from "../aws/arn.ts";
import { timed, type WebDeps } from "./web/deps.ts";
import { fittedSessionName } from "../aws/session_name.ts";
import { policyKey, type SessionPolicies } from "../aws/session_policy.ts";

/** `--source-identity auto`: the login the flow's session names; refused when it names none. */
function autoSourceIdentity(start: CredentialSet): string {
  if (start.sessionName === undefined) throw new FlowError("source_identity_unknown");
  return fittedSessionName(start.sessionName);
}

/** AWS's limit for a session assumed with role-chained credentials. */
export const CHAIN_MAX_SECONDS = 3600;

export interface ChainOptions {
  /** The roles to assume, in order, after the flow's role. */
  roles: readonly string[];
  /** `--aws-sts-role-session-name`; unset: each hop takes the session name of the hop before. */
  roleSessionName?: string;
  externalId?: string;
  /** SourceIdentity on every hop; `auto`: the person the first session names (the login). */
  sourceIdentity?: string;
  /** Session policies of the last hop, the session handed over. */
  policies?: SessionPolicies;
  /** The duration asked of the flow: more than an hour earns one notice. */
  askedSeconds: number;
  region: string;
  stsEndpoint?: string;
  httpTimeoutMs: number;
}

type ChainDeps = Pick<WebDeps, "fetch" | "now" | "sleep" | "log" | "lang" | "debug" | "trace">;

/** The base provider with each hop of `options.roles` after it; cached under its own key. */
export function chainProvider(
  base: CredentialProvider,
  options: ChainOptions,
  deps: ChainDeps,
): CredentialProvider {
  return {
    identity: {
      ...base.identity,
      chain: options.roles.join(","),
      externalId: options.externalId ?? "",
      sourceIdentity: options.sourceIdentity ?? "",
      chainSession: options.roleSessionName ?? "",
      ...(options.policies ? { policies: policyKey(options.policies) } : {}),
    },
    async retrieve(request?: RetrieveRequest): Promise<CredentialSet[]> {
      // A renewal asks the flow again for the role the chain started from.
      const renewing = request?.renewing;
      const sets = await base.retrieve(
        renewing ? { renewing: { ...renewing, roleArn: renewing.via ?? renewing.roleArn } } : {},
      );
      if (sets.length !== 1) {
        throw new FlowError("chain_one_role", { count: sets.length });
      }
      let set = sets[0]!;
      const start = set;
      if (options.askedSeconds > CHAIN_MAX_SECONDS && !renewing) {
        deps.log(t("notice_chain_hour", { role: options.roles.at(-1)! }, deps.lang));
      }
      const http = createHttp({
        fetch: deps.fetch,
        service: "sts",
        debug: deps.debug,
        sleep: deps.sleep,
        timeoutMs: options.httpTimeoutMs,
      });
      const sourceIdentity = options.sourceIdentity === "auto"
        ? autoSourceIdentity(start)
        : options.sourceIdentity;
      for (const [i, role] of options.roles.entries()) {
        const last = i === options.roles.length - 1;
        // CloudTrail follows the person across hops: each hop is named as the one before.
        const roleSessionName = options.roleSessionName ?? fittedSessionName(set.sessionName);
        const credentials = await timed(
          deps,
          `AssumeRole ${role} as ${set.roleArn} (hop of --chain)`,
          () =>
            assumeRole(
              {
                roleArn: role,
                roleSessionName,
                externalId: options.externalId,
                sourceIdentity,
                ...(last && options.policies ? { policies: options.policies } : {}),
                durationSeconds: CHAIN_MAX_SECONDS,
                region: stsRegion(partitionOf(role), options.region),
                endpoint: options.stsEndpoint,
                from: set.roleArn,
              },
              set.credentials,
              { http },
              deps.now,
            ),
        );
        set = {
          profile: set.profile,
          credentials,
          roleArn: role,
          region: set.region,
          principalArn: start.principalArn,
          appId: start.appId,
          via: start.roleArn,
          sessionName: roleSessionName,
          ...(last && options.policies ? { policies: policyKey(options.policies) } : {}),
        };
      }
      return [set];
    },
  };
}
