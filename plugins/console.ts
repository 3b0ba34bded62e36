// console: the AWS Management Console as the role held. The sign-in federation endpoint
// trades the temporary credentials for a sign-in token (`Action=getSigninToken`); the
// `Action=login` URL with it opens the console (aws-vault's `login`, saml2aws's `console`).
// The URL is a bearer secret: it is opened, or printed on stdout with --print, never logged.
import { FlowError, UsageError } from "../src/errors.ts";
import { phrase, t } from "../src/i18n/messages.ts";
import type { CredentialSet } from "../src/credentials.ts";
import { createHttp } from "../src/http/client.ts";
import { partitionOf as arnPartition } from "../src/aws/arn.ts";
import type { OutputPlugin } from "./types.ts";
import { jsonObject } from "../src/text/json.ts";

/** The sign-in and console hosts of each partition. */
const PARTITIONS: Record<string, { signin: string; console: string }> = {
  "aws": { signin: "https://signin.aws.amazon.com", console: "https://console.aws.amazon.com" },
  "aws-us-gov": {
    signin: "https://signin.amazonaws-us-gov.com",
    console: "https://console.amazonaws-us-gov.com",
  },
  "aws-cn": { signin: "https://signin.amazonaws.cn", console: "https://console.amazonaws.cn" },
};

/** STS-issued credentials open a console session of 15 minutes to 12 hours. */
const MIN_SESSION_S = 900;
const MAX_SESSION_S = 43200;

/** The role's partition when okta-aws knows its hosts, else `aws`. */
export function partitionOf(roleArn: string): string {
  const p = arnPartition(roleArn);
  return PARTITIONS[p] ? p : "aws";
}

/**
 * The partition whose console serves `url` (its console host or a subdomain of it, such as
 * `us-east-1.console.aws.amazon.com`), or undefined: any other site is no destination.
 */
export function consolePartitionOf(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined;
  const { protocol, hostname, username, password } = new URL(url);
  if (protocol !== "https:" || username || password) return undefined;
  return Object.keys(PARTITIONS).find((p) => {
    const console = new URL(PARTITIONS[p]!.console).hostname;
    return hostname === console || hostname.endsWith(`.${console}`);
  });
}

/**
 * The console page to land on: a console URL of the role's partition as given (any other site
 * is refused: a `.env` must not send a signed-in session elsewhere), else a service name
 * (`s3`, `ec2`, ...) as `{console}/{service}/home`, else the home page; with the region.
 */
export function destinationUrl(
  destination: string | undefined,
  partition: string,
  region?: string,
) {
  const base = PARTITIONS[partition]!.console;
  if (destination && /^https:\/\//.test(destination)) {
    if (consolePartitionOf(destination) !== partition) {
      throw new FlowError("console_destination_foreign", { destination, console: base });
    }
    return destination;
  }
  const path = destination ? `/${destination}/home` : "/console/home";
  return `${base}${path}${region ? `?region=${encodeURIComponent(region)}` : ""}`;
}

/** The federation endpoint: OKTA_AWS_SIGNIN_URL (a test's fake), else the partition's. */
export function federationUrl(env: Readonly<Record<string, string>>, partition: string): string {
  return env.OKTA_AWS_SIGNIN_URL || `${PARTITIONS[partition]!.signin}/federation`;
}

/** The console session length: the credentials' remaining life, within STS's range. */
export function sessionSeconds(expiration: Date, now: number): number | undefined {
  const left = Math.floor((expiration.getTime() - now) / 1000);
  return left < MIN_SESSION_S ? undefined : Math.min(left, MAX_SESSION_S);
}

/**
 * The sign-in URL of one credential set: `getSigninToken` with the `Session` JSON (and
 * `SessionDuration` when the credentials last long enough), then the `login` URL.
 */
export async function consoleUrl(
  set: CredentialSet,
  options: { destination?: string; env: Readonly<Record<string, string>>; fetch: typeof fetch },
  now: number = Date.now(),
): Promise<string> {
  const partition = partitionOf(set.roleArn);
  const endpoint = federationUrl(options.env, partition);
  const token = new URL(endpoint);
  token.searchParams.set("Action", "getSigninToken");
  // Role-chaining credentials (--chain) take no SessionDuration: AWS's default length applies.
  const seconds = set.via ? undefined : sessionSeconds(set.credentials.expiration, now);
  if (seconds !== undefined) token.searchParams.set("SessionDuration", String(seconds));
  token.searchParams.set(
    "Session",
    JSON.stringify({
      sessionId: set.credentials.accessKeyId,
      sessionKey: set.credentials.secretAccessKey,
      sessionToken: set.credentials.sessionToken,
    }),
  );
  const http = createHttp({
    fetch: options.fetch,
    service: "signin",
    sleep: () => Promise.resolve(),
  });
  // The endpoint's content type is not documented: read the body whatever it says.
  const response = await http(token, { headers: { accept: "text/html, application/json" } });
  if (response.status === 400 || response.status === 403) {
    throw new FlowError("console_refused", { role: set.roleArn, status: response.status });
  }
  const signinToken = jsonObject(await response.json().catch(() => undefined))?.SigninToken;
  if (!response.ok || typeof signinToken !== "string" || signinToken === "") {
    throw new FlowError("console_refused", { role: set.roleArn, status: response.status });
  }
  const login = new URL(endpoint);
  login.searchParams.set("Action", "login");
  login.searchParams.set("Issuer", "okta-aws");
  login.searchParams.set(
    "Destination",
    destinationUrl(options.destination, partition, set.region),
  );
  login.searchParams.set("SigninToken", signinToken);
  return login.href;
}

export const plugin: OutputPlugin = {
  name: "console",
  prepare: (values, host) => {
    const destination = typeof values.destination === "string" ? values.destination : undefined;
    const url = destination !== undefined && /^https:\/\/\S+$/.test(destination);
    if (
      destination !== undefined &&
      (url ? consolePartitionOf(destination) === undefined : !/^[a-z0-9-]{2,40}$/.test(destination))
    ) {
      throw new UsageError("usage_invalid", {
        flag: "--destination",
        value: destination,
        reason: phrase("reason_destination"),
      });
    }
    const command = typeof values["open-browser-command"] === "string"
      ? values["open-browser-command"]
      : undefined;
    return async (sets, context) => {
      const set = sets[0];
      if (!set) return 0;
      const url = await consoleUrl(set, { destination, env: host.env, fetch: host.fetch });
      if (values.print === true) {
        context.write(`${url}\n`);
        return 0;
      }
      // The opener's argv gets a one-time loopback address, not the secret URL (ps shows argv).
      const { redirectPage } = await import("./_redirect_page.ts");
      const page = await redirectPage(url);
      try {
        await host.openUrl(page.url, command);
        if (!await page.visited) {
          context.log(t("notice_console_not_visited", {}, context.lang));
          return 1;
        }
        context.log(t("notice_console_opened", { role: set.roleArn }, context.lang));
      } catch (err) {
        context.log(t("notice_browser_failed", {
          reason: err instanceof Error ? err.message.split("\n")[0]! : String(err),
        }, context.lang));
        return 1;
      } finally {
        await page.close();
      }
      return 0;
    };
  },
};
