// doctor's IAM Identity Center checks: for each [sso-session] of the config file, its start
// URL and region, whether a token is cached and for how long, and whether the portal answers
// with it; and the profiles `aws login` writes (login_session), which the AWS CLI owns.
import { createHttp } from "../../../http/client.ts";
import { listAccounts } from "../../../aws/identity_center.ts";
import { tokenCaches, tokensOf } from "../../../cache/sso_tokens.ts";
import { cacheRoot } from "../../../cache/paths.ts";
import type { SsoSession } from "../../../aws/sso_config.ts";
import { checkRegion, httpTimeoutMs } from "../../checks.ts";
import type { Context } from "./network.ts";

/** A start URL okta-aws can sign in to: https (any host: d-xxx, a vanity alias, a custom domain). */
function startUrlProblem(url: string | undefined): boolean {
  if (!url || !URL.canParse(url)) return true;
  const u = new URL(url);
  return u.protocol !== "https:" && !(u.protocol === "http:" && u.hostname === "127.0.0.1");
}

/** The checks of every sso-session; true when the config file names any (Okta is optional then). */
export async function checkIdentityCenter(
  c: Context,
  sections: Map<string, Record<string, string>> | undefined,
): Promise<boolean> {
  if (!sections) return false;
  const fromLogin = [...sections].filter(([, v]) => v.login_session).map(([name]) =>
    name.replace(/^profile /, "")
  );
  if (fromLogin.length > 0) {
    c.add("ok", "aws login", "doctor_login_profiles", { profiles: fromLogin.join(", ") });
  }
  const sessions = [...sections].filter(([name]) => name.startsWith("sso-session "));
  // doctor reads, never moves: the writer's choice decides where a token lives.
  const caches = tokenCaches(c.deps.env, cacheRoot(c.deps.env, c.deps.os), false, () => {});
  for (const [section, values] of sessions) {
    const name = section.slice("sso-session ".length);
    const what = `sso-session ${name}`;
    const startUrl = values.sso_start_url;
    const region = values.sso_region;
    if (startUrlProblem(startUrl)) {
      c.add("fail", what, "doctor_sso_start_url", { session: name, url: startUrl ?? "" });
      continue;
    }
    try {
      if (!region) throw new Error("no region");
      checkRegion(region, "sso_region");
    } catch {
      c.add("fail", what, "doctor_sso_region", { session: name, region: region ?? "" });
      continue;
    }
    const session: SsoSession = { name, startUrl: startUrl!, region: region!, scopes: [] };
    // Wherever it is kept: the AWS CLI's cache, or okta-aws's (--no-aws-cli-cache).
    const token = (await tokensOf(caches, session))[0]?.file;
    const login = `okta-aws sso login --sso-session ${name}`;
    if (!token) {
      c.add("warn", what, "doctor_sso_no_token", { session: name, command: login });
      continue;
    }
    const left = Math.round((Date.parse(token.expiresAt) - c.deps.now()) / 60_000);
    if (left <= 0) {
      c.add(
        token.refreshToken ? "ok" : "warn",
        what,
        token.refreshToken ? "doctor_sso_token_refreshable" : "doctor_sso_token_expired",
        { session: name, command: login },
      );
      continue;
    }
    try {
      const http = createHttp({
        fetch: c.deps.fetch,
        service: "sso_portal",
        sleep: c.deps.sleep,
        timeoutMs: httpTimeoutMs(c.deps.env),
      });
      const endpoint = c.deps.env.AWS_ENDPOINT_URL_SSO || c.deps.env.AWS_ENDPOINT_URL || undefined;
      const accounts = await listAccounts({ http, region: region!, endpoint }, token.accessToken);
      c.add("ok", what, "doctor_sso_ok", {
        session: name,
        url: startUrl!,
        minutes: left,
        accounts: accounts.length,
      });
    } catch (err) {
      c.failWith(what, err);
    }
  }
  return sessions.length > 0;
}
