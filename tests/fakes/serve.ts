// Where a fake listens: plain HTTP on 127.0.0.1 (the default), or HTTPS with the committed test
// certificates of tests/fakes/tls (a private CA nobody trusts unless a test says so), reached
// as 127.0.0.1 or localhost. Every fake starts through here.

const TLS_DIR = new URL("./tls/", import.meta.url).pathname;

/** The server certificate a fake shows: valid, expired, not yet valid, or for another name. */
export type FakeCertificate = "server" | "expired" | "not_yet_valid" | "wrong_name";

export interface Listen {
  /** Serve HTTPS with this certificate (`true`: the valid one). */
  tls?: true | FakeCertificate;
  /** The name in the fake's URL (both resolve to 127.0.0.1; NO_PROXY tests tell them apart). */
  host?: "127.0.0.1" | "localhost";
}

/** The test CA that signed every server certificate, and its file. */
export const TEST_CA_FILE = `${TLS_DIR}ca.pem`;
/** A CA that signed nothing here: trusting it must not help. */
export const OTHER_CA_FILE = `${TLS_DIR}other_ca.pem`;

export function serveFake(
  handler: Deno.ServeHandler<Deno.NetAddr>,
  listen: Listen = {},
): { server: Deno.HttpServer<Deno.NetAddr>; origin: string } {
  const certificate = listen.tls === true ? "server" : listen.tls;
  const tls = certificate
    ? {
      cert: Deno.readTextFileSync(`${TLS_DIR}${certificate}.pem`),
      key: Deno.readTextFileSync(`${TLS_DIR}server.key`),
    }
    : {};
  const server = Deno.serve({
    hostname: "127.0.0.1",
    port: 0,
    onListen() {},
    // A client that refuses the certificate ends the handshake: not the fake's error.
    onError: () => new Response("fake error", { status: 500 }),
    ...tls,
  }, handler);
  const scheme = certificate ? "https" : "http";
  return { server, origin: `${scheme}://${listen.host ?? "127.0.0.1"}:${server.addr.port}` };
}
