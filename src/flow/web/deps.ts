// What every step of the web flow shares: its options and outside world, the --debug timing of
// a step, the STS HTTP policy, and bounded concurrency.
import type { AdaptiveOptions } from "../adaptive.ts";
import { isThrottling } from "../../aws/sdk_error.ts";
import type { FlowCommon } from "../common.ts";
import { createHttp, type Fetch } from "../../http/client.ts";
import { type Lang, t } from "../../i18n/messages.ts";
import type { Labels } from "./choose_role.ts";
import type { Picker } from "../../ui/picker.ts";
import type { TokenStore } from "../../cache/okta_tokens.ts";

/**
 * How --all-profiles paces STS (one call per role) and IAM (one per account): 16 at once to
 * start, up to 32 while they answer, half as many on a Throttling answer (flow/adaptive.ts).
 */
export function stsPace(deps: Pick<WebDeps, "sleep">): AdaptiveOptions {
  return { start: 16, max: 32, throttled: isThrottling, sleep: deps.sleep };
}

export interface WebOptions extends FlowCommon {
  appId?: string;
  idpPreset?: string;
  rolePreset?: string;
  /** Seconds asked for; `durationExplicit` says whether the user asked. */
  sessionDuration: number;
  durationExplicit: boolean;
  allProfiles: boolean;
  /** `openid okta.apps.sso okta.users.read.self`, plus `offline_access` with --refresh-token. */
  scopes: string;
  qrCode: boolean;
  openBrowser: boolean;
  openBrowserCommand?: string;
  labels: Labels;
  /** --all-profiles names (a template, presets resolved). */
  profileNameTemplate: string;
  /** AWS_ENDPOINT_URL_IAM (or AWS_ENDPOINT_URL), for the account aliases. */
  iamEndpoint?: string;
}

export interface WebDeps {
  fetch: Fetch;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  /** Writes one line of text to stderr. */
  log: (line: string) => void;
  openUrl: (url: string, command: string | undefined) => Promise<void>;
  qrCode: (text: string) => Promise<string>;
  pick: Picker;
  lang: Lang;
  debug?: (line: string) => void;
  /** The Okta session cache, when sessions are reused. */
  tokens?: TokenStore;
  /** --debug: one line per step (what, where, how long), never a secret. */
  trace?: (line: string) => void;
  /** A live progress line on a terminal (undefined clears it); absent elsewhere. */
  status?: (text: string | undefined) => void;
  /** A renewal while the user's command runs (exec --server): a sign-in is refused. */
  renewal?: boolean;
}

/** Runs one protocol step, and with --debug says what it was and how long it took. */
export async function timed<T>(
  deps: Pick<WebDeps, "trace" | "now">,
  what: string,
  step: () => Promise<T>,
): Promise<T> {
  if (!deps.trace) return await step();
  const started = deps.now();
  try {
    const result = await step();
    deps.trace(`${what}: ${deps.now() - started} ms`);
    return result;
  } catch (err) {
    deps.trace(`${what}: failed after ${deps.now() - started} ms`);
    throw err;
  }
}

export async function mapBounded<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>) {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * Okta calls: okta-aws's HTTP policy with the flow's User-Agent and okta-aws-cli's operation
 * header; 429 and 5xx of idempotent calls retried here, the user told why we wait.
 */
export function oktaHttp(
  options: { userAgent: string; httpTimeoutMs: number },
  deps: Pick<WebDeps, "fetch" | "debug" | "sleep" | "log" | "lang">,
  operation: "web" | "m2m" | "direct",
): Fetch {
  return createHttp({
    fetch: deps.fetch,
    service: "okta",
    userAgent: options.userAgent,
    operation,
    debug: deps.debug,
    sleep: deps.sleep,
    timeoutMs: options.httpTimeoutMs,
    transient: true,
    notice: (host, status, seconds) =>
      deps.log(t("notice_retry_wait", { host, status, seconds }, deps.lang)),
  });
}

/** AWS calls (STS, IAM): okta-aws's HTTP policy; 429 and 5xx are left to the SDK's retries. */
export function awsHttp(options: WebOptions, deps: WebDeps, service: "sts" | "iam"): Fetch {
  return createHttp({
    fetch: deps.fetch,
    service,
    debug: deps.debug,
    sleep: deps.sleep,
    timeoutMs: options.httpTimeoutMs,
  });
}
