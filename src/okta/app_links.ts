// The user's AWS Account Federation apps, from `GET /api/v1/users/me/appLinks` (needs the
// okta.users.read.self scope), following `Link: <...>; rel="next"` pages.
import { FlowError } from "../errors.ts";
import { ensureOk } from "../http/client.ts";
import type { OktaOrg } from "./org.ts";
import { jsonObject, stringField } from "../text/json.ts";

export interface FederationApp {
  appInstanceId: string;
  label: string;
}

const MAX_PAGES = 50;

function nextLink(header: string | null, origin: string): URL | undefined {
  if (!header) return undefined;
  for (const part of header.split(",")) {
    const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (m) {
      const url = new URL(m[1]!, origin);
      // Never send the bearer token to another host.
      return url.origin === origin ? url : undefined;
    }
  }
  return undefined;
}

/** Lists the `amazon_aws` app links of the signed-in user, in Okta's order. */
export async function listFederationApps(
  org: OktaOrg,
  accessToken: string,
): Promise<FederationApp[]> {
  const apps: FederationApp[] = [];
  const seen = new Set<string>();
  let url: URL | undefined = new URL("/api/v1/users/me/appLinks", org.url.origin);
  // A Link header that points back at a page already read ends the walk.
  for (let page = 0; url && !seen.has(url.href) && page < MAX_PAGES; page++) {
    seen.add(url.href);
    const response = await org.http(url, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    // 401: the access token is no longer good (a stale cached session).
    if (response.status === 401) throw new FlowError("subject_token_invalid", {});
    if (response.status === 403) throw new FlowError("app_links_forbidden", {});
    ensureOk(response, "GET", url);
    const links: unknown = await response.json();
    if (!Array.isArray(links)) {
      throw new FlowError("unexpected_response", {
        url: `${url.host}${url.pathname}`,
        expected: "a JSON list",
        contentType: "JSON that is not a list",
        title: "",
      });
    }
    for (const entry of links) {
      const link = jsonObject(entry);
      const id = link && stringField(link, "appInstanceId");
      if (
        link && link.appName === "amazon_aws" && id !== undefined && id !== "" &&
        !apps.some((a) => a.appInstanceId === id)
      ) {
        const label = stringField(link, "label");
        apps.push({ appInstanceId: id, label: label && label.trim() !== "" ? label : id });
      }
    }
    url = nextLink(response.headers.get("link"), org.url.origin);
  }
  return apps;
}

/** `GET /.well-known/okta-organization`: true when the org runs the Classic engine. */
export async function isClassicOrg(org: OktaOrg): Promise<boolean> {
  try {
    const url = new URL("/.well-known/okta-organization", org.url.origin);
    const response = await org.http(url);
    if (!response.ok) return false;
    const body = jsonObject(await response.json());
    return body?.pipeline === "v1";
  } catch {
    return false;
  }
}
