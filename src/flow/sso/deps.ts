// What every IAM Identity Center step shares: its endpoints, its outside world (HTTP policy,
// clock, browser, the lock around a token refresh) and the client registrations kept between
// logins.
import type { Fetch } from "../../http/client.ts";
import type { Lang } from "../../i18n/phrase.ts";
import { t } from "../../i18n/messages.ts";
import type { IcOptions } from "../../aws/identity_center.ts";
import type { RegistrationStore } from "../../cache/sso_registrations.ts";
import type { TokenCaches } from "../../cache/sso_tokens.ts";
import type { SsoSession } from "../../aws/sso_config.ts";
import type { Lock } from "../../fs/lock.ts";
import type { LoopbackCallback } from "../../http/loopback_callback.ts";

export interface SsoEndpoints {
  /** AWS_ENDPOINT_URL_SSO_OIDC (or AWS_ENDPOINT_URL). */
  oidc?: string;
  /** AWS_ENDPOINT_URL_SSO (or AWS_ENDPOINT_URL). */
  portal?: string;
}

export interface SsoDeps {
  /** okta-aws's HTTP policy for each service's calls (the SDK retries). */
  http: { oidc: Fetch; portal: Fetch };
  env: Readonly<Record<string, string>>;
  endpoints: SsoEndpoints;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  /** One line on stderr. */
  log: (line: string) => void;
  lang: Lang;
  /** Opens a URL in the browser. */
  openUrl: (url: string) => Promise<void>;
  qrCode: (text: string) => Promise<string>;
  /** The cross-process lock around one session's token refresh or login. */
  lock: (name: string) => Promise<Lock>;
  registrations: RegistrationStore;
  /** Where session tokens are kept: the AWS CLI's cache, or okta-aws's (--no-aws-cli-cache). */
  tokens: TokenCaches;
  /** Starts the PKCE callback server (a real one on 127.0.0.1 unless a test says otherwise). */
  listen: () => LoopbackCallback;
  /** --debug: one line per step. */
  trace?: (line: string) => void;
}

export function oidcOptions(session: SsoSession, deps: SsoDeps): IcOptions {
  return { http: deps.http.oidc, region: session.region, endpoint: deps.endpoints.oidc };
}

export function portalOptions(session: SsoSession, deps: SsoDeps): IcOptions {
  return { http: deps.http.portal, region: session.region, endpoint: deps.endpoints.portal };
}

/** The OIDC service's origin: the endpoint given, else the region's. */
export function oidcOrigin(session: SsoSession, deps: SsoDeps): string {
  return (deps.endpoints.oidc ?? `https://oidc.${session.region}.amazonaws.com`).replace(
    /\/+$/,
    "",
  );
}

/** The notice for a cache directory other users may write to (sso_cache.ts). */
export function sharedDirNotice(deps: SsoDeps): (dir: string) => void {
  return (dir) => deps.log(t("notice_shared_cache_dir", { dir }, deps.lang));
}
