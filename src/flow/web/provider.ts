// `okta-aws web`: Okta device authorization, token exchange for a web SSO token, the SAML
// assertion of each AWS Account Federation app, role choice, and STS AssumeRoleWithSAML
// (PROTOCOLS section 1, steps 1-10).
import { policyKey } from "../../aws/session_policy.ts";
import type { CredentialProvider, CredentialSet, RetrieveRequest } from "../../credentials.ts";
import { FlowError } from "../../errors.ts";
import { t } from "../../i18n/messages.ts";
import type { OktaTokens } from "../../okta/device_authorization.ts";
import { oktaOrg } from "../../okta/org.ts";
import { chooseRole, needsAlias, profileNames } from "./choose_role.ts";
import { oktaHttp, stsPace, type WebDeps, type WebOptions } from "./deps.ts";
import { mapAdaptive } from "../adaptive.ts";
import { sessionTokens } from "./okta_session.ts";
import {
  type AppAssertion,
  assertionFor,
  assertionForPresets,
  chooseApps,
} from "./federation_apps.ts";
import { accountAliases, assume } from "./assume.ts";
import type { SamlRole } from "../../aws/saml_roles.ts";

export type { WebDeps, WebOptions } from "./deps.ts";
export { checkVerificationUri } from "./okta_session.ts";

/** The org, and a way to run a step with the Okta session (signing in again once if stale). */
async function signedIn(options: WebOptions, deps: WebDeps) {
  const org = oktaOrg(options.org, options.clientId, oktaHttp(options, deps, "web"));
  deps.trace?.(
    `org ${org.url.origin}, client ${options.clientId}, authorization server ${org.as.issuer} (device ${org.as.device_authorization_endpoint}, token ${org.as.token_endpoint})`,
  );
  let session = await sessionTokens(org, options, deps, false);
  // A cached session Okta no longer honours is dropped, and the sign-in runs once more.
  const withSession = async <T>(step: (tokens: OktaTokens) => Promise<T>): Promise<T> => {
    try {
      return await step(session.tokens);
    } catch (err) {
      if (!(session.reused && err instanceof FlowError && err.code === "subject_token_invalid")) {
        throw err;
      }
      session = await sessionTokens(org, options, deps, true);
      return await step(session.tokens);
    }
  };
  return { org, withSession };
}

type Session = Awaited<ReturnType<typeof signedIn>>;

/** The assertion of every app (or of the one --aws-acct-fed-app-id names). */
async function everyAssertion(
  { org, withSession }: Session,
  options: WebOptions,
  deps: WebDeps,
): Promise<AppAssertion[]> {
  const apps = await withSession((tokens) => chooseApps(org, tokens, options, deps));
  const assertions: AppAssertion[] = [];
  for (const app of apps) {
    assertions.push(await withSession((tokens) => assertionFor(org, tokens, app, options, deps)));
  }
  return assertions;
}

/** Runs the whole web flow and returns one credential set, or one per role with allProfiles. */
export async function webFlow(options: WebOptions, deps: WebDeps): Promise<CredentialSet[]> {
  const session = await signedIn(options, deps);
  const { org, withSession } = session;
  if (!options.allProfiles) {
    const apps = await withSession((tokens) => chooseApps(org, tokens, options, deps));
    const assertion = await assertionForPresets(
      apps,
      (app) => withSession((tokens) => assertionFor(org, tokens, app, options, deps)),
      options,
      deps,
    );
    const role = await chooseRole(assertion.roles, {
      idpPreset: options.idpPreset,
      rolePreset: options.rolePreset,
      labels: options.labels,
      pick: deps.pick,
      messages: { idp: t("prompt_idp", {}, deps.lang), role: t("prompt_role", {}, deps.lang) },
    });
    deps.trace?.(
      `chose ${role.roleArn} (IdP ${role.principalArn}, app ${assertion.app.appInstanceId}), ${assertion.durationSeconds} s`,
    );
    // Chosen in a picker (no preset, more than one role): remembered, so that a cached answer
    // later names the role it reuses.
    const picked = !options.rolePreset && assertion.roles.length > 1;
    const set = await assume(role, assertion, options, deps);
    return [picked ? { ...set, picked } : set];
  }
  const assertions = await everyAssertion(session, options, deps);
  const work = assertions.flatMap((a) => a.roles.map((role) => ({ role, assertion: a })));
  let done = 0;
  const sets = await mapAdaptive(work, async (w) => {
    const set = await assume(w.role, w.assertion, options, deps);
    deps.status?.(t("progress_roles", { done: ++done, total: work.length }, deps.lang));
    return set;
  }, stsPace(deps)).finally(() => deps.status?.(undefined));
  const roles = work.map((w) => w.role);
  const aliases = needsAlias(options.profileNameTemplate)
    ? await accountAliases(roles, sets, options, deps)
    : new Map<string, string>();
  const names = profileNames(roles, options.labels, options.profileNameTemplate, aliases);
  return sets.map((set, i) => ({ ...set, profile: names[i]! }));
}

/** A role the user reaches through a Federation app, with its --all-profiles name. */
export interface ReachableRole {
  role: SamlRole;
  appId: string;
  name: string;
}

/**
 * Every role of every Federation app (`profiles sync`), named as --all-profiles names them,
 * without credentials: STS is asked only for the {alias} of a template, once per account.
 */
export async function reachableRoles(
  options: WebOptions,
  deps: WebDeps,
): Promise<ReachableRole[]> {
  const every = { ...options, allProfiles: true };
  const assertions = await everyAssertion(await signedIn(every, deps), every, deps);
  const work = assertions.flatMap((a) => a.roles.map((role) => ({ role, assertion: a })));
  const roles = work.map((w) => w.role);
  let aliases = new Map<string, string>();
  if (needsAlias(options.profileNameTemplate)) {
    // One role per account signs the alias request.
    const firsts = work.filter((w, i) =>
      roles.findIndex((r) => r.accountId === w.role.accountId) === i
    );
    const sets = await mapAdaptive(
      firsts,
      (w) => assume(w.role, w.assertion, options, deps),
      stsPace(deps),
    );
    aliases = await accountAliases(firsts.map((w) => w.role), sets, options, deps, true);
  }
  const names = profileNames(roles, options.labels, options.profileNameTemplate, aliases);
  return work.map((w, i) => ({
    role: w.role,
    appId: w.assertion.app.appInstanceId,
    name: names[i]!,
  }));
}

/**
 * A renewal of `set`: the same app, IdP and role as presets, nothing opened or shown, and a
 * sign-in refused (okta_session.ts) rather than started while the user's command runs.
 */
function renewalOf(
  set: CredentialSet,
  options: WebOptions,
  deps: WebDeps,
): [WebOptions, WebDeps] {
  return [
    {
      ...options,
      appId: set.appId ?? options.appId,
      idpPreset: set.principalArn ?? options.idpPreset,
      rolePreset: set.roleArn,
      allProfiles: false,
      openBrowser: false,
      qrCode: false,
    },
    { ...deps, renewal: true, status: undefined },
  ];
}

/**
 * The web flow as a credential provider: keyed in the credential cache by org, client and
 * duration (the role, IdP and app come with each set).
 */
export function webProvider(options: WebOptions, deps: WebDeps): CredentialProvider {
  return {
    identity: {
      org: options.org.origin,
      clientId: options.clientId,
      duration: options.sessionDuration,
      ...(options.policies ? { policies: policyKey(options.policies) } : {}),
    },
    retrieve: (request?: RetrieveRequest) =>
      request?.renewing
        ? webFlow(...renewalOf(request.renewing, options, deps))
        : webFlow(options, deps),
  };
}
