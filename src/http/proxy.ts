// Which proxy Deno's fetch takes for a URL, read from the same variables by the same rules
// (Deno's ext/fetch/proxy.rs, checked against Deno 2.9): so that an error can name the proxy
// a request went through, doctor can say "proxy" or "direct" per endpoint, and a variable
// Deno would silently ignore is warned about. Never a password in what it returns.

type Env = Readonly<Record<string, string>>;

/** A proxy as the user may see it: scheme, host and port, never the user or password. */
export interface ProxyRoute {
  /** The variable it came from (`HTTPS_PROXY`, `https_proxy`, `ALL_PROXY`, ...). */
  variable: string;
  /** `http://proxy.corp:8080`. */
  display: string;
  /** The proxy URL carried a user and password. */
  credentials: boolean;
}

/** The way a request goes: through a proxy, or direct (and why, when a proxy is set). */
export type Route =
  | { kind: "proxy"; proxy: ProxyRoute }
  | { kind: "direct"; bypassed?: "NO_PROXY" | "no_proxy" };

/** A proxy variable Deno ignores without a word, and why. */
export interface IgnoredProxy {
  variable: string;
  display: string;
  reason: "user_without_password" | "unsupported_scheme" | "unparsable";
}

type Parsed =
  | { ok: true; display: string; credentials: boolean }
  | { ok: false; display: string; reason: IgnoredProxy["reason"] };

const SCHEMES = new Set(["http", "https", "socks5", "socks5h"]);

/**
 * A proxy URL as Deno reads it: no scheme means http; a user needs a `:` before the `@`
 * (`user:@host` for none), else Deno drops the whole proxy.
 */
function parseProxy(value: string): Parsed {
  const match = /^([a-z][a-z0-9+.-]*):\/\/(.*)$/i.exec(value);
  const scheme = match ? match[1]!.toLowerCase() : "http";
  const rest = match ? match[2]! : value;
  const authority = rest.split(/[/?#]/, 1)[0]!;
  const at = authority.indexOf("@");
  const hostPort = at < 0 ? authority : authority.slice(at + 1);
  const display = `${scheme}://${hostPort}`;
  if (!SCHEMES.has(scheme)) return { ok: false, display, reason: "unsupported_scheme" };
  if (hostPort === "" || /\s/.test(value)) return { ok: false, display, reason: "unparsable" };
  if (at >= 0 && !authority.slice(0, at).includes(":")) {
    return { ok: false, display, reason: "user_without_password" };
  }
  return { ok: true, display, credentials: at >= 0 };
}

/** The first variable of a pair (upper case first) that holds a proxy Deno takes. */
function firstUsable(env: Env, names: readonly string[]): ProxyRoute | undefined {
  for (const variable of names) {
    const value = env[variable];
    if (value === undefined) continue;
    const parsed = parseProxy(value);
    if (parsed.ok) return { variable, display: parsed.display, credentials: parsed.credentials };
  }
  return undefined;
}

/** Deno's order: ALL_PROXY for every scheme first, then HTTPS_PROXY, then HTTP_PROXY. */
function intercepts(env: Env): { scheme: "all" | "https:" | "http:"; proxy: ProxyRoute }[] {
  const out: { scheme: "all" | "https:" | "http:"; proxy: ProxyRoute }[] = [];
  const all = firstUsable(env, ["ALL_PROXY", "all_proxy"]);
  if (all) out.push({ scheme: "all", proxy: all });
  const https = firstUsable(env, ["HTTPS_PROXY", "https_proxy"]);
  if (https) out.push({ scheme: "https:", proxy: https });
  // Deno ignores HTTP_PROXY in a CGI context (a request header could set it).
  if (env.REQUEST_METHOD === undefined) {
    const http = firstUsable(env, ["HTTP_PROXY", "http_proxy"]);
    if (http) out.push({ scheme: "http:", proxy: http });
  }
  return out;
}

function ipv4(host: string): number | undefined {
  const parts = host.split(".");
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) < 256)) {
    return undefined;
  }
  return parts.reduce((n, p) => n * 256 + Number(p), 0);
}

/** A NO_PROXY entry against a host: IPv4 addresses and CIDR blocks, `*`, domains and suffixes. */
function bypasses(entry: string, host: string): boolean {
  const address = ipv4(host);
  const isIp = address !== undefined || host.includes(":");
  const [net, bits] = entry.split("/");
  const base = ipv4(net!);
  if (base !== undefined || net!.includes(":")) {
    if (!isIp) return false;
    if (bits === undefined) return net === host;
    const size = Number(bits);
    if (address === undefined || base === undefined || !(size >= 0 && size <= 32)) return false;
    const mask = size === 0 ? 0 : (~0 << (32 - size)) >>> 0;
    return ((address & mask) >>> 0) === ((base & mask) >>> 0);
  }
  if (isIp) return false;
  if (entry === "*") return true;
  if (entry === host || entry === `.${host}`) return true;
  if (!host.endsWith(entry)) return false;
  return entry.startsWith(".") || host[host.length - entry.length - 1] === ".";
}

/**
 * The way Deno's fetch sends a request to `url`: the proxy of the first variable that applies
 * to its scheme, unless NO_PROXY (else no_proxy) lists the host. Ports in NO_PROXY never match;
 * loopback hosts are proxied unless listed.
 */
export function routeOf(url: URL, env: Env): Route {
  const applies = intercepts(env).find((i) => i.scheme === "all" || i.scheme === url.protocol);
  if (!applies) return { kind: "direct" };
  const variable = env.NO_PROXY !== undefined ? "NO_PROXY" : "no_proxy";
  const list = env[variable] ?? "";
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (list !== "" && list.split(",").map((e) => e.trim()).some((e) => bypasses(e, host))) {
    return { kind: "direct", bypassed: variable };
  }
  return { kind: "proxy", proxy: applies.proxy };
}

/** Every proxy variable that is set but that Deno drops without a word. */
export function ignoredProxies(env: Env): IgnoredProxy[] {
  const names = [
    "ALL_PROXY",
    "all_proxy",
    "HTTPS_PROXY",
    "https_proxy",
    "HTTP_PROXY",
    "http_proxy",
  ];
  const out: IgnoredProxy[] = [];
  for (const variable of names) {
    const value = env[variable];
    if (value === undefined || value === "") continue;
    const parsed = parseProxy(value);
    if (!parsed.ok) out.push({ variable, display: parsed.display, reason: parsed.reason });
  }
  return out;
}
