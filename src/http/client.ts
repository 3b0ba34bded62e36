// The one HTTP policy of every call (Okta, STS, IAM, Identity Center, the console sign-in):
// deadlines over the whole exchange, body caps, no redirects, bounded retries of idempotent
// calls, redacted debug lines, and a failure that names the service it was for.
import { FlowError } from "../errors.ts";
import { redactBody, redactUrl } from "./redact.ts";
import { networkError, type Service } from "./network_error.ts";

export type Fetch = typeof fetch;

export interface HttpOptions {
  /** The run's fetch (network.ts: its one client, trust and proxies). */
  fetch: Fetch;
  /** Who answers at the other end: named in a failure, with the knob that points at it. */
  service: Service;
  /** Replaces the caller's User-Agent when set (Okta calls; the AWS SDK sets its own). */
  userAgent?: string;
  /** okta-aws-cli's X-Okta-Aws-Cli-Operation value (web, m2m or direct), for Okta calls. */
  operation?: string;
  /** Receives one redacted line per request and response when set. */
  debug?: (line: string) => void;
  /** Tells the user why we wait before a retry. */
  notice?: (host: string, status: number, seconds: number) => void;
  sleep: (ms: number) => Promise<void>;
  /** The deadline of one whole exchange, body included (default 30 s). */
  timeoutMs?: number;
  /**
   * Whether 429 and 5xx are handled here (retried when the call is idempotent, then a
   * server_busy error). Off for STS, whose SDK retries and reads the error body itself.
   */
  transient?: boolean;
}

// YAML (a team config) is served as text/yaml, application/yaml, text/plain, octet-stream...:
// any content type is taken, as for HTML.
const CAPS = { json: 1024 * 1024, html: 4 * 1024 * 1024, xml: 1024 * 1024, yaml: 1024 * 1024 };
type Kind = keyof typeof CAPS;
const ATTEMPTS = 3;
const MAX_RETRY_AFTER_S = 60;

function kindOf(accept: string): Kind {
  if (accept.includes("text/html")) return "html";
  if (accept.includes("yaml")) return "yaml";
  if (accept.includes("xml")) return "xml";
  return "json";
}

function titleOf(text: string): string {
  const m = /<title[^>]*>([^<]{0,200})/i.exec(text);
  return m ? m[1]!.trim() : "";
}

function where(url: URL): string {
  return `${url.host}${url.pathname}`;
}

/** Reads the whole body, refusing more than `cap` bytes. */
async function readCapped(response: Response, cap: number, url: URL): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > cap) {
      await reader.cancel().catch(() => {});
      throw new FlowError("response_too_large", { url: where(url), max: cap });
    }
    chunks.push(value);
  }
  return new Uint8Array(await new Blob(chunks as Uint8Array<ArrayBuffer>[]).arrayBuffer());
}

/** The POSTs that are safe to send again: nothing was shown to the user, nothing consumed. */
function idempotent(method: string, url: URL, body: unknown): boolean {
  if (method === "GET" || method === "HEAD") return true;
  if (method !== "POST") return false;
  if (url.pathname.endsWith("/device/authorize")) return true;
  const grant = typeof body === "string" ? new URLSearchParams(body).get("grant_type") : null;
  return grant === "urn:ietf:params:oauth:grant-type:token-exchange";
}

/** Seconds to wait before trying again: Retry-After (seconds or a date), else 2^attempt. */
export function retryAfterSeconds(header: string | null, attempt: number, now = Date.now()) {
  if (header) {
    const seconds = /^\s*\d+\s*$/.test(header) ? Number(header) : (Date.parse(header) - now) / 1000;
    if (Number.isFinite(seconds) && seconds >= 0) {
      return Math.min(Math.ceil(seconds), MAX_RETRY_AFTER_S);
    }
  }
  return 2 ** attempt;
}

/**
 * The one HTTP policy of okta-aws (Okta and STS alike): a deadline over the whole exchange,
 * body included; a body cap by kind (JSON 1 MiB, HTML 4 MiB, XML 1 MiB); 3xx refused (never
 * followed, so no token or assertion crosses origins); with `transient`, 429 and 5xx retried
 * on idempotent calls honouring Retry-After, then reported as server_busy; redacted debug lines.
 * Responses come back fully read, so callers and oauth4webapi can parse them.
 */
export function createHttp(options: HttpOptions): Fetch {
  const timeoutMs = options.timeoutMs ?? 30_000;
  return async function http(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const method = (init.method ?? "GET").toUpperCase();
    const headers = new Headers(init.headers);
    if (options.userAgent) headers.set("user-agent", options.userAgent);
    if (options.operation) headers.set("x-okta-aws-cli-operation", options.operation);
    if (!headers.has("accept")) headers.set("accept", "application/json");
    const kind = kindOf(headers.get("accept")!);
    const attempts = options.transient && idempotent(method, url, init.body) ? ATTEMPTS : 1;
    for (let attempt = 1;; attempt++) {
      options.debug?.(
        `> ${method} ${redactUrl(url)} headers: ${[...headers.keys()].join(", ")}${
          init.body ? ` body: ${redactBody(String(init.body))}` : ""
        }`,
      );
      const deadline = new AbortController();
      const timer = setTimeout(
        () => deadline.abort(new DOMException("deadline", "TimeoutError")),
        timeoutMs,
      );
      let response: Response;
      let body: Uint8Array;
      try {
        response = await options.fetch(url, {
          ...init,
          method,
          headers,
          redirect: "manual",
          signal: deadline.signal,
        });
        body = await readCapped(response, CAPS[kind], url);
      } catch (err) {
        if (err instanceof FlowError) throw err;
        throw networkError(options.service, url, err, timeoutMs / 1000);
      } finally {
        clearTimeout(timer);
      }
      const contentType = response.headers.get("content-type") ?? "";
      const text = new TextDecoder().decode(body);
      options.debug?.(
        `< ${response.status} ${redactUrl(url)} headers: ${
          [...response.headers.keys()].join(", ")
        }${contentType.includes("json") ? ` body: ${redactBody(text)}` : ""}`,
      );
      if (response.status >= 300 && response.status < 400) {
        throw new FlowError("redirect_refused", {
          url: where(url),
          location: response.headers.get("location") ?? "",
        });
      }
      if (options.transient && (response.status === 429 || response.status >= 500)) {
        const seconds = retryAfterSeconds(response.headers.get("retry-after"), attempt);
        if (attempt < attempts) {
          options.notice?.(url.host, response.status, seconds);
          await options.sleep(seconds * 1000);
          continue;
        }
        throw new FlowError("server_busy", {
          url: where(url),
          status: response.status,
          tries: attempt,
          seconds,
        });
      }
      if (kind !== "html" && kind !== "yaml" && !contentType.includes(kind) && text.trim() !== "") {
        throw new FlowError("unexpected_response", {
          url: where(url),
          expected: kind.toUpperCase(),
          contentType: contentType.split(";")[0] || "no content type",
          title: titleOf(text),
        });
      }
      return new Response(body.length > 0 ? body as Uint8Array<ArrayBuffer> : null, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
    }
  };
}

/** Throws FlowError("http_status") for a non-2xx answer that carries no OAuth error. */
export function ensureOk(response: Response, method: string, url: URL): void {
  if (response.status < 200 || response.status >= 300) {
    throw new FlowError("http_status", {
      method,
      url: `${url.host}${url.pathname}`,
      status: response.status,
    });
  }
}
