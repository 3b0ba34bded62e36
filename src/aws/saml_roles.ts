// Reads the AWS roles out of a base64 SAML assertion: namespace-aware, DTDs refused, role and
// provider accepted in either order. What is read here is only a menu: STS validates the
// assertion itself.
import { DOMParser } from "@xmldom/xmldom";
import { parseIamArn } from "./arn.ts";
import { FlowError } from "../errors.ts";
import { type MessageKey, type Params, phrase } from "../i18n/messages.ts";

export const SAML_ASSERTION_NS = "urn:oasis:names:tc:SAML:2.0:assertion";
export const ROLE_ATTRIBUTE = "https://aws.amazon.com/SAML/Attributes/Role";
export const SESSION_DURATION_ATTRIBUTE = "https://aws.amazon.com/SAML/Attributes/SessionDuration";
export const ROLE_SESSION_NAME_ATTRIBUTE = "https://aws.amazon.com/SAML/Attributes/RoleSessionName";
/** STS rejects a SAMLAssertion longer than this. */
export const MAX_ASSERTION_CHARS = 100_000;

export interface SamlRole {
  roleArn: string;
  principalArn: string;
  accountId: string;
  /** `aws`, `aws-cn` or `aws-us-gov`. */
  partition: string;
  /** The last path segment of the role ARN. */
  roleName: string;
}

export interface SamlAssertionInfo {
  roles: SamlRole[];
  /** Role values that are not a role/provider pair, left out (the others still work). */
  skipped: string[];
  sessionDuration?: number;
  roleSessionName?: string;
}

function invalid(reason: MessageKey, params: Params = {}): FlowError {
  return new FlowError("saml_invalid", { reason: phrase(reason, params) });
}

function decodeBase64(text: string): string {
  const compact = text.replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(compact) || compact.length % 4 !== 0) {
    throw invalid("reason_not_base64");
  }
  const binary = atob(compact);
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw invalid("reason_not_utf8");
  }
}

interface XmlElement {
  getAttribute(name: string): string | null;
  getElementsByTagNameNS(ns: string, name: string): ArrayLike<XmlElement>;
  textContent: string | null;
}

/** Splits one Role value into role and provider ARNs, in whichever order they come. */
export function parseRolePair(value: string): SamlRole {
  const parts = value.split(",").map((p) => p.trim()).filter((p) => p !== "");
  if (parts.length !== 2) throw invalid("reason_role_pair", { value });
  const parsed = parts.map(parseIamArn);
  const role = parsed.find((arn) => arn?.type === "role");
  const provider = parsed.find((arn) => arn?.type === "saml-provider");
  if (!role || !provider) {
    throw invalid("reason_role_arns", { value });
  }
  return {
    roleArn: role.arn,
    principalArn: provider.arn,
    accountId: role.accountId,
    partition: role.partition,
    roleName: role.name,
  };
}

/**
 * Decodes and parses the assertion. Throws saml_too_large over STS's limit, saml_dtd for any
 * DTD, saml_invalid for bad base64 or XML; returns no roles when the Role attribute is absent.
 * A malformed Role value is skipped (listed in `skipped`), not fatal to the others.
 */
export function parseSamlAssertion(base64: string): SamlAssertionInfo {
  if (base64.length > MAX_ASSERTION_CHARS) {
    throw new FlowError("saml_too_large", { size: base64.length, max: MAX_ASSERTION_CHARS });
  }
  const xml = decodeBase64(base64);
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new FlowError("saml_dtd", {});
  let document: XmlElement;
  try {
    document = new DOMParser({
      onError: (level: string, message: string) => {
        if (level !== "warning") {
          throw invalid("reason_bad_xml", { detail: message.split("\n")[0]! });
        }
      },
    }).parseFromString(xml, "text/xml") as unknown as XmlElement;
  } catch (err) {
    if (err instanceof FlowError) throw err;
    throw invalid("reason_bad_xml", {
      detail: err instanceof Error ? err.message.split("\n")[0]! : String(err),
    });
  }
  const info: SamlAssertionInfo = { roles: [], skipped: [] };
  const attributes = Array.from(document.getElementsByTagNameNS(SAML_ASSERTION_NS, "Attribute"));
  for (const attribute of attributes) {
    const values = Array.from(attribute.getElementsByTagNameNS(SAML_ASSERTION_NS, "AttributeValue"))
      .map((v) => (v.textContent ?? "").trim());
    switch (attribute.getAttribute("Name")) {
      case ROLE_ATTRIBUTE:
        for (const value of values) {
          let role: SamlRole;
          try {
            role = parseRolePair(value);
          } catch {
            info.skipped.push(value);
            continue;
          }
          if (
            !info.roles.some((r) =>
              r.roleArn === role.roleArn && r.principalArn === role.principalArn
            )
          ) {
            info.roles.push(role);
          }
        }
        break;
      case SESSION_DURATION_ATTRIBUTE: {
        const seconds = Number(values[0]);
        if (Number.isInteger(seconds) && seconds > 0) info.sessionDuration = seconds;
        break;
      }
      case ROLE_SESSION_NAME_ATTRIBUTE:
        if (values[0]) info.roleSessionName = values[0];
        break;
    }
  }
  return info;
}
