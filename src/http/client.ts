// The one HTTP client of the Okta calls: User-Agent and operation headers, deadlines,
// body caps, no redirects, bounded retries of idempotent calls, and redacted debug lines.
import { FlowError } from "../errors.ts";
import { redactBody, redactUrl } from "./redact.ts";

export type Fetch = typeof fetch;

export interface HttpOptions {
  fetch: Fetch;
  userAgent: string;
  /** okta-aws-cli's X-Okta-Aws-Cli-Operation value: web, m2m or direct. */
  operation: string;
  /** Receives one redacted line per request and response when set. */
  debug?: (line: string) => void;
  /** Tells the user why we wait before a retry. */
  notice?: (host: string, status: number, seconds: number) => void;
  sleep: (ms: number) => Promise<void>;
  timeoutMs?: number;
}

const JSON_CAP = 1024 * 1024;
const HTML_CAP = 4 * 1024 * 1024;

function titleOf(text: string): string {
  const m = /<title[^>]*>([^<]{0,200})/i.exec(text);
  return m ? m[1]!.trim() : "";
}

async function readCapped(
  response: Response,
  cap: number,
  url: URL,
): Promise<Uint8Array<ArrayBuffer>> {
  if (!response.body) return new Uint8Array(new ArrayBuffer(0));
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > cap) {
      await reader.cancel();
      throw new FlowError("unexpected_response", {
        url: `${url.host}${url.pathname}`,
        contentType: `a body over ${cap} bytes`,
        title: "",
      });
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * Returns a `fetch` for Okta calls. Responses come back fully read (capped), so callers and
 * oauth4webapi can parse them; 3xx answers are refused; GETs are retried on 429 and 5xx.
 */
export function createHttp(options: HttpOptions): Fetch {
  const timeoutMs = options.timeoutMs ?? 30_000;
  return async function http(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const method = (init.method ?? "GET").toUpperCase();
    const headers = new Headers(init.headers);
    headers.set("user-agent", options.userAgent);
    headers.set("x-okta-aws-cli-operation", options.operation);
    if (!headers.has("accept")) headers.set("accept", "application/json");
    const wantsHtml = headers.get("accept")!.includes("text/html");
    const attempts = method === "GET" ? 3 : 1;
    for (let attempt = 1;; attempt++) {
      options.debug?.(
        `> ${method} ${redactUrl(url)} headers: ${[...headers.keys()].join(", ")}${
          init.body ? ` body: ${redactBody(String(init.body))}` : ""
        }`,
      );
      let response: Response;
      try {
        response = await options.fetch(url, {
          ...init,
          method,
          headers,
          redirect: "manual",
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (err) {
        const reason = err instanceof DOMException && err.name === "TimeoutError"
          ? `no answer within ${timeoutMs / 1000} s`
          : err instanceof Error
          ? err.message.split("\n")[0]!
          : String(err);
        throw new FlowError("network", { host: url.host, reason }, { cause: err });
      }
      const contentType = response.headers.get("content-type") ?? "";
      const body = await readCapped(response, wantsHtml ? HTML_CAP : JSON_CAP, url);
      const text = new TextDecoder().decode(body);
      options.debug?.(
        `< ${response.status} ${redactUrl(url)} headers: ${
          [...response.headers.keys()].join(", ")
        }${contentType.includes("json") ? ` body: ${redactBody(text)}` : ""}`,
      );
      if (response.status >= 300 && response.status < 400) {
        throw new FlowError("redirect_refused", {
          url: `${url.host}${url.pathname}`,
          location: response.headers.get("location") ?? "",
        });
      }
      if ((response.status === 429 || response.status >= 500) && attempt < attempts) {
        const retryAfter = Number(response.headers.get("retry-after"));
        const seconds = Number.isFinite(retryAfter) && retryAfter > 0
          ? Math.min(retryAfter, 60)
          : 2 ** attempt;
        options.notice?.(url.host, response.status, seconds);
        await options.sleep(seconds * 1000);
        continue;
      }
      if (!wantsHtml && !contentType.includes("json") && text.trim() !== "") {
        throw new FlowError("unexpected_response", {
          url: `${url.host}${url.pathname}`,
          contentType: contentType.split(";")[0] || "no content type",
          title: titleOf(text),
        });
      }
      return new Response(body.length > 0 ? body : null, {
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
