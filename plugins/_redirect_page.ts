// The console's sign-in URL is a bearer secret; handed to the browser opener as an argument it
// would sit in `ps` for anyone on the machine. Instead the opener gets a one-time address on
// 127.0.0.1 (random port and path) that answers the first request of its own Host with a
// redirect to the sign-in URL, and nothing after: the secret never leaves this process but to
// the browser.

import { randomText } from "./_random.ts";

/** How long the page waits for the browser before okta-aws gives up. */
export const VISIT_TIMEOUT_MS = 60_000;

export interface RedirectPage {
  /** The address to open: http://127.0.0.1:PORT/console-RANDOM. */
  url: string;
  /** True once the browser took the redirect; false when nobody came within the time. */
  visited: Promise<boolean>;
  close(): Promise<void>;
}

function randomPath(): string {
  return `/console-${randomText(18)}`;
}

/** Serves `target` once, as a 303 redirect, from a fresh loopback address. */
export function redirectPage(
  target: string,
  timeoutMs: number = VISIT_TIMEOUT_MS,
): Promise<RedirectPage> {
  const path = randomPath();
  const controller = new AbortController();
  let used = false;
  let visit: (value: boolean) => void = () => {};
  const visited = new Promise<boolean>((resolve) => visit = resolve);
  const timer = setTimeout(() => visit(false), timeoutMs);
  const plain = (status: number) =>
    new Response(null, { status, headers: { "cache-control": "no-store" } });
  return new Promise((resolve, reject) => {
    let host = "";
    try {
      const server = Deno.serve({
        hostname: "127.0.0.1",
        port: 0,
        signal: controller.signal,
        onError: () => plain(400),
        onListen: ({ port }) => {
          host = `127.0.0.1:${port}`;
          const close = async () => {
            clearTimeout(timer);
            visit(false);
            controller.abort();
            await server.finished;
          };
          resolve({ url: `http://${host}${path}`, visited, close });
        },
      }, (request) => {
        if (request.headers.get("host") !== host || request.method !== "GET") return plain(400);
        if (used || !request.url.endsWith(path)) return plain(404);
        used = true;
        clearTimeout(timer);
        visit(true);
        return new Response(null, {
          status: 303,
          headers: {
            location: target,
            "cache-control": "no-store",
            "referrer-policy": "no-referrer",
          },
        });
      });
    } catch (err) {
      clearTimeout(timer);
      reject(err);
    }
  });
}
