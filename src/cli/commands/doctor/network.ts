// doctor's network checks: what the run trusts (Deno's roots, the OS store, the CA bundle and
// where it came from), proxy variables Deno would ignore, and the way (proxy or direct) to
// each endpoint doctor reaches.
import type { Network } from "../../../http/network.ts";
import { ignoredProxies, type Route } from "../../../http/proxy.ts";
import { trustedPhrase } from "../../../http/network_error.ts";
import {
  type Lang,
  type MessageKey,
  type Params,
  type Phrase,
  phrase,
} from "../../../i18n/messages.ts";
import type { Deps } from "../../../deps.ts";
import { ignoredProxyWords } from "../../network.ts";

/** How sure a finding is. */
export type Level = "ok" | "warn" | "fail";

/** What a check sees and how it reports (doctor.ts makes it; the network checks share it). */
export interface Context {
  deps: Deps;
  lang: Lang;
  add: (level: Level, what: string, key: MessageKey, params?: Params, fix?: MessageKey) => void;
  /** A FlowError as a finding: its message and its hint (the fix, with the guide step). */
  failWith: (what: string, err: unknown) => void;
}

/** Files Deno itself adds to its roots, named so that a user sees every trust source. */
const DENO_VARIABLES = ["DENO_CERT", "NODE_EXTRA_CA_CERTS"];

/**
 * The trust finding: ok with every source, warn when the OS store could not be read or a
 * certificate was left out, fail when the bundle cannot be used. False when nothing can be
 * reached (the bundle is broken): the network checks would all say the same.
 */
export async function checkTrust(c: Context, network: Network): Promise<boolean> {
  let report;
  try {
    report = await network.trust();
  } catch (err) {
    c.failWith("trust", err);
    return false;
  }
  const extra = DENO_VARIABLES.filter((v) => c.deps.env[v]);
  c.add("ok", "trust", "doctor_trust_ok", {
    trusted: trustedPhrase(report),
    extra: extra.length > 0 ? phrase("doctor_trust_extra", { variables: extra.join(", ") }) : "",
  });
  if (report.system.state === "unavailable") {
    c.add("warn", "trust", "doctor_trust_no_system", { reason: report.system.reason });
  }
  if (report.skipped.length > 0) {
    c.add("warn", "trust", "doctor_trust_skipped", {
      count: report.skipped.length,
      labels: report.skipped.join("; "),
    });
  }
  return true;
}

/** One warning per proxy variable Deno would drop without a word. */
export function checkProxies(c: Context): void {
  for (const ignored of ignoredProxies(c.deps.env)) {
    c.add("warn", "proxy", "doctor_proxy_ignored", ignoredProxyWords(ignored));
  }
}

/** The way to an endpoint, for its finding: `(through the proxy ...)` or `(direct)`. */
export function routeParams(route: Route): Params {
  let way: Phrase;
  if (route.kind === "proxy") {
    way = phrase("doctor_route_proxy", {
      proxy: route.proxy.display,
      variable: route.proxy.variable,
    });
  } else if (route.bypassed) {
    way = phrase("doctor_route_bypassed", { variable: route.bypassed });
  } else way = phrase("doctor_route_direct");
  return { route: way };
}
