// A hostile server on 127.0.0.1 in front of a fake (Okta or STS): each test chooses how it
// misbehaves on which call (redirects, hangs, slow drips, huge bodies, 429/5xx, rewritten
// fields, escape sequences); every other call passes through to the honest fake unchanged.
import { CLIENT_ID, testDeps, type World, world, type WorldOptions } from "../helpers.ts";

export type Misbehaviour =
  /** Answer 3xx to `location` (the request is not forwarded). */
  | { redirect: string; status?: number }
  /** Accept the request and never answer. */
  | { hang: true }
  /** Answer 200 with headers at once, then one byte every `everyMs`, for ever. */
  | { drip: number; contentType?: string }
  /** Answer 200 with `bytes` bytes of `fill`. */
  | { huge: number; contentType?: string }
  /** Answer this status, body and headers (the request is not forwarded). */
  | { status: number; body?: string; contentType?: string; headers?: Record<string, string> }
  /** Forward, then rewrite the JSON answer. */
  | { json: (body: Record<string, unknown>) => unknown }
  /** Forward, then rewrite the answer's text (XML, HTML). */
  | { text: (body: string) => string }
  /** Forward, then add or replace response headers. */
  | { headers: (original: Headers, url: string) => Record<string, string> };

export interface Rule {
  /** The request path, exactly. */
  path: string;
  /** Only requests whose form body has this grant_type (token endpoint calls). */
  grant?: string;
  /** Only requests whose form body has this Action (STS). */
  action?: string;
  /** How many matching requests misbehave (default: all). */
  times?: number;
  misbehave: Misbehaviour;
}

export interface HostileServer {
  url: string;
  /** How many requests each rule caught, by index. */
  caught: number[];
  close(): Promise<void>;
  /** `await using`: close() when the scope ends. */
  [Symbol.asyncDispose](): Promise<void>;
}

const DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";
export const GRANTS = {
  device: DEVICE_GRANT,
  exchange: "urn:ietf:params:oauth:grant-type:token-exchange",
};

function drip(everyMs: number, contentType: string, signal: AbortSignal): Response {
  let timer: ReturnType<typeof setInterval> | undefined;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode("{"));
      timer = setInterval(() => {
        try {
          controller.enqueue(new TextEncoder().encode(" "));
        } catch {
          clearInterval(timer);
        }
      }, everyMs);
      signal.addEventListener("abort", () => clearInterval(timer));
    },
    cancel() {
      clearInterval(timer);
    },
  });
  return new Response(body, { headers: { "content-type": contentType } });
}

function huge(bytes: number, contentType: string): Response {
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      controller.enqueue(chunk);
      sent += chunk.length;
    },
  });
  return new Response(body, { headers: { "content-type": contentType } });
}

/** Starts a hostile front for `upstream` (the honest fake's origin). */
export function startHostile(upstream: string, rules: Rule[]): Promise<HostileServer> {
  const caught = rules.map(() => 0);
  let self = "";
  const stop = new AbortController();
  const hung: (() => void)[] = [];
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen() {}, signal: stop.signal },
    async (req) => {
      const url = new URL(req.url);
      const raw = req.method === "POST" ? await req.text() : "";
      const form = new URLSearchParams(raw);
      const index = rules.findIndex((r, i) =>
        r.path === url.pathname && (r.grant === undefined || form.get("grant_type") === r.grant) &&
        (r.action === undefined || form.get("Action") === r.action) &&
        caught[i]! < (r.times ?? Infinity)
      );
      // The honest fake's answers name its own origin (verification_uri, Link): ours instead.
      const forward = async () => {
        const answer = await fetch(`${upstream}${url.pathname}${url.search}`, {
          method: req.method,
          headers: req.headers,
          body: req.method === "POST" ? raw : undefined,
          redirect: "manual",
        });
        const headers = new Headers(answer.headers);
        headers.delete("content-length");
        const link = headers.get("link");
        if (link) headers.set("link", link.replaceAll(upstream, self));
        const text = (await answer.text()).replaceAll(upstream, self);
        return new Response(text, { status: answer.status, headers });
      };
      if (index < 0) return await forward();
      caught[index]!++;
      const m = rules[index]!.misbehave;
      if ("redirect" in m) {
        return new Response(null, { status: m.status ?? 307, headers: { location: m.redirect } });
      }
      if ("hang" in m) {
        return await new Promise<Response>((resolve) =>
          hung.push(() => resolve(new Response(null, { status: 599 })))
        );
      }
      if ("drip" in m) return drip(m.drip, m.contentType ?? "application/json", stop.signal);
      if ("huge" in m) return huge(m.huge, m.contentType ?? "application/json");
      if ("status" in m) {
        return new Response(m.body ?? "", {
          status: m.status,
          headers: { "content-type": m.contentType ?? "application/json", ...m.headers },
        });
      }
      const answer = await forward();
      const headers = new Headers(answer.headers);
      headers.delete("content-length");
      if ("json" in m) {
        const body = JSON.stringify(m.json(await answer.json()));
        return new Response(body, { status: answer.status, headers });
      }
      if ("text" in m) {
        return new Response(m.text(await answer.text()), { status: answer.status, headers });
      }
      for (const [name, value] of Object.entries(m.headers(answer.headers, req.url))) {
        headers.set(name, value);
      }
      return new Response(await answer.arrayBuffer(), { status: answer.status, headers });
    },
  );
  self = `http://127.0.0.1:${server.addr.port}`;
  return Promise.resolve({
    url: self,
    caught,
    [Symbol.asyncDispose]() {
      return this.close();
    },
    async close() {
      for (const release of hung) release();
      stop.abort();
      await server.finished.catch(() => {});
    },
  });
}

export interface HostileWorld {
  world: World;
  okta: HostileServer;
  sts: HostileServer;
  /** Flags pointing okta-aws at the hostile Okta. */
  args: string[];
  /** AWS_ENDPOINT_URL_STS at the hostile STS. */
  env: Record<string, string>;
  close(): Promise<void>;
  /** `await using`: close() when the scope ends. */
  [Symbol.asyncDispose](): Promise<void>;
}

/** The standard fake world (tests/helpers.ts) behind hostile fronts for Okta and STS. */
export async function hostileWorld(
  rules: { okta?: Rule[]; sts?: Rule[] },
  options: WorldOptions = {},
): Promise<HostileWorld> {
  const w = await world(options);
  const okta = await startHostile(w.okta.url, rules.okta ?? []);
  // The org is the front: its id_tokens must name it as their issuer.
  w.okta.script.issuer = okta.url;
  const sts = await startHostile(w.sts.url, rules.sts ?? []);
  return {
    world: w,
    okta,
    sts,
    args: ["--org-domain", okta.url, "--oidc-client-id", CLIENT_ID],
    env: { AWS_ENDPOINT_URL_STS: sts.url, AWS_ENDPOINT_URL_IAM: w.sts.url },
    [Symbol.asyncDispose](this: HostileWorld) {
      return this.close();
    },
    async close() {
      await okta.close();
      await sts.close();
      await w.close();
    },
  };
}

/**
 * Every file under `dir` with its bytes, to prove a failed run changed nothing; `skip` leaves
 * out paths (okta-aws's own cache, say).
 */
export function snapshot(dir: string, skip?: RegExp): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (at: string) => {
    for (const entry of Deno.readDirSync(at)) {
      const path = `${at}/${entry.name}`;
      if (skip?.test(path)) continue;
      if (entry.isDirectory) visit(path);
      else if (entry.isFile) out.set(path, Deno.readTextFileSync(path));
    }
  };
  visit(dir);
  return out;
}

export interface InProcessResult {
  code: number;
  stdout: string;
  stderr: string;
  /** Every wait the run asked for, in ms (none really happened). */
  slept: number[];
  opened: string[];
}

/**
 * `okta-aws <args>` in this process (main(deps)) against the hostile world: real HTTP to the
 * fakes, waits recorded but not slept, so that retry storms take milliseconds.
 */
export async function runHostile(
  hw: HostileWorld,
  args: string[],
  env: Record<string, string> = {},
): Promise<InProcessResult> {
  const { main } = await import("../../src/cli/main.ts");
  // Only the sign-in takes the org flags (status and the like refuse them).
  const org = args[0] === "web" ? hw.args : [];
  const io = testDeps([...args, ...org], {
    home: hw.world.home,
    env: { ...hw.env, ...env },
  });
  const code = await main(io.deps);
  return { code, stdout: io.stdout(), stderr: io.stderr(), slept: io.slept, opened: io.opened };
}
