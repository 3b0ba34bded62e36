// A forward HTTP proxy on 127.0.0.1 that records the absolute URLs it forwards: proves that
// Okta and STS calls honour HTTP(S)_PROXY.

export interface FakeProxy {
  url: string;
  seen: string[];
  close(): Promise<void>;
  /** `await using`: close() when the scope ends. */
  [Symbol.asyncDispose](): Promise<void>;
}

export function startFakeProxy(): Promise<FakeProxy> {
  const seen: string[] = [];
  const direct = Deno.createHttpClient({});
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, async (req) => {
    seen.push(`${req.method} ${req.url}`);
    const upstream = await fetch(req.url, {
      method: req.method,
      headers: req.headers,
      body: req.body,
      redirect: "manual",
      client: direct,
    });
    return new Response(await upstream.arrayBuffer(), {
      status: upstream.status,
      headers: upstream.headers,
    });
  });
  return Promise.resolve({
    url: `http://127.0.0.1:${server.addr.port}`,
    seen,
    [Symbol.asyncDispose]() {
      return this.close();
    },
    async close() {
      await server.shutdown();
      direct.close();
    },
  });
}
