// The SAML assertion of an AWS Account Federation app: `POST {org}/login/token/sso` with the
// web SSO token returns an auto-submitting HTML form whose SAMLResponse input holds it.
import { FlowError } from "../errors.ts";
import { ensureOk } from "../http/client.ts";
import type { OktaOrg } from "./org.ts";

/** Fetches the SAML form page; the token travels in the body, not the URL. */
export async function fetchSamlPage(org: OktaOrg, webSsoToken: string): Promise<string> {
  const url = new URL("/login/token/sso", org.url.origin);
  const response = await org.http(url, {
    method: "POST",
    headers: { accept: "text/html", "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ token: webSsoToken }).toString(),
  });
  ensureOk(response, "POST", url);
  return await response.text();
}

interface Node {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
  value?: string;
}

/**
 * Reads `<input name="SAMLResponse" value="...">` from the page with an HTML parser, so that
 * entities (`&#x2b;`, `&#x3d;`) are decoded as a browser would. Throws saml_form_missing
 * naming the page title when there is none.
 */
export async function extractSamlResponse(html: string): Promise<string> {
  const { parse } = await import("parse5");
  const document = parse(html) as unknown as Node;
  let assertion: string | undefined;
  let title = "";
  // An explicit stack, not recursion: a hostile page nests elements deeper than the call stack.
  const stack: Node[] = [document];
  while (assertion === undefined && stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeName === "title" && title === "") {
      title = (node.childNodes ?? []).map((c) => c.value ?? "").join("").trim();
    }
    if (node.nodeName === "input") {
      const attrs = new Map((node.attrs ?? []).map((a) => [a.name, a.value]));
      if (attrs.get("name") === "SAMLResponse") assertion = attrs.get("value") ?? "";
    }
    if (node.content) stack.push(node.content);
    const children = node.childNodes ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  if (!assertion) throw new FlowError("saml_form_missing", { title: title || "(no title)" });
  return assertion;
}
