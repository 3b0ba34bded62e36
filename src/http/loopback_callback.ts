// The OAuth redirect target of a PKCE sign-in: an HTTP server on 127.0.0.1 only (never every
// interface, as the AWS CLI does), on a port the OS picks, that takes one callback.
import { type Lang, t } from "../i18n/messages.ts";

export type CallbackResult =
  | { code: string; state: string }
  | { error: string; description: string };

export interface LoopbackCallback {
  /** `http://127.0.0.1:PORT/oauth/callback` */
  redirectUri: string;
  /** The first request to the callback path, parsed. */
  result: Promise<CallbackResult>;
  close(): Promise<void>;
}

const PAGE = (title: string) =>
  `<!doctype html><meta charset="utf-8"><title>okta-aws</title><p>${title}</p>`;

/**
 * Starts the callback server; the browser lands on it once the user has signed in and reads
 * its one line in the user's language.
 */
export function listenForCallback(lang: Lang = "en"): LoopbackCallback {
  const path = "/oauth/callback";
  let settle!: (r: CallbackResult) => void;
  const result = new Promise<CallbackResult>((resolve) => settle = resolve);
  let done = false;
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, (req) => {
    const url = new URL(req.url);
    if (url.pathname !== path || done) return new Response("Not found", { status: 404 });
    done = true;
    const q = url.searchParams;
    const code = q.get("code");
    if (code) settle({ code, state: q.get("state") ?? "" });
    else {
      settle({
        error: q.get("error") ?? "no_code",
        description: q.get("error_description") ?? "",
      });
    }
    const ok = code !== null;
    return new Response(
      PAGE(t(ok ? "callback_page_ok" : "callback_page_failed", {}, lang)),
      { status: ok ? 200 : 400, headers: { "content-type": "text/html; charset=utf-8" } },
    );
  });
  const { port } = server.addr as Deno.NetAddr;
  return {
    redirectUri: `http://127.0.0.1:${port}${path}`,
    result,
    close: () => server.shutdown(),
  };
}
