// A fake AWS STS on 127.0.0.1 speaking the Query protocol (form POST, XML answers):
// AssumeRoleWithSAML, AssumeRoleWithWebIdentity (trusting scripted issuers) and GetCallerIdentity,
// with scriptable errors and role maximums. It also
// answers IAM's ListAccountAliases (same protocol; point AWS_ENDPOINT_URL_IAM at it), for the
// credentials it issued.
// Each call issues fresh, unique credentials, which double as leak canaries.
import { type Listen, serveFake } from "./serve.ts";

export interface StsError {
  code: string;
  message: string;
  status?: number;
}

export interface FakeStsScript {
  /** Where it listens: HTTP on 127.0.0.1 unless told (serve.ts). */
  listen?: Listen;
  /** Error answers by role ARN. */
  errors?: Record<string, StsError>;
  /** MaxSessionDuration by role ARN: a longer DurationSeconds gets ValidationError. */
  maxDuration?: Record<string, number>;
  /** Answer this many calls with Throttling first. */
  throttle?: number;
  /** IAM account aliases by account id (ListAccountAliases); absent: no alias. */
  aliases?: Record<string, string>;
  /** Accounts whose roles may not call iam:ListAccountAliases (AccessDenied). */
  aliasDenied?: string[];
  /** ListAccountAliases answers 500 ServiceFailure (IAM having a bad minute). */
  aliasFailing?: boolean;
  /**
   * AssumeRoleWithWebIdentity: the issuers (`iss` of the JWT) with an IAM OIDC provider;
   * absent: any issuer. Another issuer gets InvalidIdentityToken, as AWS answers.
   */
  oidcIssuers?: string[];
  /** AssumeRole: the ExternalId a role's trust policy requires. */
  externalIds?: Record<string, string>;
  /** AssumeRole: roles whose trust policy does not allow sts:SetSourceIdentity. */
  noSourceIdentity?: string[];
  /** Every credential issued expires after this many seconds, whatever was asked (renewals). */
  lifetimeSeconds?: number;
  /** Each answer waits this long (a distant region; `deno task bench`'s --all-profiles). */
  latencyMs?: number;
  /** At most this many calls at once; more are answered Throttling (400), as STS does. */
  maxInFlight?: number;
  /** Credentials another fake issued (Identity Center's portal) that may call AssumeRole too. */
  alsoTrusted?: () => { accessKeyId: string; sessionToken: string; expiration: string }[];
}

export interface StsCall {
  action: string;
  params: Record<string, string>;
  authorization?: string;
}

export interface IssuedCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  roleArn: string;
  expiration: string;
  /** Issued by AssumeRole with credentials of a role: a role-chaining session. */
  chained?: boolean;
}

export interface FakeSts {
  url: string;
  script: FakeStsScript;
  calls: StsCall[];
  issued: IssuedCredentials[];
  /** How many calls were answered Throttling for going over maxInFlight. */
  throttled(): number;
  close(): Promise<void>;
  /** `await using`: close() when the scope ends. */
  [Symbol.asyncDispose](): Promise<void>;
}

const XMLNS = "https://sts.amazonaws.com/doc/2011-06-15/";

function random(alphabet: string, n: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(n));
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join("");
}

function xml(body: string, status = 200): Response {
  return new Response(body, { status, headers: { "content-type": "text/xml" } });
}

/** The session policies of a call (PolicyArns.member.N.arn), in order. */
export function policyArnsOf(params: Record<string, string>): string[] {
  const out: string[] = [];
  for (let n = 1; params[`PolicyArns.member.${n}.arn`] !== undefined; n++) {
    out.push(params[`PolicyArns.member.${n}.arn`]!);
  }
  return out;
}

function policyError(params: Record<string, string>): StsError | undefined {
  const arns = policyArnsOf(params);
  if (arns.length > 10) {
    return { code: "ValidationError", message: "PolicyArns: at most 10 members" };
  }
  if (arns.some((a) => !/^arn:aws[a-z-]*:iam::(\d{12}|aws):policy\//.test(a))) {
    return { code: "ValidationError", message: "PolicyArns: not a policy ARN" };
  }
  const policy = params.Policy;
  if (policy === undefined) return undefined;
  try {
    JSON.parse(policy);
  } catch {
    return { code: "MalformedPolicyDocument", message: "The policy is not valid JSON" };
  }
  return policy.length > 2048
    ? { code: "PackedPolicyTooLarge", message: "The inline policy is too large" }
    : undefined;
}

function errorXml(e: StsError): Response {
  const type = e.code === "Throttling" ? "Receiver" : "Sender";
  return xml(
    `<ErrorResponse xmlns="${XMLNS}"><Error><Type>${type}</Type><Code>${e.code}</Code><Message>${e.message}</Message></Error><RequestId>${crypto.randomUUID()}</RequestId></ErrorResponse>`,
    e.status ?? 400,
  );
}

export function startFakeSts(script: FakeStsScript = {}): Promise<FakeSts> {
  const calls: StsCall[] = [];
  const issued: IssuedCredentials[] = [];
  let throttled = 0;
  /** Fresh, unique credentials for a role (they double as leak canaries). */
  const issue = (role: string, duration: number): IssuedCredentials => {
    const creds: IssuedCredentials = {
      accessKeyId: `ASIA${random("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)}`,
      secretAccessKey: random(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
        40,
      ),
      sessionToken: `FwoGZXIvYXdzE${
        random("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 120)
      }`,
      roleArn: role,
      expiration: new Date(Date.now() + (script.lifetimeSeconds ?? duration) * 1000).toISOString()
        .replace(/\.\d{3}Z$/, "Z"),
    };
    issued.push(creds);
    return creds;
  };
  const handler = async (req: Request): Promise<Response> => {
    const params = Object.fromEntries(new URLSearchParams(await req.text()));
    const action = params.Action ?? "";
    calls.push({ action, params, authorization: req.headers.get("authorization") ?? undefined });
    if (script.maxInFlight !== undefined && inFlight >= script.maxInFlight) {
      throttledCalls++;
      return errorXml({ code: "Throttling", message: "Rate exceeded", status: 400 });
    }
    inFlight++;
    try {
      if (script.latencyMs) await new Promise((r) => setTimeout(r, script.latencyMs));
      return await answer(action, params, req);
    } finally {
      inFlight--;
    }
  };
  let inFlight = 0;
  let throttledCalls = 0;
  const answer = async (
    action: string,
    params: Record<string, string>,
    req: Request,
  ): Promise<Response> => {
    if (script.throttle && throttled < script.throttle) {
      throttled++;
      return errorXml({ code: "Throttling", message: "Rate exceeded", status: 400 });
    }
    // Session policies, as STS checks them on every Assume* call: at most 10 managed policy
    // ARNs, an inline policy of JSON within 2048 characters.
    if (action.startsWith("AssumeRole")) {
      const refused = policyError(params);
      if (refused) return errorXml(refused);
    }
    // One handler per Action (STS and IAM's Query API).
    const routes: Record<string, () => Response | Promise<Response>> = {
      "AssumeRoleWithSAML": () => {
        const role = params.RoleArn ?? "";
        const scripted = script.errors?.[role];
        if (scripted) return errorXml(scripted);
        const duration = Number(params.DurationSeconds ?? 3600);
        const max = script.maxDuration?.[role] ?? 43200;
        if (duration > max) {
          return errorXml({
            code: "ValidationError",
            message:
              "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.",
          });
        }
        if (!params.SAMLAssertion || !params.PrincipalArn) {
          return errorXml({
            code: "MissingParameter",
            message: "SAMLAssertion and PrincipalArn are required",
          });
        }
        const creds = issue(role, duration);
        const account = role.split(":")[4];
        const roleName = role.split("/").pop();
        return xml(
          `<AssumeRoleWithSAMLResponse xmlns="${XMLNS}"><AssumeRoleWithSAMLResult>` +
            `<Audience>https://signin.aws.amazon.com/saml</Audience>` +
            `<AssumedRoleUser><AssumedRoleId>AROAFAKE:jane@example.com</AssumedRoleId><Arn>arn:aws:sts::${account}:assumed-role/${roleName}/jane@example.com</Arn></AssumedRoleUser>` +
            `<Credentials><AccessKeyId>${creds.accessKeyId}</AccessKeyId><SecretAccessKey>${creds.secretAccessKey}</SecretAccessKey>` +
            `<SessionToken>${creds.sessionToken}</SessionToken><Expiration>${creds.expiration}</Expiration></Credentials>` +
            `<Subject>jane@example.com</Subject><SubjectType>unspecified</SubjectType><Issuer>http://www.okta.com/exk1fake</Issuer>` +
            `<NameQualifier>fake</NameQualifier></AssumeRoleWithSAMLResult>` +
            `<ResponseMetadata><RequestId>${crypto.randomUUID()}</RequestId></ResponseMetadata></AssumeRoleWithSAMLResponse>`,
        );
      },
      "AssumeRoleWithWebIdentity": () => {
        const role = params.RoleArn ?? "";
        const scripted = script.errors?.[role];
        if (scripted) return errorXml(scripted);
        const duration = Number(params.DurationSeconds ?? 3600);
        if (duration > (script.maxDuration?.[role] ?? 43200)) {
          return errorXml({
            code: "ValidationError",
            message:
              "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.",
          });
        }
        const token = params.WebIdentityToken ?? "";
        let iss = "";
        try {
          iss = JSON.parse(atob(token.split(".")[1]!.replace(/-/g, "+").replace(/_/g, "/"))).iss;
        } catch {
          return errorXml({ code: "InvalidIdentityToken", message: "Couldn't parse the token" });
        }
        if (script.oidcIssuers && !script.oidcIssuers.includes(iss)) {
          return errorXml({
            code: "InvalidIdentityToken",
            message: `No OpenIDConnect provider found in your account for ${iss}`,
          });
        }
        if (!params.RoleSessionName) {
          return errorXml({ code: "MissingParameter", message: "RoleSessionName is required" });
        }
        const creds = issue(role, duration);
        const account = role.split(":")[4];
        const roleName = role.split("/").pop();
        const session = params.RoleSessionName;
        return xml(
          `<AssumeRoleWithWebIdentityResponse xmlns="${XMLNS}"><AssumeRoleWithWebIdentityResult>` +
            `<SubjectFromWebIdentityToken>0oafakeclient</SubjectFromWebIdentityToken><Audience>api://default</Audience>` +
            `<AssumedRoleUser><AssumedRoleId>AROAFAKE:${session}</AssumedRoleId><Arn>arn:aws:sts::${account}:assumed-role/${roleName}/${session}</Arn></AssumedRoleUser>` +
            `<Credentials><AccessKeyId>${creds.accessKeyId}</AccessKeyId><SecretAccessKey>${creds.secretAccessKey}</SecretAccessKey>` +
            `<SessionToken>${creds.sessionToken}</SessionToken><Expiration>${creds.expiration}</Expiration></Credentials>` +
            `<Provider>${iss}</Provider></AssumeRoleWithWebIdentityResult>` +
            `<ResponseMetadata><RequestId>${crypto.randomUUID()}</RequestId></ResponseMetadata></AssumeRoleWithWebIdentityResponse>`,
        );
      },
      "AssumeRole": () => {
        // A role-chaining hop: signed with credentials this fake issued, still valid, and with
        // their session token; AWS caps a chained session at one hour.
        const keyId = /Credential=([A-Z0-9]+)\//.exec(req.headers.get("authorization") ?? "")?.[1];
        const caller = [...issued, ...(script.alsoTrusted?.() ?? [])]
          .find((c) => c.accessKeyId === keyId);
        if (
          !caller || Date.parse(caller.expiration) <= Date.now() ||
          req.headers.get("x-amz-security-token") !== caller.sessionToken ||
          !/Signature=[0-9a-f]{64}/.test(req.headers.get("authorization") ?? "")
        ) {
          return errorXml({
            code: "InvalidClientTokenId",
            message: "The security token included in the request is invalid.",
            status: 403,
          });
        }
        const role = params.RoleArn ?? "";
        const scripted = script.errors?.[role];
        if (scripted) return errorXml(scripted);
        // What the role's trust policy refuses, as STS words it.
        const denied = (action: string) =>
          errorXml({
            code: "AccessDenied",
            message: `User: ${
              "roleArn" in caller ? caller.roleArn : keyId
            } is not authorized to perform: ${action} on resource: ${role}`,
            status: 403,
          });
        const wanted = script.externalIds?.[role];
        if (wanted !== undefined && params.ExternalId !== wanted) return denied("sts:AssumeRole");
        if (params.SourceIdentity !== undefined && script.noSourceIdentity?.includes(role)) {
          return denied("sts:SetSourceIdentity");
        }
        const duration = Number(params.DurationSeconds ?? 3600);
        if (duration > 3600) {
          return errorXml({
            code: "ValidationError",
            message:
              "The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.",
          });
        }
        const creds = { ...issue(role, duration), chained: true };
        issued[issued.length - 1] = creds;
        const account = role.split(":")[4];
        const roleName = role.split("/").pop();
        return xml(
          `<AssumeRoleResponse xmlns="${XMLNS}"><AssumeRoleResult>` +
            `<AssumedRoleUser><AssumedRoleId>AROAFAKE:${params.RoleSessionName}</AssumedRoleId><Arn>arn:aws:sts::${account}:assumed-role/${roleName}/${params.RoleSessionName}</Arn></AssumedRoleUser>` +
            `<Credentials><AccessKeyId>${creds.accessKeyId}</AccessKeyId><SecretAccessKey>${creds.secretAccessKey}</SecretAccessKey>` +
            `<SessionToken>${creds.sessionToken}</SessionToken><Expiration>${creds.expiration}</Expiration></Credentials>` +
            `</AssumeRoleResult><ResponseMetadata><RequestId>${crypto.randomUUID()}</RequestId></ResponseMetadata></AssumeRoleResponse>`,
        );
      },
      "GetCallerIdentity": () => {
        const keyId = /Credential=([A-Z0-9]+)\//.exec(req.headers.get("authorization") ?? "")?.[1];
        const creds = issued.find((c) => c.accessKeyId === keyId);
        if (!creds) {
          return errorXml({
            code: "InvalidClientTokenId",
            message: "The security token included in the request is invalid.",
            status: 403,
          });
        }
        if (
          Date.parse(creds.expiration) <= Date.now() ||
          req.headers.get("x-amz-security-token") !== creds.sessionToken
        ) {
          return errorXml({
            code: "ExpiredToken",
            message: "The security token included in the request is expired",
            status: 400,
          });
        }
        const account = creds.roleArn.split(":")[4];
        const roleName = creds.roleArn.split("/").pop();
        return xml(
          `<GetCallerIdentityResponse xmlns="${XMLNS}"><GetCallerIdentityResult>` +
            `<Arn>arn:aws:sts::${account}:assumed-role/${roleName}/jane@example.com</Arn>` +
            `<UserId>AROAFAKE:jane@example.com</UserId><Account>${account}</Account>` +
            `</GetCallerIdentityResult><ResponseMetadata><RequestId>${crypto.randomUUID()}</RequestId></ResponseMetadata></GetCallerIdentityResponse>`,
        );
      },
      "ListAccountAliases": () => {
        const keyId = /Credential=([A-Z0-9]+)\//.exec(req.headers.get("authorization") ?? "")?.[1];
        const creds = issued.find((c) => c.accessKeyId === keyId);
        if (!creds) {
          return errorXml({ code: "InvalidClientTokenId", message: "invalid token", status: 403 });
        }
        const account = creds.roleArn.split(":")[4]!;
        if (script.aliasFailing) {
          return errorXml({ code: "ServiceFailure", message: "internal failure", status: 500 });
        }
        if (script.aliasDenied?.includes(account)) {
          return errorXml({ code: "AccessDenied", message: "not authorized", status: 403 });
        }
        const alias = script.aliases?.[account];
        return xml(
          `<ListAccountAliasesResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><ListAccountAliasesResult>` +
            `<IsTruncated>false</IsTruncated><AccountAliases>${
              alias ? `<member>${alias}</member>` : ""
            }</AccountAliases></ListAccountAliasesResult>` +
            `<ResponseMetadata><RequestId>${crypto.randomUUID()}</RequestId></ResponseMetadata></ListAccountAliasesResponse>`,
        );
      },
    };
    const route = routes[action];
    if (route) return await route();
    return errorXml({ code: "InvalidAction", message: `Could not find operation ${action}` });
  };
  const { server, origin } = serveFake(handler, script.listen);
  return Promise.resolve({
    throttled: () => throttledCalls,
    url: origin,
    script,
    calls,
    issued,
    close: () => server.shutdown(),
    [Symbol.asyncDispose]: () => server.shutdown(),
  });
}
