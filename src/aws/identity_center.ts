// IAM Identity Center's two services as protocol steps: SSO OIDC (RegisterClient,
// StartDeviceAuthorization, CreateToken) and the access portal (ListAccounts,
// ListAccountRoles, GetRoleCredentials, Logout), through @aws-sdk/client-sso-oidc and
// @aws-sdk/client-sso, imported only when a step runs. Requests go through okta-aws's HTTP
// policy; endpoints are the region's unless AWS_ENDPOINT_URL_SSO_OIDC / _SSO say otherwise.
import { type AwsCredentials, checkCredentials } from "../credentials.ts";
import { FlowError } from "../errors.ts";
import { phrase } from "../i18n/phrase.ts";
import type { Fetch } from "../http/client.ts";
import { sdkHttpHandler } from "./sdk_http.ts";
import { sdkError } from "./sdk_error.ts";
import type { PollState } from "../http/poll.ts";

export const DEVICE_CODE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";
export const AUTHORIZATION_CODE_GRANT = "authorization_code";
export const REFRESH_TOKEN_GRANT = "refresh_token";
export const DEFAULT_SSO_SCOPES = ["sso:account:access"];

export interface IcOptions {
  /** okta-aws's HTTP policy (without `transient`: the SDK retries). */
  http: Fetch;
  /** The sso_region. */
  region: string;
  /** AWS_ENDPOINT_URL_SSO_OIDC (OIDC calls) or AWS_ENDPOINT_URL_SSO (portal calls). */
  endpoint?: string;
}

/** A client registration: what the token cache keeps to refresh tokens later. */
export interface Registration {
  clientId: string;
  clientSecret: string;
  expiresAt: Date;
}

export interface DeviceAuthorization {
  deviceCode: string;
  userCode: string;
  verificationUri: string;
  verificationUriComplete?: string;
  expiresIn: number;
  interval: number;
}

export interface SsoToken {
  accessToken: string;
  expiresIn: number;
  refreshToken?: string;
}

export interface SsoAccount {
  accountId: string;
  accountName: string;
  emailAddress: string;
}

/**
 * A failed call as a FlowError: the session's end, a refusal, or the error. A request that got
 * no answer is already one (the HTTP policy names the service and the cause).
 */
function explain(err: unknown, operation: string): FlowError {
  if (err instanceof FlowError) return err;
  const { name, message, description: said } = sdkError(err);
  const description = (said ?? message ?? String(err)).split("\n")[0]!;
  if (name === "UnauthorizedException" || name === "InvalidGrantException") {
    return new FlowError("sso_session_expired", { operation, error: name }, { cause: err });
  }
  if (name === "AccessDeniedException") {
    return new FlowError("sso_access_denied", { operation }, { cause: err });
  }
  if (name === "ExpiredTokenException") {
    return new FlowError("device_code_expired", {}, { cause: err });
  }
  return new FlowError("sso_failed", { operation, error: name, description }, { cause: err });
}

type OidcSdk = typeof import("@aws-sdk/client-sso-oidc");
type PortalSdk = typeof import("@aws-sdk/client-sso");

function clientConfig(options: IcOptions) {
  return {
    region: options.region,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    maxAttempts: 3,
    requestHandler: sdkHttpHandler(options.http, "application/json"),
  };
}

/** One call: the SDK loaded (lazily), a client on our HTTP policy, errors explained. */
async function withClient<S, C extends { destroy(): void }, T>(
  load: () => Promise<S>,
  make: (sdk: S) => C,
  operation: string,
  call: (sdk: S, client: C) => Promise<T>,
): Promise<T> {
  const sdk = await load();
  const client = make(sdk);
  try {
    return await call(sdk, client);
  } catch (err) {
    throw explain(err, operation);
  } finally {
    client.destroy();
  }
}

/** An SSO OIDC call (RegisterClient, StartDeviceAuthorization, CreateToken). */
function withOidc<T>(
  options: IcOptions,
  operation: string,
  call: (sdk: OidcSdk, client: InstanceType<OidcSdk["SSOOIDCClient"]>) => Promise<T>,
): Promise<T> {
  return withClient(
    () => import("@aws-sdk/client-sso-oidc"),
    (sdk) => new sdk.SSOOIDCClient(clientConfig(options)),
    operation,
    call,
  );
}

/** A portal call (ListAccounts, ListAccountRoles, GetRoleCredentials, Logout). */
function withPortal<T>(
  options: IcOptions,
  operation: string,
  call: (sdk: PortalSdk, client: InstanceType<PortalSdk["SSOClient"]>) => Promise<T>,
): Promise<T> {
  return withClient(
    () => import("@aws-sdk/client-sso"),
    (sdk) => new sdk.SSOClient(clientConfig(options)),
    operation,
    call,
  );
}

function unusable(operation: string, description: string): FlowError {
  return new FlowError("sso_failed", { operation, error: "IncompleteResponse", description });
}

function required<T>(value: T | undefined | null, operation: string, field: string): T {
  if (value === undefined || value === null || value === "") {
    throw unusable(operation, `the answer lacks ${field}`);
  }
  return value;
}

/** A token or secret we keep and send back: printable ASCII only (no CR/LF to split a line). */
function token(value: string | undefined, operation: string, field: string): string {
  const text = required(value, operation, field);
  if (!/^[\x21-\x7e]+$/.test(text)) {
    // Never quoted: it is a secret.
    throw unusable(operation, `${field} has characters a token never holds`);
  }
  return text;
}

/**
 * A number of seconds within [min, max]: a server's 1e300 would make a date JavaScript cannot
 * write (bounded as STS expirations are, credentials.ts).
 */
function seconds(
  value: number | undefined,
  operation: string,
  field: string,
  [min, max]: readonly [number, number],
): number {
  const n = required(value, operation, field);
  if (!Number.isFinite(n) || n < min || n > max) {
    throw unusable(operation, `${field} ${n} is outside ${min}..${max}`);
  }
  return n;
}

const DAY = 86_400;
/** An access token lives at most this long (Identity Center sessions end within 90 days). */
export const TOKEN_SECONDS: readonly [number, number] = [1, 90 * DAY];
/** A registration (clientSecretExpiresAt) ends within this many seconds of now. */
const REGISTRATION_SECONDS = 400 * DAY;
/** A device code is valid for at most an hour; its poll interval at most a minute. */
const DEVICE_SECONDS: readonly [number, number] = [1, 3600];
const INTERVAL_SECONDS: readonly [number, number] = [1, 60];

/** Pages read of one listing before okta-aws calls the portal broken (100 items a page). */
export const MAX_PAGES = 1000;

/**
 * Every page of a portal listing: a token the portal already gave (a loop) or more than
 * MAX_PAGES pages is an error naming the portal, never an endless run or a partial list.
 */
async function allPages<P extends { nextToken?: string }>(
  options: IcOptions,
  operation: string,
  page: (nextToken: string | undefined) => Promise<P>,
): Promise<P[]> {
  const out: P[] = [];
  const seen = new Set<string>();
  let next: string | undefined;
  do {
    if (out.length >= MAX_PAGES) throw pagingError(options, operation, "too_many");
    const got = await page(next);
    out.push(got);
    next = got.nextToken || undefined;
    if (next !== undefined) {
      if (seen.has(next)) throw pagingError(options, operation, "repeated");
      seen.add(next);
    }
  } while (next !== undefined);
  return out;
}

function pagingError(
  options: IcOptions,
  operation: string,
  why: "too_many" | "repeated",
): FlowError {
  return new FlowError("sso_portal_paging", {
    operation,
    portal: options.endpoint ?? `https://portal.sso.${options.region}.amazonaws.com`,
    why: phrase(why === "repeated" ? "reason_paging_repeated" : "reason_paging_endless", {
      pages: MAX_PAGES,
    }),
  });
}

/**
 * SSO OIDC RegisterClient (API reference: RegisterClient): a public client for `scopes`; with
 * `pkce`, one allowed the authorization-code and refresh grants on a loopback redirect; with
 * `deviceRefresh`, the device-code and refresh grants (as the AWS CLI registers for an
 * sso-session, so that its tokens can be refreshed).
 */
export async function registerClient(
  options: IcOptions,
  input: {
    clientName: string;
    scopes: string[];
    pkce?: { redirectUri: string; issuerUrl: string };
    deviceRefresh?: boolean;
  },
): Promise<Registration> {
  const op = "RegisterClient";
  return await withOidc(options, op, async (sdk, client) => {
    const out = await client.send(
      new sdk.RegisterClientCommand({
        clientName: input.clientName,
        clientType: "public",
        scopes: input.scopes,
        ...(input.pkce
          ? {
            grantTypes: [AUTHORIZATION_CODE_GRANT, REFRESH_TOKEN_GRANT],
            redirectUris: [input.pkce.redirectUri],
            issuerUrl: input.pkce.issuerUrl,
          }
          : input.deviceRefresh
          ? { grantTypes: [DEVICE_CODE_GRANT, REFRESH_TOKEN_GRANT] }
          : {}),
      }),
    );
    return {
      clientId: token(out.clientId, op, "clientId"),
      clientSecret: token(out.clientSecret, op, "clientSecret"),
      expiresAt: new Date(
        seconds(out.clientSecretExpiresAt, op, "clientSecretExpiresAt", [
          0,
          Date.now() / 1000 + REGISTRATION_SECONDS,
        ]) * 1000,
      ),
    };
  });
}

/** SSO OIDC StartDeviceAuthorization (RFC 8628 §3.1-3.2 in AWS's JSON shape). */
export async function startDeviceAuthorization(
  options: IcOptions,
  registration: Registration,
  startUrl: string,
): Promise<DeviceAuthorization> {
  const op = "StartDeviceAuthorization";
  return await withOidc(options, op, async (sdk, client) => {
    const out = await client.send(
      new sdk.StartDeviceAuthorizationCommand({
        clientId: registration.clientId,
        clientSecret: registration.clientSecret,
        startUrl,
      }),
    );
    return {
      deviceCode: required(out.deviceCode, op, "deviceCode"),
      userCode: required(out.userCode, op, "userCode"),
      verificationUri: required(out.verificationUri, op, "verificationUri"),
      verificationUriComplete: out.verificationUriComplete,
      expiresIn: seconds(out.expiresIn ?? 600, op, "expiresIn", DEVICE_SECONDS),
      interval: seconds(out.interval ?? 5, op, "interval", INTERVAL_SECONDS),
    };
  });
}

export type TokenGrant =
  | { grantType: typeof DEVICE_CODE_GRANT; deviceCode: string }
  | {
    grantType: typeof AUTHORIZATION_CODE_GRANT;
    code: string;
    codeVerifier: string;
    redirectUri: string;
  }
  | { grantType: typeof REFRESH_TOKEN_GRANT; refreshToken: string };

/**
 * SSO OIDC CreateToken (API reference: CreateToken) for the device, authorization-code and
 * refresh grants. A device-code poll that should ask again returns its PollState; every other
 * refusal throws (InvalidGrantException: the session is over).
 */
export async function createToken(
  options: IcOptions,
  registration: Registration,
  grant: TokenGrant,
): Promise<SsoToken | PollState> {
  const op = "CreateToken";
  return await withOidc(options, op, async (sdk, client) => {
    let out;
    try {
      out = await client.send(
        new sdk.CreateTokenCommand({
          clientId: registration.clientId,
          clientSecret: registration.clientSecret,
          ...grant,
        }),
      );
    } catch (err) {
      const { name } = sdkError(err);
      if (grant.grantType === DEVICE_CODE_GRANT) {
        if (name === "AuthorizationPendingException") return "authorization_pending";
        if (name === "SlowDownException") return "slow_down";
      }
      throw err;
    }
    return {
      accessToken: token(out.accessToken, op, "accessToken"),
      expiresIn: seconds(out.expiresIn, op, "expiresIn", TOKEN_SECONDS),
      ...(out.refreshToken ? { refreshToken: token(out.refreshToken, op, "refreshToken") } : {}),
    };
  });
}

/** Portal ListAccounts, every page (API reference: ListAccounts). */
export function listAccounts(options: IcOptions, accessToken: string): Promise<SsoAccount[]> {
  return withPortal(options, "ListAccounts", async (sdk, client) => {
    const out: SsoAccount[] = [];
    const pages = await allPages(
      options,
      "ListAccounts",
      (nextToken) =>
        client.send(new sdk.ListAccountsCommand({ accessToken, nextToken, maxResults: 100 })),
    );
    for (const page of pages) {
      for (const a of page.accountList ?? []) {
        if (!a.accountId) continue;
        out.push({
          accountId: a.accountId,
          accountName: a.accountName ?? a.accountId,
          emailAddress: a.emailAddress ?? "",
        });
      }
    }
    return out;
  });
}

/** Portal ListAccountRoles, every page: the role names of one account. */
export function listAccountRoles(
  options: IcOptions,
  accessToken: string,
  accountId: string,
): Promise<string[]> {
  return withPortal(options, "ListAccountRoles", async (sdk, client) => {
    const out: string[] = [];
    const pages = await allPages(
      options,
      "ListAccountRoles",
      (nextToken) =>
        client.send(
          new sdk.ListAccountRolesCommand({ accessToken, accountId, nextToken, maxResults: 100 }),
        ),
    );
    for (const page of pages) {
      for (const r of page.roleList ?? []) if (r.roleName) out.push(r.roleName);
    }
    return out;
  });
}

/**
 * Portal GetRoleCredentials (API reference: GetRoleCredentials); `expiration` arrives in epoch
 * milliseconds. The credentials pass checkCredentials() before anyone sees them.
 */
export function getRoleCredentials(
  options: IcOptions,
  input: { accessToken: string; accountId: string; roleName: string },
  now: () => number = Date.now,
): Promise<AwsCredentials> {
  const op = "GetRoleCredentials";
  return withPortal(options, op, async (sdk, client) => {
    const out = await client.send(new sdk.GetRoleCredentialsCommand(input)).catch((err) => {
      // The portal's word for a role this user does not have.
      if (sdkError(err).name !== "ForbiddenException") throw err;
      throw new FlowError("sso_role_denied", {
        account: input.accountId,
        role: input.roleName,
      }, { cause: err });
    });
    const c = out.roleCredentials;
    return checkCredentials({
      accessKeyId: required(c?.accessKeyId, op, "accessKeyId"),
      secretAccessKey: required(c?.secretAccessKey, op, "secretAccessKey"),
      sessionToken: required(c?.sessionToken, op, "sessionToken"),
      expiration: new Date(required(c?.expiration, op, "expiration")),
    }, {
      from: `IAM Identity Center ${op}`,
      role: `arn:aws:iam::${input.accountId}:role/${input.roleName}`,
      now: now(),
    });
  });
}

/** Portal Logout: the access token (and its refresh) stop working. */
export async function logout(options: IcOptions, accessToken: string): Promise<void> {
  await withPortal(
    options,
    "Logout",
    (sdk, client) => client.send(new sdk.LogoutCommand({ accessToken })),
  );
}
