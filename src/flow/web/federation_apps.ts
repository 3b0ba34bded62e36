// Which Federation app a run uses and its SAML assertion: appLinks, the picker, or the app
// whose assertion holds a preset role; then the token exchange and the SAML form.
import { FlowError, type FlowErrorCode } from "../../errors.ts";
import { phrase, t } from "../../i18n/messages.ts";
import type { OktaTokens } from "../../okta/device_authorization.ts";
import { exchangeForWebSsoToken } from "../../okta/token_exchange.ts";
import { type FederationApp, listFederationApps } from "../../okta/app_links.ts";
import { extractSamlResponse, fetchSamlPage } from "../../okta/saml.ts";
import type { OktaOrg } from "../../okta/org.ts";
import { parseSamlAssertion, type SamlRole } from "../../aws/saml_roles.ts";
import { MAX_DURATION, MIN_DURATION } from "../../aws/sts.ts";
import { applyPresets } from "./choose_role.ts";
import { timed, type WebDeps, type WebOptions } from "./deps.ts";

/**
 * The Federation apps to use: the one given, else the user's from appLinks; one is picked when
 * there are several, unless every one is used (--all-profiles) or a preset decides.
 */
export async function chooseApps(
  org: OktaOrg,
  tokens: OktaTokens,
  options: WebOptions,
  deps: WebDeps,
): Promise<FederationApp[]> {
  if (options.appId) return [{ appInstanceId: options.appId, label: options.appId }];
  const apps = await timed(
    deps,
    `Federation apps (GET ${org.url.origin}/api/v1/users/me/appLinks)`,
    () => listFederationApps(org, tokens.access_token),
  );
  deps.trace?.(`apps: ${apps.map((a) => `${a.label} (${a.appInstanceId})`).join(", ") || "none"}`);
  if (apps.length === 0) throw new FlowError("no_federation_apps");
  // Several apps and a preset role or IdP: the assertions say which app holds it.
  if (apps.length === 1 || options.allProfiles || options.rolePreset || options.idpPreset) {
    return apps;
  }
  return [await pickApp(apps, deps)];
}

function pickApp(apps: FederationApp[], deps: WebDeps): Promise<FederationApp> {
  return deps.pick({
    message: t("prompt_app", {}, deps.lang),
    what: phrase("what_app"),
    flag: "--aws-acct-fed-app-id",
    choices: apps.map((a) => ({ name: a.label, value: a, description: a.appInstanceId })),
  });
}

/**
 * The assertion to choose a role from: the one app's, or (several apps, a preset given) the
 * app whose assertion holds the preset; several such apps are picked from, none is the
 * preset's error listing every app's roles.
 */
export async function assertionForPresets(
  apps: FederationApp[],
  fetch: (app: FederationApp) => Promise<AppAssertion>,
  options: WebOptions,
  deps: WebDeps,
): Promise<AppAssertion> {
  if (apps.length === 1) return await fetch(apps[0]!);
  const all: AppAssertion[] = [];
  let refused: FlowError | undefined;
  for (const app of apps) {
    try {
      all.push(await fetch(app));
    } catch (err) {
      // An app this client may not sign in to (or without roles) holds no preset: the others
      // still may. Anything else (network, session) ends the search.
      if (!(err instanceof FlowError && APP_REFUSALS.includes(err.code))) throw err;
      deps.trace?.(`app ${app.appInstanceId} skipped: ${err.code}`);
      refused ??= err;
    }
  }
  if (all.length === 0) throw refused!;
  const holding = all.filter((a) => {
    try {
      applyPresets(a.roles, options);
      return true;
    } catch {
      return false;
    }
  });
  if (holding.length === 1) return holding[0]!;
  if (holding.length === 0) {
    // The preset's own error, over the roles of every app (or, for an IdP and a role that
    // only match in different apps, the first app's).
    applyPresets(all.flatMap((a) => a.roles), options);
    applyPresets(all[0]!.roles, options);
  }
  const app = await pickApp(holding.map((a) => a.app), deps);
  return holding.find((a) => a.app === app)!;
}

/** Refusals that concern one Federation app, not the sign-in: the search for a preset goes on. */
const APP_REFUSALS: readonly FlowErrorCode[] = [
  "web_sso_client_not_allowed",
  "token_exchange_not_enabled",
  "token_exchange_failed",
  "assurance_not_met",
  "saml_form_missing",
  "no_aws_roles",
];

export interface AppAssertion {
  app: FederationApp;
  SAMLAssertion: string;
  roles: SamlRole[];
  /** What to ask STS for: the user's duration, else the assertion's SessionDuration. */
  durationSeconds: number;
  /** The assertion's RoleSessionName (the user's login, as the app maps it). */
  roleSessionName?: string;
}

export async function assertionFor(
  org: OktaOrg,
  tokens: OktaTokens,
  app: FederationApp,
  options: WebOptions,
  deps: WebDeps,
): Promise<AppAssertion> {
  const webSsoToken = await timed(
    deps,
    `token exchange for app ${app.appInstanceId} (POST ${org.as.token_endpoint})`,
    () => exchangeForWebSsoToken(org, tokens, app.appInstanceId),
  );
  const SAMLAssertion = await timed(
    deps,
    `SAML assertion (POST ${org.url.origin}/login/token/sso)`,
    async () => await extractSamlResponse(await fetchSamlPage(org, webSsoToken)),
  );
  const info = parseSamlAssertion(SAMLAssertion);
  deps.trace?.(
    `assertion of ${app.appInstanceId}: ${info.roles.length} role(s), SessionDuration ${
      info.sessionDuration ?? "none"
    }`,
  );
  for (const value of info.skipped) {
    deps.log(t("notice_role_skipped", { value, appId: app.appInstanceId }, deps.lang));
  }
  if (info.roles.length === 0) throw new FlowError("no_aws_roles", { appId: app.appInstanceId });
  // SessionDuration is the Federation app's default, not a cap (AWS: the session lasts
  // DurationSeconds, bounded by the role's maximum): asked for when the user gave no duration.
  const durationSeconds = options.durationExplicit || info.sessionDuration === undefined
    ? options.sessionDuration
    : Math.min(Math.max(info.sessionDuration, MIN_DURATION), MAX_DURATION);
  return {
    app,
    SAMLAssertion,
    roles: info.roles,
    durationSeconds,
    ...(info.roleSessionName ? { roleSessionName: info.roleSessionName } : {}),
  };
}
