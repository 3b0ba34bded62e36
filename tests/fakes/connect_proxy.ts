// A corporate HTTPS proxy on 127.0.0.1: answers `CONNECT host:port` with a raw TCP tunnel, asks
// for `Proxy-Authorization: Basic` when given a user and password (407 otherwise), and counts
// the tunnels per target, so that tests prove which calls crossed it and which went direct.

export interface FakeConnectProxy {
  /** `http://127.0.0.1:PORT`, without credentials. */
  url: string;
  port: number;
  /** Tunnels opened, by `host:port` as the client asked. */
  tunnels: Record<string, number>;
  /** CONNECT requests refused with 407 (missing or wrong credentials). */
  refused: number;
  /** The Proxy-Authorization values received, as sent (tests check no secret went elsewhere). */
  authorizations: string[];
  close(): Promise<void>;
  /** `await using`: close() when the scope ends. */
  [Symbol.asyncDispose](): Promise<void>;
}

export interface FakeConnectProxyOptions {
  /** Require these credentials (Basic); none: every CONNECT is tunnelled. */
  user?: string;
  password?: string;
}

const CRLF_CRLF = new TextEncoder().encode("\r\n\r\n");

function headEnd(buffer: Uint8Array): number {
  outer: for (let i = 0; i + 3 < buffer.length; i++) {
    for (let j = 0; j < 4; j++) if (buffer[i + j] !== CRLF_CRLF[j]) continue outer;
    return i + 4;
  }
  return -1;
}

/** Reads the request head (up to 16 KiB); returns it with whatever bytes followed it. */
async function readHead(conn: Deno.Conn): Promise<{ head: string; rest: Uint8Array } | null> {
  let buffer = new Uint8Array(0);
  const chunk = new Uint8Array(4096);
  while (buffer.length < 16384) {
    const n = await conn.read(chunk);
    if (n === null) return null;
    const next = new Uint8Array(buffer.length + n);
    next.set(buffer);
    next.set(chunk.subarray(0, n), buffer.length);
    buffer = next;
    const end = headEnd(buffer);
    if (end >= 0) {
      return {
        head: new TextDecoder().decode(buffer.subarray(0, end)),
        rest: buffer.subarray(end),
      };
    }
  }
  return null;
}

async function writeAll(conn: Deno.Conn, text: string): Promise<void> {
  let bytes = new TextEncoder().encode(text);
  while (bytes.length > 0) bytes = bytes.subarray(await conn.write(bytes));
}

async function pipe(from: Deno.Conn, to: Deno.Conn): Promise<void> {
  try {
    await from.readable.pipeTo(to.writable, { preventClose: false });
  } catch {
    // The other side closed first.
  }
}

export function startFakeConnectProxy(
  options: FakeConnectProxyOptions = {},
): FakeConnectProxy {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (listener.addr as Deno.NetAddr).port;
  const expected = options.user === undefined
    ? undefined
    : `Basic ${btoa(`${options.user}:${options.password ?? ""}`)}`;
  const open = new Set<Deno.Conn>();
  const proxy: FakeConnectProxy = {
    url: `http://127.0.0.1:${port}`,
    port,
    tunnels: {},
    refused: 0,
    authorizations: [],
    [Symbol.asyncDispose]() {
      return this.close();
    },
    async close() {
      listener.close();
      for (const conn of open) {
        try {
          conn.close();
        } catch {
          // Already closed.
        }
      }
      await done;
    },
  };

  async function serve(client: Deno.Conn): Promise<void> {
    open.add(client);
    try {
      const request = await readHead(client);
      if (!request) return;
      const [line, ...headerLines] = request.head.trimEnd().split("\r\n");
      const [method, target] = (line ?? "").split(" ");
      const authorization = headerLines
        .find((h) => h.toLowerCase().startsWith("proxy-authorization:"))
        ?.slice("proxy-authorization:".length).trim();
      if (authorization) proxy.authorizations.push(authorization);
      if (method !== "CONNECT" || !target) {
        await writeAll(client, "HTTP/1.1 405 Method Not Allowed\r\ncontent-length: 0\r\n\r\n");
        return;
      }
      if (expected !== undefined && authorization !== expected) {
        proxy.refused++;
        await writeAll(
          client,
          'HTTP/1.1 407 Proxy Authentication Required\r\nproxy-authenticate: Basic realm="corp"\r\ncontent-length: 0\r\n\r\n',
        );
        return;
      }
      const colon = target.lastIndexOf(":");
      const hostname = target.slice(0, colon).replace(/^\[|\]$/g, "");
      let upstream: Deno.Conn;
      try {
        upstream = await Deno.connect({ hostname, port: Number(target.slice(colon + 1)) });
      } catch {
        await writeAll(client, "HTTP/1.1 502 Bad Gateway\r\ncontent-length: 0\r\n\r\n");
        return;
      }
      open.add(upstream);
      proxy.tunnels[target] = (proxy.tunnels[target] ?? 0) + 1;
      await writeAll(client, "HTTP/1.1 200 Connection Established\r\n\r\n");
      if (request.rest.length > 0) await upstream.write(request.rest);
      await Promise.all([pipe(client, upstream), pipe(upstream, client)]);
      open.delete(upstream);
    } finally {
      open.delete(client);
      try {
        client.close();
      } catch {
        // Closed by the pipe already.
      }
    }
  }

  const done = (async () => {
    const running: Promise<void>[] = [];
    try {
      for await (const conn of listener) running.push(serve(conn).catch(() => {}));
    } catch {
      // The listener was closed.
    }
    await Promise.all(running);
  })();
  return proxy;
}
