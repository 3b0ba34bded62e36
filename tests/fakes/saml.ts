// SAML 2.0 Responses as Okta's AWS Account Federation app sends them, written from the SAML
// core spec and AWS's attribute names: a template, independent of okta-aws's parser.

export interface SamlRoleSpec {
  role: string;
  provider: string;
}

export interface SamlOptions {
  roles: SamlRoleSpec[];
  /** Element prefix for the assertion namespace: "saml2" (Okta), "saml", or "" (default ns). */
  prefix?: string;
  /** "provider,role" (Okta's order) or "role,provider". */
  order?: "provider-first" | "role-first";
  /** Put spaces around the comma. */
  spaces?: boolean;
  sessionDuration?: number;
  roleSessionName?: string;
  /** Leave out the Role attribute. */
  noRoleAttribute?: boolean;
  /** Prepend a DOCTYPE with an internal entity. */
  dtd?: boolean;
  /** Pad the assertion to reach a size. */
  padTo?: number;
}

const NS = "urn:oasis:names:tc:SAML:2.0:assertion";

function attribute(p: string, name: string, values: string[]): string {
  const v = values.map((x) =>
    `<${p}AttributeValue xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="xs:string">${x}</${p}AttributeValue>`
  ).join("");
  return `<${p}Attribute Name="${name}" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri">${v}</${p}Attribute>`;
}

/** The XML text of a SAML Response carrying the given AWS attributes. */
export function samlResponseXml(options: SamlOptions): string {
  const prefix = options.prefix ?? "saml2";
  const p = prefix ? `${prefix}:` : "";
  const nsDecl = prefix ? `xmlns:${prefix}="${NS}"` : `xmlns="${NS}"`;
  const sep = options.spaces ? " , " : ",";
  const pairs = options.roles.map((r) =>
    options.order === "role-first" ? `${r.role}${sep}${r.provider}` : `${r.provider}${sep}${r.role}`
  );
  const attributes = [
    options.noRoleAttribute
      ? ""
      : attribute(p, "https://aws.amazon.com/SAML/Attributes/Role", pairs),
    attribute(p, "https://aws.amazon.com/SAML/Attributes/RoleSessionName", [
      options.roleSessionName ?? "jane@example.com",
    ]),
    options.sessionDuration === undefined ? "" : attribute(
      p,
      "https://aws.amazon.com/SAML/Attributes/SessionDuration",
      [String(options.sessionDuration)],
    ),
  ].join("");
  const now = new Date().toISOString();
  const dtd = options.dtd ? `<!DOCTYPE r [<!ENTITY x "expanded">]>` : "";
  let xml = `<?xml version="1.0" encoding="UTF-8"?>${dtd}` +
    `<saml2p:Response xmlns:saml2p="urn:oasis:names:tc:SAML:2.0:protocol" Destination="https://signin.aws.amazon.com/saml" ID="id1" IssueInstant="${now}" Version="2.0">` +
    `<${p}Assertion ${nsDecl} ID="id2" IssueInstant="${now}" Version="2.0">` +
    `<${p}Issuer>http://www.okta.com/exk1fake</${p}Issuer>` +
    `<${p}Subject><${p}NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified">jane@example.com</${p}NameID></${p}Subject>` +
    `<${p}AttributeStatement>${attributes}</${p}AttributeStatement>` +
    (options.dtd ? `<${p}Note>&x;</${p}Note>` : "") +
    `</${p}Assertion></saml2p:Response>`;
  if (options.padTo && xml.length < options.padTo) {
    xml = xml.replace(
      "</saml2p:Response>",
      `<!--${"x".repeat(options.padTo - xml.length)}--></saml2p:Response>`,
    );
  }
  return xml;
}

/** The base64 SAMLResponse value. */
export function samlResponse(options: SamlOptions): string {
  const bytes = new TextEncoder().encode(samlResponseXml(options));
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** The page Okta serves at /login/token/sso: an auto-posting form, `+` and `=` as entities. */
export function samlPage(assertion: string): string {
  const encoded = assertion.replaceAll("+", "&#x2b;").replaceAll("=", "&#x3d;");
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Amazon Web Services (AWS)</title></head>` +
    `<body><form id="appForm" action="https&#x3a;&#x2f;&#x2f;signin.aws.amazon.com&#x2f;saml" method="POST">` +
    `<input name="SAMLResponse" type="hidden" value="${encoded}"/><input name="RelayState" type="hidden" value=""/>` +
    `</form><script>document.getElementById("appForm").submit();</script></body></html>`;
}
