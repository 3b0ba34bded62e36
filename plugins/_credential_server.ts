// exec --server: a container-credentials endpoint on 127.0.0.1 for the one command exec runs
// (aws-vault's --ecs-server). Every AWS SDK and the AWS CLI read it through
// AWS_CONTAINER_CREDENTIALS_FULL_URI + AWS_CONTAINER_AUTHORIZATION_TOKEN. A random port and
// path, a random token compared in constant time, and the Host header checked (a web page's
// DNS rebinding cannot reach it). Credentials are renewed through the pipeline before they
// expire; a renewal that needs the user is said once on stderr and answered with an error the
// SDKs surface, never a hang.
import { type CredentialSet, rfc3339 } from "../src/credentials.ts";
import { FlowError } from "../src/errors.ts";
import { type Lang, render, t } from "../src/i18n/messages.ts";
import type { Renew } from "./types.ts";
import { randomText } from "./_random.ts";
import { parseIamArn } from "../src/aws/arn.ts";

/**
 * Credentials are renewed with this much left (the AWS CLI itself refreshes at 10 minutes), or
 * with half their life left when they were issued for less than twice that.
 */
export const RENEW_BEFORE_MS = 10 * 60_000;

export interface CredentialServerOptions {
  renew: Renew;
  now: () => number;
  log: (line: string) => void;
  lang: Lang;
}

/**
 * After a failed renewal, credentials that still work are served this long before the next
 * try: an SDK asking on every call must not cost an Okta or STS call each time.
 */
export const RETRY_AFTER_MS = 30_000;

export interface CredentialServer {
  /** AWS_CONTAINER_CREDENTIALS_FULL_URI. */
  url: string;
  /** AWS_CONTAINER_AUTHORIZATION_TOKEN. */
  token: string;
  close(): Promise<void>;
  /** `await using`: close() when the scope ends. */
  [Symbol.asyncDispose](): Promise<void>;
}

/**
 * Equal texts, compared in time that depends on neither: both are hashed first, so that the
 * comparison runs over 32 bytes whatever the lengths, and no byte ends it early.
 */
export async function sameSecret(given: string, expected: string): Promise<boolean> {
  const digest = async (text: string) =>
    new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
  const [a, b] = await Promise.all([digest(given), digest(expected)]);
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

/** The answer the SDKs read (ECS's format; AccountId for the SDKs that use it). */
function credentialsBody(set: CredentialSet): Record<string, string> {
  const c = set.credentials;
  const account = parseIamArn(set.roleArn)?.accountId;
  return {
    AccessKeyId: c.accessKeyId,
    SecretAccessKey: c.secretAccessKey,
    Token: c.sessionToken,
    Expiration: rfc3339(c.expiration),
    RoleArn: set.roleArn,
    ...(account ? { AccountId: account } : {}),
  };
}

/** A host name or address with an optional port: anything else is a malformed Host (400). */
const WELL_FORMED_HOST = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/** An error in the shape the SDKs surface (the JS SDK reads Code and Message of a 4xx). */
function refusal(status: number, code: string, message: string): Response {
  return Response.json({ Code: code, Message: message }, {
    status,
    headers: { "cache-control": "no-store" },
  });
}

/**
 * Starts the server with the credentials exec got; the first request for credentials that
 * are about to expire renews them (one renewal at a time, shared by concurrent requests).
 */
export function startCredentialServer(
  first: CredentialSet,
  options: CredentialServerOptions,
): Promise<CredentialServer> {
  const path = `/${randomText(18)}`;
  const token = randomText(32);
  let current = first;
  const margin = (set: CredentialSet) =>
    Math.min(RENEW_BEFORE_MS, (set.credentials.expiration.getTime() - options.now()) / 2);
  let renewBefore = margin(first);
  let renewing: Promise<CredentialSet> | undefined;
  /**
   * What was said on stderr since the last renewal that worked: the notice while the current
   * credentials still serve, the error once they have expired; each once.
   */
  let told: "nothing" | "notice" | "error" = "nothing";

  const left = (set: CredentialSet) => set.credentials.expiration.getTime() - options.now();
  let quietUntil = 0;

  /** The credentials to serve: the current ones, renewed first when they are about to expire. */
  const credentials = async (): Promise<CredentialSet> => {
    if (left(current) > renewBefore) return current;
    // Expired credentials are never served: then every request tries again.
    if (options.now() < quietUntil && left(current) > 0) return current;
    renewing ??= options.renew(current).then((set) => {
      current = set;
      renewBefore = margin(set);
      return set;
    }).finally(() => renewing = undefined);
    try {
      await renewing;
      told = "nothing";
      return current;
    } catch (err) {
      const { message, hint } = err instanceof FlowError
        ? render(err.code, err.params, options.lang)
        : { message: err instanceof Error ? err.message : String(err), hint: undefined };
      if (left(current) > 0) {
        // Not renewed, not yet expired: the command keeps working until then.
        quietUntil = options.now() + RETRY_AFTER_MS;
        if (told === "nothing") {
          told = "notice";
          options.log(t("notice_server_renewal_failed", {
            reason: message,
            expiration: rfc3339(current.credentials.expiration),
          }, options.lang));
        }
        return current;
      }
      if (told !== "error") {
        told = "error";
        options.log(t("error_prefix", {}, options.lang) + message);
        if (hint) options.log(t("hint_prefix", {}, options.lang) + hint);
      }
      throw new RenewalFailed(hint ? `${message}. ${hint}` : message);
    }
  };

  return new Promise((resolve, reject) => {
    const controller = new AbortController();
    let host = "";
    let server: Deno.HttpServer<Deno.NetAddr>;
    const handler = async (request: Request): Promise<Response> => {
      // The Host first, by plain comparison: a malformed one never reaches the URL parser.
      const given = request.headers.get("host");
      if (given !== host) {
        return given !== null && WELL_FORMED_HOST.test(given)
          ? refusal(403, "ForeignHost", "This server answers only to its own address.")
          : refusal(400, "BadRequest", "Bad request.");
      }
      if (!URL.canParse(request.url)) return refusal(400, "BadRequest", "Bad request.");
      const url = new URL(request.url);
      if (url.pathname !== path) return refusal(404, "NotFound", "Not found.");
      if (request.method !== "GET") {
        return refusal(405, "MethodNotAllowed", "Only GET is served.");
      }
      if (!await sameSecret(request.headers.get("authorization") ?? "", token)) {
        return refusal(401, "InvalidToken", "The authorization token is not this server's.");
      }
      try {
        const set = await credentials();
        return Response.json(credentialsBody(set), { headers: { "cache-control": "no-store" } });
      } catch (err) {
        const message = err instanceof RenewalFailed ? err.message : "Renewal failed.";
        return refusal(400, "RenewalFailed", message);
      }
    };
    try {
      server = Deno.serve({
        hostname: "127.0.0.1",
        port: 0,
        signal: controller.signal,
        // Anything the handler did not foresee: a bare 400, never a trace (with the secret path)
        // on the user's terminal for whoever sent it.
        onError: () => refusal(400, "BadRequest", "Bad request."),
        onListen: ({ port }) => {
          host = `127.0.0.1:${port}`;
          const close = async () => {
            controller.abort();
            await server.finished;
          };
          resolve({
            url: `http://${host}${path}`,
            token,
            close,
            [Symbol.asyncDispose]: close,
          });
        },
      }, handler);
    } catch (err) {
      reject(err);
    }
  });
}

/** A renewal that did not work and no credentials left: the request gets an error answer. */
class RenewalFailed extends Error {}
