// `okta-aws web`: its values -> web options and outputs -> the web provider -> the one
// credential-command skeleton (chain, cache, lock, outputs).
import type { Deps } from "../../../deps.ts";
import { type Lang, t } from "../../../i18n/messages.ts";
import { printable } from "../../../text/printable.ts";
import { type WebDeps, type WebOptions, webProvider } from "../../../flow/web/mod.ts";
import { noTerminalPicker, terminalPicker } from "../../../ui/picker.ts";
import { qrCode } from "../../../ui/qr.ts";
import { cacheRoot } from "../../../cache/paths.ts";
import { oktaTokenStore } from "../../../cache/okta_tokens.ts";
import type { CommandRequest } from "../../command.ts";
import { cacheFailure, lockTimeoutMs } from "../../pipeline.ts";
import { runCredentialCommand } from "../../credential_command.ts";
import { webRun } from "./options.ts";
import { WEB } from "./spec.ts";

/**
 * The web flow's outside world for a run: the session cache (when kept), the picker (none
 * without a terminal), --debug-api-calls; shared with `profiles sync`.
 */
export async function webDeps(
  web: WebOptions,
  deps: Deps,
  run: {
    log: (line: string) => void;
    lang: Lang;
    session: "keep" | "reuse" | "off";
    debugApiCalls: boolean;
    trace?: (line: string) => void;
    status?: (text: string | undefined) => void;
  },
): Promise<WebDeps> {
  const { log, lang } = run;
  const root = cacheRoot(deps.env, deps.os);
  const store = run.session === "off" ? undefined : await oktaTokenStore(
    root,
    web.org.origin,
    web.clientId,
    web.scopes,
    lockTimeoutMs(deps.env),
    await cacheFailure(deps, lang, root),
  );
  // `reuse`: a fresh session a cacheable run kept is used; nothing is written.
  const tokens = store && run.session === "reuse" ? { ...store, readOnly: true } : store;
  return {
    fetch: deps.fetch,
    now: deps.now,
    sleep: deps.sleep,
    log,
    openUrl: deps.openUrl,
    qrCode,
    pick: deps.interactive ? terminalPicker(lang) : noTerminalPicker,
    lang,
    debug: run.debugApiCalls ? (line) => log(`[api] ${printable(line)}`) : undefined,
    tokens,
    trace: run.trace,
    status: run.status,
  };
}

export function run(request: CommandRequest, world: Deps): Promise<number> {
  return runCredentialCommand(WEB, request, world, async (run) => {
    const { settings, values, dotenvRegion, yaml, lang, live, outputs, deps, trace } = run;
    // --debug, OKTA_AWSCLI_DEBUG or okta.yaml's `debug: true`: every step, never a secret.
    for (const [name, setting] of Object.entries(settings)) {
      if (setting) {
        trace?.(`setting ${name} = ${JSON.stringify(setting.value)} (${setting.source})`);
      }
    }
    const { web, session, refreshWindowSeconds, adminDomainGiven } = webRun(
      run,
      { ...dotenvRegion, ...deps.env },
      yaml,
      outputs,
      deps,
    );
    if (adminDomainGiven) {
      live.log(t("notice_admin_domain", { given: adminDomainGiven, fixed: web.org.host }, lang));
    }
    const flow = await webDeps(web, deps, {
      log: live.log,
      lang,
      session,
      debugApiCalls: values.debugApiCalls,
      trace,
      status: live.status,
    });
    return {
      provider: webProvider(web, flow),
      askedSeconds: web.sessionDuration,
      refreshWindowSeconds,
      signInTo: web.org.host,
    };
  }, (values) => values.allProfiles);
}
