// Host names as typed by users (the org domain, the start URL): refused before any request when
// they cannot be a host, so that `acme,okta.com` or a bare `acme` is a usage error naming the
// flag, not a DNS failure after a wait.
import type { MessageKey } from "../i18n/keys.ts";

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * Why `hostname` (as `URL` gives it: lower case, punycode) cannot be a host; undefined when it
 * can. IP addresses and `localhost` are hosts; any other name needs a dot (a bare word is
 * refused) and labels of letters, digits and inner hyphens.
 */
export function hostReason(hostname: string): MessageKey | undefined {
  if (hostname === "localhost" || /^\[[0-9a-f:.]+\]$/.test(hostname)) return undefined;
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(hostname)) return undefined;
  const labels = hostname.split(".");
  if (!labels.every((l) => LABEL.test(l))) return "reason_not_host";
  return labels.length < 2 ? "reason_bare_host" : undefined;
}
