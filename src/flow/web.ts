// `okta-aws web`: Okta device authorization, token exchange for a web SSO token, the SAML
// assertion of each AWS Account Federation app, role choice, and STS AssumeRoleWithSAML
// (PROTOCOLS section 1, steps 1-10).
import type { CredentialProvider, CredentialSet } from "../credentials.ts";
import { FlowError } from "../errors.ts";
import { createHttp, type Fetch } from "../http/client.ts";
import { type Lang, phrase, t } from "../i18n/messages.ts";
import {
  type OktaTokens,
  pollDeviceToken,
  requestDeviceAuthorization,
} from "../okta/device_authorization.ts";
import { exchangeForWebSsoToken } from "../okta/token_exchange.ts";
import { type FederationApp, isClassicOrg, listFederationApps } from "../okta/app_links.ts";
import { extractSamlResponse, fetchSamlPage } from "../okta/saml.ts";
import { isLoopback, type OktaOrg, oktaOrg } from "../okta/org.ts";
import { parseSamlAssertion, type SamlRole } from "../aws/saml_roles.ts";
import {
  assumeRoleWithSaml,
  isDurationError,
  MAX_DURATION,
  MIN_DURATION,
  stsRegion,
} from "../aws/sts.ts";
import { applyPresets, chooseRole, type Labels, needsAlias, profileNames } from "./choose_role.ts";
import { accountAlias } from "../aws/iam.ts";
import type { Picker } from "../ui/picker.ts";
import { refreshOktaTokens } from "../okta/refresh.ts";
import { tokensFresh, type TokenStore } from "../cache/okta_tokens.ts";

const STS_CONCURRENCY = 8;
/** Every role allows an hour (IAM's smallest maximum): the one retry asks for it. */
const FALLBACK_DURATION = 3600;

export interface WebOptions {
  org: URL;
  clientId: string;
  appId?: string;
  idpPreset?: string;
  rolePreset?: string;
  /** Seconds asked for; `durationExplicit` says whether the user asked. */
  sessionDuration: number;
  durationExplicit: boolean;
  /** Region for STS (the user's or us-east-1). */
  region: string;
  /** The region to write with the credentials: only one the user gave. */
  outputRegion?: string;
  /** AWS_ENDPOINT_URL_STS (or AWS_ENDPOINT_URL) from the run's environment. */
  stsEndpoint?: string;
  allProfiles: boolean;
  /** `openid okta.apps.sso okta.users.read.self`, plus `offline_access` with --refresh-token. */
  scopes: string;
  profile: string;
  qrCode: boolean;
  openBrowser: boolean;
  openBrowserCommand?: string;
  userAgent: string;
  labels: Labels;
  /** The deadline of each HTTP exchange, body included (OKTA_AWS_HTTP_TIMEOUT). */
  httpTimeoutMs: number;
  /** --all-profiles names (a template, presets resolved). */
  profileNameTemplate: string;
  /** AWS_ENDPOINT_URL_IAM (or AWS_ENDPOINT_URL), for the account aliases. */
  iamEndpoint?: string;
}

export interface WebDeps {
  fetch: Fetch;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  /** Writes one line of text to stderr. */
  log: (line: string) => void;
  openUrl: (url: string, command: string | undefined) => Promise<void>;
  qrCode: (text: string) => Promise<string>;
  pick: Picker;
  lang: Lang;
  debug?: (line: string) => void;
  /** The Okta session cache, when sessions are reused. */
  tokens?: TokenStore;
  /** --debug: one line per step (what, where, how long), never a secret. */
  trace?: (line: string) => void;
  /** A live progress line on a terminal (undefined clears it); absent elsewhere. */
  status?: (text: string | undefined) => void;
}

/** Runs one protocol step, and with --debug says what it was and how long it took. */
async function timed<T>(deps: WebDeps, what: string, step: () => Promise<T>): Promise<T> {
  if (!deps.trace) return await step();
  const started = deps.now();
  try {
    const result = await step();
    deps.trace(`${what}: ${deps.now() - started} ms`);
    return result;
  } catch (err) {
    deps.trace(`${what}: failed after ${deps.now() - started} ms`);
    throw err;
  }
}

/** Cached tokens are used only with more than this left. */
const TOKEN_MARGIN_MS = 5 * 60_000;

/**
 * The activation URL goes to a browser opener: only https on the org's own host (http when
 * the org itself is http on loopback, as in tests) is let through.
 */
export function checkVerificationUri(uri: string, org: URL): string {
  let url: URL | undefined;
  try {
    url = new URL(uri);
  } catch {
    url = undefined;
  }
  const sameHost = url !== undefined && url.host === org.host && url.username === "" &&
    url.password === "";
  const scheme = url?.protocol === "https:" ||
    (url?.protocol === "http:" && org.protocol === "http:" && isLoopback(org.hostname));
  if (!url || !sameHost || !scheme || uri.startsWith("-")) {
    throw new FlowError("verification_uri_refused", { uri, host: org.host });
  }
  return url.href;
}

async function signIn(org: OktaOrg, options: WebOptions, deps: WebDeps): Promise<OktaTokens> {
  let authorization;
  try {
    authorization = await timed(
      deps,
      `device authorization (POST ${org.as.device_authorization_endpoint}, scope "${options.scopes}")`,
      () => requestDeviceAuthorization(org, options.scopes),
    );
  } catch (err) {
    if (
      err instanceof FlowError && options.scopes.includes("offline_access") &&
      String(err.params.error) === "invalid_scope"
    ) {
      throw new FlowError("refresh_token_not_enabled", { clientId: options.clientId }, {
        cause: err,
      });
    }
    // Only now is it worth one more call to tell a Classic org apart.
    if (err instanceof FlowError && err.code !== "network" && await isClassicOrg(org)) {
      throw new FlowError("classic_org", { host: org.url.host }, { cause: err });
    }
    throw err;
  }
  const url = checkVerificationUri(
    authorization.verification_uri_complete ?? authorization.verification_uri,
    org.url,
  );
  deps.log(t("notice_open_url", { url, code: authorization.user_code }, deps.lang));
  if (options.qrCode) deps.log(await deps.qrCode(url));
  if (options.openBrowser || options.openBrowserCommand) {
    try {
      await deps.openUrl(url, options.openBrowserCommand);
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      deps.log(t("notice_browser_failed", { reason }, deps.lang));
    }
  }
  return await timed(
    deps,
    `waiting for approval (polling ${org.as.token_endpoint} every ${
      authorization.interval ?? 5
    } s, code valid ${authorization.expires_in} s)`,
    () =>
      pollDeviceToken(org, authorization, {
        now: deps.now,
        sleep: deps.sleep,
        onSlowDown: (seconds) => deps.log(t("notice_slow_down", { seconds }, deps.lang)),
        onBusy: (status, seconds) =>
          deps.log(t("notice_retry_wait", { host: org.url.host, status, seconds }, deps.lang)),
        onWait: (left) =>
          deps.status?.(
            t("progress_waiting", {
              time: `${Math.floor(left / 60)}:${String(left % 60).padStart(2, "0")}`,
            }, deps.lang),
          ),
      }).finally(() => deps.status?.(undefined)),
  );
}

interface SessionTokens {
  tokens: OktaTokens;
  /** True when they came from the cache (or a refresh), so a refusal may mean they are stale. */
  reused: boolean;
}

/**
 * The Okta tokens for this run: cached ones while fresh, else renewed with the refresh token,
 * else a new device sign-in. Under a cross-process lock, so that many callers cause one
 * browser prompt.
 */
async function sessionTokens(
  org: OktaOrg,
  options: WebOptions,
  deps: WebDeps,
  discardCached: boolean,
): Promise<SessionTokens> {
  const store = deps.tokens;
  if (!store) {
    deps.trace?.("Okta session: not kept for this output (--cache-access-token keeps it)");
    return { tokens: await signIn(org, options, deps), reused: false };
  }
  const release = await store.lock((path) =>
    deps.log(t("notice_waiting_lock", { org: org.url.host, path }, deps.lang))
  );
  try {
    const cached = discardCached ? undefined : store.load();
    if (cached && tokensFresh(cached, deps.now(), TOKEN_MARGIN_MS)) {
      deps.trace?.(
        `Okta session: cached, ${Math.round((cached.expiresAt - deps.now()) / 60_000)} min left`,
      );
      return { tokens: cached, reused: true };
    }
    deps.trace?.(`Okta session: ${cached ? "cached one too old" : "none cached"}`);
    if (cached?.refresh_token) {
      const refreshed = await timed(
        deps,
        `refresh (POST ${org.as.token_endpoint})`,
        () => refreshOktaTokens(org, cached.refresh_token!, options.scopes),
      );
      if (refreshed) {
        store.save(refreshed, deps.now());
        return { tokens: refreshed, reused: true };
      }
    }
    store.drop();
    const tokens = await signIn(org, options, deps);
    store.save(tokens, deps.now());
    return { tokens, reused: false };
  } finally {
    release();
  }
}

async function chooseApps(
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
async function assertionForPresets(
  apps: FederationApp[],
  fetch: (app: FederationApp) => Promise<AppAssertion>,
  options: WebOptions,
  deps: WebDeps,
): Promise<AppAssertion> {
  if (apps.length === 1) return await fetch(apps[0]!);
  const all: AppAssertion[] = [];
  for (const app of apps) all.push(await fetch(app));
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
    // The preset's own error, over the roles of every app.
    applyPresets(all.flatMap((a) => a.roles), options);
  }
  const app = await pickApp(holding.map((a) => a.app), deps);
  return holding.find((a) => a.app === app)!;
}

interface AppAssertion {
  app: FederationApp;
  SAMLAssertion: string;
  roles: SamlRole[];
  /** What to ask STS for: the user's duration, else the assertion's SessionDuration. */
  durationSeconds: number;
}

async function assertionFor(
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
  return { app, SAMLAssertion, roles: info.roles, durationSeconds };
}

/** STS for one role, retried once at 3600 s when the role's maximum is lower. */
async function assume(
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
  };
  const sts = { http: stsHttp(options, deps) };
  const call = (seconds: number) =>
    timed(
      deps,
      `AssumeRoleWithSAML ${role.roleArn} for ${seconds} s (region ${input.region}${
        input.endpoint ? `, endpoint ${input.endpoint}` : ""
      })`,
      () => assumeRoleWithSaml({ ...input, durationSeconds: seconds }, sts, deps.now),
    );
  let credentials;
  try {
    credentials = await call(input.durationSeconds);
  } catch (err) {
    if (!isDurationError(err) || input.durationSeconds <= FALLBACK_DURATION) throw err;
    deps.log(
      t("notice_duration_retry", { role: role.roleArn, seconds: input.durationSeconds }, deps.lang),
    );
    credentials = await call(FALLBACK_DURATION);
  }
  return {
    profile: options.profile,
    credentials,
    roleArn: role.roleArn,
    principalArn: role.principalArn,
    appId: assertion.app.appInstanceId,
    region: options.outputRegion,
  };
}

async function mapBounded<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>) {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** STS calls: okta-aws's HTTP policy; 429 and 5xx are left to the SDK's own retries. */
function stsHttp(options: WebOptions, deps: WebDeps): Fetch {
  return createHttp({
    fetch: deps.fetch,
    debug: deps.debug,
    sleep: deps.sleep,
    timeoutMs: options.httpTimeoutMs,
  });
}

/** Runs the whole web flow and returns one credential set, or one per role with allProfiles. */
export async function webFlow(options: WebOptions, deps: WebDeps): Promise<CredentialSet[]> {
  const http = createHttp({
    fetch: deps.fetch,
    userAgent: options.userAgent,
    operation: "web",
    debug: deps.debug,
    sleep: deps.sleep,
    timeoutMs: options.httpTimeoutMs,
    transient: true,
    notice: (host, status, seconds) =>
      deps.log(t("notice_retry_wait", { host, status, seconds }, deps.lang)),
  });
  const org = oktaOrg(options.org, options.clientId, http);
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
  const apps = await withSession((tokens) => chooseApps(org, tokens, options, deps));
  if (!options.allProfiles) {
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
    return [await assume(role, assertion, options, deps)];
  }
  const assertions: AppAssertion[] = [];
  for (const app of apps) {
    assertions.push(await withSession((tokens) => assertionFor(org, tokens, app, options, deps)));
  }
  const work = assertions.flatMap((a) => a.roles.map((role) => ({ role, assertion: a })));
  let done = 0;
  const sets = await mapBounded(work, STS_CONCURRENCY, async (w) => {
    const set = await assume(w.role, w.assertion, options, deps);
    deps.status?.(t("progress_roles", { done: ++done, total: work.length }, deps.lang));
    return set;
  }).finally(() => deps.status?.(undefined));
  const roles = work.map((w) => w.role);
  const aliases = needsAlias(options.profileNameTemplate)
    ? await accountAliases(roles, sets, options, deps)
    : new Map<string, string>();
  const names = profileNames(roles, options.labels, options.profileNameTemplate, aliases);
  return sets.map((set, i) => ({ ...set, profile: names[i]! }));
}

/**
 * Each account's IAM alias, asked once per account with the first credentials issued for it
 * (as okta-aws-cli does). Where there is none (or the role may not read it), the account id
 * stands in, and the user is told once per account, where okta-aws-cli wrote "org" and let
 * names collide.
 */
async function accountAliases(
  roles: SamlRole[],
  sets: CredentialSet[],
  options: WebOptions,
  deps: WebDeps,
): Promise<Map<string, string>> {
  const first = new Map<string, number>();
  roles.forEach((r, i) => first.has(r.accountId) || first.set(r.accountId, i));
  const http = stsHttp(options, deps);
  const found = await mapBounded([...first], STS_CONCURRENCY, async ([account, i]) => {
    const alias = await timed(
      deps,
      `IAM ListAccountAliases for ${account}`,
      () => accountAlias(sets[i]!.credentials, roles[i]!.partition, http, options.iamEndpoint),
    );
    if (!alias) deps.log(t("notice_no_alias", { account, role: roles[i]!.roleArn }, deps.lang));
    return [account, alias] as const;
  });
  return new Map(found.filter((f): f is [string, string] => f[1] !== undefined));
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
    },
    retrieve: () => webFlow(options, deps),
  };
}
