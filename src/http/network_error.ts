// A request that got no answer, as the user's error: which service (the Okta org, STS, IAM,
// IAM Identity Center, the console sign-in), which way (direct or through which proxy), why,
// and the knob of that service in the hint (never --org-domain for an AWS endpoint).
import { FlowError, type FlowErrorCode } from "../errors.ts";
import type { MessageKey } from "../i18n/messages.ts";
import { type Params, type Phrase, phrase } from "../i18n/phrase.ts";
import { classifyFailure, type FailureKind } from "./failure.ts";
import { TransportError } from "./network.ts";
import type { Route } from "./proxy.ts";
import type { TrustReport } from "./trust.ts";
import { bundleSourcePhrase } from "./trust.ts";

/** The services okta-aws talks to, each with its own knob. */
export type Service =
  | "okta"
  | "sts"
  | "iam"
  | "sso_oidc"
  | "sso_portal"
  | "signin"
  | "team_config";

const SERVICE: Record<Service, MessageKey> = {
  okta: "service_okta",
  sts: "service_sts",
  iam: "service_iam",
  sso_oidc: "service_sso_oidc",
  sso_portal: "service_sso_portal",
  signin: "service_signin",
  team_config: "service_team_config",
};

const KNOB: Record<Service, MessageKey> = {
  okta: "knob_okta",
  sts: "knob_sts",
  iam: "knob_iam",
  sso_oidc: "knob_sso_oidc",
  sso_portal: "knob_sso_portal",
  signin: "knob_signin",
  team_config: "knob_team_config",
};

/** The codes of a request that got no answer (doctor and the poll loop tell them apart). */
const NETWORK_CODES: readonly FlowErrorCode[] = [
  "network",
  "network_dns",
  "network_refused",
  "network_timeout",
  "tls_untrusted",
  "tls_expired",
  "tls_not_yet_valid",
  "tls_wrong_name",
  "tls_failed",
  "proxy_auth",
  "proxy_unreachable",
  "proxy_tunnel_failed",
];

/** The failures worth another try later (the network may come back); TLS and proxy auth won't. */
const PASSING: readonly FlowErrorCode[] = [
  "network",
  "network_dns",
  "network_refused",
  "network_timeout",
  "proxy_unreachable",
];

export function isNetworkFailure(err: unknown): err is FlowError {
  return err instanceof FlowError && NETWORK_CODES.includes(err.code);
}

export function isPassingFailure(err: unknown): err is FlowError {
  return err instanceof FlowError && PASSING.includes(err.code);
}

const CODE: Record<FailureKind, FlowErrorCode> = {
  dns: "network_dns",
  refused: "network_refused",
  timeout: "network_timeout",
  tls_untrusted: "tls_untrusted",
  tls_expired: "tls_expired",
  tls_not_yet_valid: "tls_not_yet_valid",
  tls_wrong_name: "tls_wrong_name",
  tls: "tls_failed",
  proxy_auth: "proxy_auth",
  tunnel_failed: "proxy_tunnel_failed",
  other: "network",
};

/** What the run trusted, in words, for the hint of an untrusted certificate (and doctor). */
export function trustedPhrase(report: TrustReport | undefined): Phrase {
  if (!report) return phrase("trusted_roots");
  const bundle = report.bundle
    ? phrase("trusted_bundle", {
      path: report.bundle.path,
      source: bundleSourcePhrase(report.bundle.source),
    })
    : "";
  switch (report.system.state) {
    case "loaded":
      return phrase("trusted_system", { count: report.system.count, bundle });
    case "deno":
      return phrase("trusted_deno_store", { value: report.system.value, bundle });
    case "unavailable":
      return phrase("trusted_no_system", { bundle });
  }
}

/** What one code's hint says besides the knob: the trust in force, or the way to a proxy. */
function extraParams(code: FlowErrorCode, route: Route, transport?: TransportError): Params {
  if (code === "tls_untrusted") return { trusted: trustedPhrase(transport?.trusted) };
  if (code !== "network_dns") return {};
  return {
    advice: route.kind === "direct" && route.bypassed
      ? phrase("dns_advice_bypassed", { variable: route.bypassed })
      : phrase("dns_advice_no_proxy"),
  };
}

/** " through the proxy ..." / " (direct: NO_PROXY)" / nothing, after the host in the message. */
function viaPhrase(route: Route): Phrase | string {
  if (route.kind === "proxy") return phrase("via_proxy", { proxy: route.proxy.display });
  return route.bypassed ? phrase("via_bypassed", { variable: route.bypassed }) : "";
}

/**
 * The FlowError of a request to `service` at `url` that got no answer. `timeoutSeconds` words
 * the run's own deadline (an abort, a DOMException) as a timeout.
 */
export function networkError(
  service: Service,
  url: URL,
  err: unknown,
  timeoutSeconds: number,
): FlowError {
  const transport = err instanceof TransportError ? err : undefined;
  const failure = err instanceof DOMException
    ? { kind: "timeout" as const, detail: err.message }
    : transport?.failure ?? classifyFailure(err, url);
  const route: Route = transport?.route ?? { kind: "direct" };
  const base: Params = {
    service: phrase(SERVICE[service]),
    knob: phrase(KNOB[service]),
    host: url.host,
    via: viaPhrase(route),
    detail: failure.detail,
    seconds: timeoutSeconds,
  };
  if (route.kind === "proxy") {
    const proxy = { proxy: route.proxy.display, variable: route.proxy.variable };
    if (failure.kind === "dns" || failure.kind === "refused") {
      return new FlowError("proxy_unreachable", { ...base, ...proxy }, { cause: err });
    }
    if (failure.kind === "proxy_auth" || failure.kind === "tunnel_failed") {
      return new FlowError(CODE[failure.kind], {
        ...base,
        ...proxy,
        given: phrase(
          route.proxy.credentials ? "proxy_credentials_given" : "proxy_credentials_none",
          { variable: route.proxy.variable },
        ),
      }, { cause: err });
    }
  }
  const code = CODE[failure.kind];
  return new FlowError(code, { ...base, ...extraParams(code, route, transport) }, { cause: err });
}
