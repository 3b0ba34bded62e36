// Normalises what users type as the org domain into the org's base URL.
import { UsageError } from "../errors.ts";
import type { MessageKey } from "../i18n/keys.ts";
import { phrase } from "../i18n/phrase.ts";
import { isLoopback } from "../okta/org.ts";
import { hostReason } from "./host.ts";

export interface OrgDomain {
  url: URL;
  /** Set when an admin host was rewritten: the domain the user gave. */
  adminGiven?: string;
}

/**
 * Accepts `acme.okta.com`, `https://acme.okta.com/`, and the admin host `acme-admin.okta.com`
 * (rewritten without `-admin` in its first label). Rejects what cannot be a host (`acme,okta.com`,
 * a bare word), paths, queries and user info; allows `http://` only for loopback hosts (tests
 * and the demo).
 */
export function normalizeOrgDomain(input: string): OrgDomain {
  const given = input.trim();
  const invalid = (reason: MessageKey) =>
    new UsageError("usage_invalid", { flag: "--org-domain", value: given, reason: phrase(reason) });
  if (given === "") throw invalid("reason_empty");
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(given) ? given : `https://${given}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw invalid("reason_not_host");
  }
  if (url.username || url.password) throw invalid("reason_userinfo");
  const notHost = hostReason(url.hostname);
  if (notHost) throw invalid(notHost);
  if ((url.pathname !== "/" && url.pathname !== "") || url.search || url.hash) {
    throw invalid("reason_host_only");
  }
  if (url.protocol === "http:" && !isLoopback(url.hostname)) {
    throw invalid("reason_http_loopback");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw invalid("reason_use_https");
  const labels = url.hostname.split(".");
  if (labels[0]!.endsWith("-admin") && labels.length > 1) {
    labels[0] = labels[0]!.slice(0, -"-admin".length);
    const fixed = new URL(url);
    fixed.hostname = labels.join(".");
    return { url: new URL(fixed.origin), adminGiven: given };
  }
  return { url: new URL(url.origin) };
}
