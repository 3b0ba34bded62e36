// The AWS SDK's HTTP handler on okta-aws's own HTTP policy (src/http/client.ts): the same
// deadline over the whole exchange, body cap, refused redirects and redacted debug lines as
// the Okta calls. Requests go through Deno's fetch, so proxies and custom CAs apply.
import type { Fetch } from "../http/client.ts";
import { FlowError } from "../errors.ts";

/**
 * The SDK retries an error with a TimeoutError anywhere in its causes: after our deadline that
 * would be another whole deadline, twice. The deadline's error goes up without its cause, so
 * the SDK's retries are left to what they are for (throttling, 5xx, a reset connection).
 */
function final(err: unknown): unknown {
  const deadline = err instanceof FlowError && err.code === "network_timeout";
  return deadline ? new FlowError(err.code, err.params) : err;
}

/** The parts of a smithy HttpRequest this handler reads. */
interface SdkRequest {
  method: string;
  protocol: string;
  hostname: string;
  port?: number;
  path: string;
  query?: Record<string, string | string[] | null>;
  headers: Record<string, string>;
  body?: unknown;
}

/** What the SDK's deserializers read from a response (HttpResponse is checked by shape). */
interface SdkResponse {
  statusCode: number;
  reason?: string;
  headers: Record<string, string>;
  body: Blob;
}

function urlOf(request: SdkRequest): URL {
  const port = request.port ? `:${request.port}` : "";
  const url = new URL(`${request.protocol}//${request.hostname}${port}${request.path}`);
  for (const [name, value] of Object.entries(request.query ?? {})) {
    if (value === null) url.searchParams.append(name, "");
    else for (const v of Array.isArray(value) ? value : [value]) url.searchParams.append(name, v);
  }
  return url;
}

/**
 * A smithy `HttpHandler` whose every request goes through `http`; `accept` tells the policy
 * the answer's kind (STS's Query protocol is XML, Identity Center's REST-JSON is JSON).
 */
export function sdkHttpHandler(http: Fetch, accept = "text/xml") {
  return {
    metadata: { handlerProtocol: "http/1.1" },
    async handle(request: SdkRequest): Promise<{ response: SdkResponse }> {
      const headers = new Headers(request.headers);
      // okta-aws's policy reads the answer's kind from Accept.
      if (!headers.has("accept")) headers.set("accept", accept);
      const body = request.body === undefined || request.body === null
        ? undefined
        : request.body as BodyInit;
      let response: Response;
      try {
        response = await http(urlOf(request), { method: request.method, headers, body });
      } catch (err) {
        throw final(err);
      }
      return {
        response: {
          statusCode: response.status,
          reason: response.statusText,
          headers: Object.fromEntries(response.headers),
          body: new Blob([await response.arrayBuffer()]),
        },
      };
    },
    updateHttpClientConfig() {},
    httpHandlerConfigs: () => ({}),
    destroy() {},
  };
}
