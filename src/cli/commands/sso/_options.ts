// What every `okta-aws sso ...` command shares: settings -> the Identity Center deps (HTTP
// policy, endpoints, locks, registrations, browser), the profile or session named on the
// command line, and how a sign-in reaches the browser.
import { isWsl } from "../../../ui/wsl.ts";
import type { Deps } from "../../../deps.ts";
import type { Lang } from "../../../i18n/phrase.ts";
import { t } from "../../../i18n/messages.ts";
import { printable } from "../../../text/printable.ts";
import { createHttp } from "../../../http/client.ts";
import { listenForCallback } from "../../../http/loopback_callback.ts";
import { qrCode } from "../../../ui/qr.ts";
import { cacheRoot } from "../../../cache/paths.ts";
import { acquireCacheLock } from "../../../cache/store.ts";
import { registrationStore } from "../../../cache/sso_registrations.ts";
import { tokenCaches } from "../../../cache/sso_tokens.ts";
import {
  readSsoConfig,
  resolveProfile,
  resolveSession,
  type SsoConfigFile,
  type SsoProfile,
  type SsoSession,
} from "../../../aws/sso_config.ts";
import type { SsoDeps } from "../../../flow/sso/mod.ts";
import type { LoginMethod, SsoLoginOptions } from "../../../flow/sso/mod.ts";
import { UsageError } from "../../../errors.ts";
import { phrase } from "../../../i18n/phrase.ts";
import type { Source } from "../../settings.ts";
import { httpTimeoutMs } from "../../checks.ts";
import { lockTimeoutMs } from "../../pipeline.ts";
import type { FlagValues } from "../../../config/flag_spec.ts";
import type { SSO_SIGN_IN_FLAGS } from "./spec.ts";

/** --profile and --sso-session: what an Identity Center command acts on. */
export interface TargetValues {
  readonly profile: string | undefined;
  readonly ssoSession: string | undefined;
}

/**
 * The deps of the Identity Center flows, from the run's world and settings; tokens are kept in
 * the AWS CLI's cache unless `noAwsCliCache` (commands without the flag sign out of both).
 */
export function ssoDeps(
  deps: Deps,
  values: { readonly debug: boolean; readonly noAwsCliCache?: boolean },
  lang: Lang,
  log: (line: string) => void,
): SsoDeps {
  const env = deps.env;
  const root = cacheRoot(env, deps.os);
  const trace = values.debug ? (line: string) => log(`[debug] ${printable(line)}`) : undefined;
  const http = (service: "sso_oidc" | "sso_portal") =>
    createHttp({
      fetch: deps.fetch,
      service,
      sleep: deps.sleep,
      timeoutMs: httpTimeoutMs(env),
      debug: trace ? (line) => log(`[api] ${printable(line)}`) : undefined,
    });
  return {
    http: { oidc: http("sso_oidc"), portal: http("sso_portal") },
    env,
    endpoints: {
      oidc: env.AWS_ENDPOINT_URL_SSO_OIDC || env.AWS_ENDPOINT_URL || undefined,
      portal: env.AWS_ENDPOINT_URL_SSO || env.AWS_ENDPOINT_URL || undefined,
    },
    now: deps.now,
    sleep: deps.sleep,
    log,
    lang,
    openUrl: (url) => deps.openUrl(url, undefined),
    qrCode,
    lock: (name) =>
      acquireCacheLock(
        root,
        name,
        lockTimeoutMs(env),
        (path) => log(t("notice_waiting_lock", { org: "IAM Identity Center", path }, lang)),
      ),
    registrations: registrationStore(root),
    tokens: tokenCaches(
      env,
      root,
      values.noAwsCliCache === true,
      (dir) => log(t("notice_shared_cache_dir", { dir }, lang)),
    ),
    listen: () => listenForCallback(lang),
    trace,
  };
}

/** --profile, else AWS_PROFILE (the flag's variable), else "default". */
export function profileName(values: { readonly profile: string | undefined }): string {
  return values.profile ?? "default";
}

/** The command that signs in to a profile's session, for the hints of an ended session. */
export function loginCommand(profile: string): string {
  return profile === "default" ? "okta-aws sso login" : `okta-aws sso login --profile ${profile}`;
}

/** The profile's settings, or the session's when --sso-session is given. */
export async function sessionOf(
  values: TargetValues,
  env: Readonly<Record<string, string>>,
): Promise<{ config: SsoConfigFile; session: SsoSession; profile?: SsoProfile; login: string }> {
  const config = await readSsoConfig(env);
  const sessionName = values.ssoSession;
  if (sessionName !== undefined) {
    return {
      config,
      session: resolveSession(config, sessionName),
      login: `okta-aws sso login --sso-session ${sessionName}`,
    };
  }
  const name = profileName(values);
  const profile = resolveProfile(config, name);
  return {
    config,
    session: profile.session,
    profile,
    login: loginCommand(name),
  };
}

/**
 * No browser can open here: an SSH session, or Linux/BSD without a display. Then the device
 * code is the default, as the issue and the AWS CLI's users expect.
 */
function browserUnavailable(env: Readonly<Record<string, string>>, os: string): boolean {
  if (env.SSH_CONNECTION || env.SSH_TTY) return true;
  // Under WSL the Windows browser opens without a display on the Linux side.
  if (os === "windows" || os === "darwin" || isWsl(env, os)) return false;
  return !env.DISPLAY && !env.WAYLAND_DISPLAY && !env.BROWSER;
}

/** --use-device-code, legacy sessions (no PKCE registration) and no browser: device code. */
export function loginOptions(
  values: FlagValues<typeof SSO_SIGN_IN_FLAGS>,
  session: SsoSession,
  deps: Deps,
  force: boolean,
): SsoLoginOptions {
  const noBrowser = values.noBrowser;
  const headless = browserUnavailable(deps.env, deps.os);
  const device = values.useDeviceCode || session.name === undefined || headless;
  const method: LoginMethod = device ? "device" : "pkce";
  return {
    session,
    method,
    openBrowser: !noBrowser && !headless,
    qrCode: values.qrCode,
    force,
  };
}

/** Both --profile and --sso-session name what to act on: one of them. */
export function oneTarget(
  run: { values: TargetValues; sources: { readonly profile?: Source } },
  command: string,
): void {
  if (run.sources.profile === "flag" && run.values.ssoSession) {
    throw new UsageError("usage_conflict", {
      reason: phrase("reason_profile_or_session", { command }),
    });
  }
}
