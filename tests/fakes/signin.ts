// A fake AWS sign-in federation endpoint on 127.0.0.1 (point OKTA_AWS_SIGNIN_URL at
// `${url}/federation`): `Action=getSigninToken` accepts only a Session of credentials the given
// fakes (STS, the Identity Center portal) issued and not expired, and a SessionDuration of 900-43200 s
// (none for role-chaining credentials); `Action=login`
// redirects to the Destination. Tokens are unique, so they double as leak canaries.
import { type Listen, serveFake } from "./serve.ts";
/** What a fake that issues credentials keeps of them (the fake STS, the fake portal). */
export interface Issuer {
  issued: {
    accessKeyId: string;
    secretAccessKey: string;
    sessionToken: string;
    expiration: string;
    chained?: boolean;
  }[];
}

export interface FakeSigninScript {
  /** Where it listens: HTTP on 127.0.0.1 unless told (serve.ts). */
  listen?: Listen;
  /** Answer getSigninToken with 403 (credentials from role chaining, say). */
  refuse?: boolean;
}

export interface FakeSignin {
  url: string;
  script: FakeSigninScript;
  /** Each getSigninToken: the session's access key id and the duration asked. */
  calls: { accessKeyId: string; sessionDuration?: number }[];
  tokens: string[];
  close(): Promise<void>;
  /** `await using`: close() when the scope ends. */
  [Symbol.asyncDispose](): Promise<void>;
}

export function startFakeSignin(
  issuers: Issuer[],
  script: FakeSigninScript = {},
): Promise<FakeSignin> {
  const calls: FakeSignin["calls"] = [];
  const tokens: string[] = [];
  const handler = (req: Request): Response => {
    const url = new URL(req.url);
    const q = url.searchParams;
    if (url.pathname !== "/federation") return new Response("not found", { status: 404 });
    if (q.get("Action") === "login") {
      const to = q.get("Destination") ?? "";
      return tokens.includes(q.get("SigninToken") ?? "")
        ? new Response(null, { status: 302, headers: { location: to } })
        : new Response("bad token", { status: 400 });
    }
    if (q.get("Action") !== "getSigninToken") return new Response("bad action", { status: 400 });
    let session: Record<string, string>;
    try {
      session = JSON.parse(q.get("Session") ?? "");
    } catch {
      return new Response("bad session", { status: 400 });
    }
    const duration = q.get("SessionDuration");
    calls.push({
      accessKeyId: session.sessionId ?? "",
      ...(duration ? { sessionDuration: Number(duration) } : {}),
    });
    if (script.refuse) return new Response("<html>403 Forbidden</html>", { status: 403 });
    if (duration && (Number(duration) < 900 || Number(duration) > 43200)) {
      return new Response("bad duration", { status: 400 });
    }
    const issued = issuers.flatMap((i) => i.issued).find((c) =>
      c.accessKeyId === session.sessionId && c.secretAccessKey === session.sessionKey &&
      c.sessionToken === session.sessionToken
    );
    if (!issued || Date.parse(issued.expiration) <= Date.now()) {
      return new Response("<html>403 Forbidden</html>", { status: 403 });
    }
    // AWS documents that role-chaining credentials take no SessionDuration.
    if (duration && issued.chained) {
      return new Response("SessionDuration is not allowed for role chaining", { status: 400 });
    }
    const token = `signin${crypto.randomUUID().replaceAll("-", "")}`;
    tokens.push(token);
    return new Response(JSON.stringify({ SigninToken: token }), {
      headers: { "content-type": "application/json" },
    });
  };
  const { server, origin } = serveFake(handler, script.listen);
  return Promise.resolve({
    url: origin,
    script,
    calls,
    tokens,
    close: () => server.shutdown(),
    [Symbol.asyncDispose]: () => server.shutdown(),
  });
}
