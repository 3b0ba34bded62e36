// Why a request failed before any answer, read from what Deno's fetch throws: since Deno 2.9.2
// the error says only "fetch failed" and the reason is in `error.cause` (DNS, refused, TLS,
// proxy). The kinds are what a user can act on; the detail is the runtime's own words.

export type FailureKind =
  | "dns"
  | "refused"
  | "timeout"
  | "tls_untrusted"
  | "tls_expired"
  | "tls_not_yet_valid"
  | "tls_wrong_name"
  | "tls"
  | "proxy_auth"
  | "tunnel_failed"
  | "other";

export interface Failure {
  kind: FailureKind;
  /** The runtime's reason, without the request URL it repeats. */
  detail: string;
}

/** The messages of an error and its causes, outermost first. */
function messages(err: unknown): string[] {
  const out: string[] = [];
  let current: unknown = err;
  for (let depth = 0; current !== undefined && current !== null && depth < 8; depth++) {
    out.push(current instanceof Error ? current.message : String(current));
    current = current instanceof Error ? current.cause : undefined;
  }
  return out;
}

/**
 * The last words of the innermost message: `... (Connect): tcp connect error: ...` -> the tail.
 * The request URL it repeats goes first (a console sign-in URL holds a session's keys).
 */
function detailOf(message: string, url?: URL): string {
  let line = message.split("\n")[0]!;
  if (url) line = line.replaceAll(url.href, "").replaceAll(url.search, "");
  return line
    .replace(/^error sending request for url \([^)]*\):\s*/i, "")
    .replace(/^client error \(\w+\):\s*/i, "")
    .trim();
}

const KINDS: [FailureKind, RegExp][] = [
  ["proxy_auth", /proxy authentication required/i],
  ["tunnel_failed", /unsuccessful tunnel/i],
  ["tls_untrusted", /UnknownIssuer|unknown ca|self[- ]signed/i],
  ["tls_expired", /certificate expired|\bExpired\b/],
  ["tls_not_yet_valid", /not valid yet|NotValidYet/i],
  ["tls_wrong_name", /not valid for name|NotValidForName|hostname mismatch/i],
  ["tls", /invalid peer certificate|tls|certificate|handshake/i],
  [
    "dns",
    /dns error|failed to lookup address|Name or service not known|nodename nor servname|No such host is known|getaddrinfo/i,
  ],
  ["refused", /Connection refused|actively refused|os error (111|61|10061)\b|ECONNREFUSED/i],
  ["timeout", /timed out|os error (110|60|10060)\b|ETIMEDOUT/i],
];

/** What a failed fetch of `url` says went wrong; `other` keeps the runtime's words. */
export function classifyFailure(err: unknown, url?: URL): Failure {
  const all = messages(err);
  const detail = detailOf(all[all.length - 1] ?? "", url);
  const text = all.join("\n");
  for (const [kind, pattern] of KINDS) {
    if (pattern.test(text)) return { kind, detail };
  }
  return { kind: "other", detail };
}
