// The run's one way out: a fetch that makes the single Deno.HttpClient (what trust.ts trusts;
// proxies from the environment, as Deno reads them) on its first request, and says of a request
// that failed before any answer why, and which way it went (proxy.ts). Runs that make no
// request (a cached credential_process answer) never load the OS store.
import { classifyFailure, type Failure } from "./failure.ts";
import { ignoredProxies, type IgnoredProxy, type Route, routeOf } from "./proxy.ts";
import { type BundleChoice, loadTrust, type TrustReport, type TrustWorld } from "./trust.ts";

type Env = Readonly<Record<string, string>>;
/** A fetch function (the platform's, or the run's own); client.ts names it Fetch too. */
type Fetch = typeof fetch;

/** A request that got no answer: why, which way it went, and what the run trusted. */
export class TransportError extends Error {
  readonly failure: Failure;
  readonly route: Route;
  readonly trusted?: TrustReport;
  constructor(failure: Failure, route: Route, trusted: TrustReport | undefined, cause: unknown) {
    super(failure.detail, { cause });
    this.name = "TransportError";
    this.failure = failure;
    this.route = route;
    this.trusted = trusted;
  }
}

export interface NetworkOptions {
  /** The transport underneath (Deno's fetch; a test's own). */
  fetch: Fetch;
  env: Env;
  os: string;
  /** The CA bundle to add, if any: asked at the first request (it may read the config file). */
  bundle: () => BundleChoice | undefined;
  /** A proxy variable Deno would drop without a word: said once, at the first request. */
  ignoredProxy: (ignored: IgnoredProxy) => void;
  /** --debug: what is trusted, and each certificate set aside. */
  trace?: (line: string) => void;
  world?: TrustWorld;
}

export interface Network {
  fetch: Fetch;
  /** What the run trusts (made now when no request has been sent yet). */
  trust(): Promise<TrustReport>;
  /** Which way a request to `url` goes. */
  route(url: URL): Route;
}

function describe(report: TrustReport): string {
  const system = report.system.state === "loaded"
    ? `OS store ${report.system.count} certificates`
    : report.system.state === "deno"
    ? `OS store left to DENO_TLS_CA_STORE=${report.system.value}`
    : `OS store unavailable (${report.system.reason})`;
  const bundle = report.bundle
    ? `; bundle ${report.bundle.path} (${report.bundle.source.from}) ${report.bundle.count} certificates`
    : "";
  return `trust: Deno's roots; ${system}${bundle}`;
}

/** The run's network: nothing happens until the first request. */
export function createNetwork(options: NetworkOptions): Network {
  let ready: Promise<{ client: Deno.HttpClient; report: TrustReport }> | undefined;
  const prepare = () => {
    ready ??= (async () => {
      for (const ignored of ignoredProxies(options.env)) options.ignoredProxy(ignored);
      const loaded = await loadTrust(
        { env: options.env, os: options.os, bundle: options.bundle() },
        options.world,
      );
      options.trace?.(describe(loaded.report));
      for (const label of loaded.report.skipped) {
        options.trace?.(`trust: set aside ${label}: the runtime cannot parse it`);
      }
      return loaded;
    })();
    return ready;
  };
  const route = (url: URL) => routeOf(url, options.env);
  return {
    route,
    trust: async () => (await prepare()).report,
    async fetch(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
      const { client, report } = await prepare();
      const url = new URL(input instanceof Request ? input.url : String(input));
      let response: Response;
      try {
        response = await options.fetch(input, { ...init, client });
      } catch (err) {
        // The caller's deadline (an abort) is a timeout too, on the way it was taking.
        const failure = err instanceof DOMException
          ? { kind: "timeout" as const, detail: err.message }
          : classifyFailure(err, url);
        throw new TransportError(failure, route(url), report, err);
      }
      const way = route(url);
      if (response.status === 407 && way.kind === "proxy") {
        // An http:// request through a forwarding proxy gets the proxy's 407 as an answer.
        await response.body?.cancel();
        throw new TransportError(
          { kind: "proxy_auth", detail: "proxy authentication required" },
          way,
          report,
          undefined,
        );
      }
      return response;
    },
  };
}
