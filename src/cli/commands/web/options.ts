// `okta-aws web`'s values -> the plain options of the web flow, each checked; every problem is
// a UsageError naming the flag.
import type { WebOptions } from "../../../flow/web/mod.ts";
import type { OktaYaml } from "../../../config/okta_yaml.ts";
import { isCacheable, type OutputRequest } from "../../pipeline.ts";
import { commonOptions } from "../../common_options.ts";
import { parseDuration, profileTemplate } from "../../checks.ts";
import type { Source } from "../../settings.ts";
import type { FlagSources, FlagValues } from "../../../config/flag_spec.ts";
import type { WEB } from "./spec.ts";

export const WEB_SCOPES = "openid okta.apps.sso okta.users.read.self";

export interface WebRun {
  web: WebOptions;
  /**
   * The Okta session cache: `keep` reads and saves it, `reuse` only reads one a cacheable run
   * saved (env-var output signs in no more than needed, and leaves no session behind), `off`
   * (--cache-access-token=false) neither.
   */
  session: "keep" | "reuse" | "off";
  refreshWindowSeconds: number;
  /** Set when the org domain given was an admin host. */
  adminDomainGiven?: string;
}

/** What webRun() reads: `okta-aws web`'s values and their sources. */
export interface WebSettings {
  values: FlagValues<typeof WEB.flags>;
  sources: FlagSources<typeof WEB.flags, Source>;
}

/**
 * Builds the options of `okta-aws web` from its values, env (AWS_* names), okta.yaml and the
 * outputs chosen for the run (they decide the cache and browser defaults).
 */
export function webRun(
  { values, sources }: WebSettings,
  env: Readonly<Record<string, string>>,
  yaml: OktaYaml,
  outputs: readonly OutputRequest[],
  platform: { os: string; arch: string },
): WebRun {
  const common = commonOptions(values, env, platform);
  const duration = parseDuration(values.awsSessionDuration);
  // An explicit setting wins; otherwise the outputs decide (a cacheable run keeps the session).
  const session = sources.cacheAccessToken
    ? (values.cacheAccessToken ? "keep" : "off")
    : isCacheable(outputs)
    ? "keep"
    : "reuse";
  // credential_process hides stderr on success: open the browser unless told not to.
  const openBrowser = sources.openBrowser
    ? values.openBrowser
    : outputs.some((o) => o.plugin === "process-credentials");
  const web: WebOptions = {
    ...common.flow,
    appId: values.awsAcctFedAppId,
    idpPreset: values.awsIamIdp,
    rolePreset: values.awsIamRole,
    sessionDuration: duration.seconds,
    durationExplicit: duration.explicit,
    allProfiles: values.allProfiles,
    scopes: values.refreshToken ? `${WEB_SCOPES} offline_access` : WEB_SCOPES,
    qrCode: values.qrCode,
    openBrowser,
    openBrowserCommand: values.openBrowserCommand,
    labels: { idps: yaml.idps, roles: yaml.roles },
    profileNameTemplate: profileTemplate(values.profileNameTemplate),
    iamEndpoint: env.AWS_ENDPOINT_URL_IAM || env.AWS_ENDPOINT_URL || undefined,
  };
  return {
    web,
    session,
    refreshWindowSeconds: common.refreshWindowSeconds,
    adminDomainGiven: common.adminDomainGiven,
  };
}
