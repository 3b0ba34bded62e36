// `okta-aws web`: settings -> web options and outputs -> the web provider -> the pipeline.
import type { Deps } from "../deps.ts";
import { t } from "../i18n/messages.ts";
import { printable } from "../text/printable.ts";
import { type WebDeps, type WebOptions, webProvider } from "../flow/web.ts";
import type { Lang } from "../i18n/messages.ts";
import { noTerminalPicker, terminalPicker } from "../ui/picker.ts";
import { qrCode } from "../ui/qr.ts";
import { cacheRoot } from "../cache/paths.ts";
import { oktaTokenStore } from "../cache/okta_tokens.ts";
import type { CommandRequest } from "./tree.ts";
import { booleanSetting, type Settings } from "./settings.ts";
import { credentialRun } from "./outputs.ts";
import { webRun } from "./web_options.ts";
import { cacheFailure, deliver, lockTimeoutMs } from "./pipeline.ts";
import { withChain } from "./chain_options.ts";

/**
 * The web flow's outside world for a run: the session cache (when kept), the picker (none
 * without a terminal), --debug-api-calls; shared with `profiles sync`.
 */
export async function webDeps(
  web: WebOptions,
  settings: Settings,
  deps: Deps,
  run: {
    log: (line: string) => void;
    lang: Lang;
    cacheTokens: boolean;
    trace?: (line: string) => void;
    status?: (text: string | undefined) => void;
  },
): Promise<WebDeps> {
  const { log, lang } = run;
  const root = cacheRoot(deps.env, deps.os);
  const tokens = run.cacheTokens
    ? await oktaTokenStore(
      root,
      web.org.origin,
      web.clientId,
      web.scopes,
      lockTimeoutMs(deps.env),
      await cacheFailure(deps, lang, root),
    )
    : undefined;
  return {
    fetch: deps.fetch,
    now: deps.now,
    sleep: deps.sleep,
    log,
    openUrl: deps.openUrl,
    qrCode,
    pick: deps.interactive ? terminalPicker(lang) : noTerminalPicker,
    lang,
    debug: booleanSetting(settings, "debug-api-calls")
      ? (line) => log(`[api] ${printable(line)}`)
      : undefined,
    tokens,
    trace: run.trace,
    status: run.status,
  };
}

export async function run(request: CommandRequest, world: Deps): Promise<number> {
  const { settings, dotenvRegion, yaml, lang, live, outputs, deps } = await credentialRun(
    request,
    world,
    (settings) => booleanSetting(settings, "all-profiles"),
  );
  const log = live.log;
  // --debug, OKTA_AWSCLI_DEBUG or okta.yaml's `debug: true`: every step, never a secret.
  const trace = booleanSetting(settings, "debug")
    ? (line: string) => log(`[debug] ${printable(line)}`)
    : undefined;
  if (trace) {
    for (const [name, setting] of Object.entries(settings)) {
      if (setting) trace(`setting ${name} = ${JSON.stringify(setting.value)} (${setting.source})`);
    }
  }
  const { web, cacheTokens, refreshWindowSeconds, adminDomainGiven } = webRun(
    settings,
    { ...dotenvRegion, ...deps.env },
    yaml,
    outputs,
    deps,
  );
  if (adminDomainGiven) {
    log(t("notice_admin_domain", { given: adminDomainGiven, fixed: web.org.host }, lang));
  }
  const provider = webProvider(
    web,
    await webDeps(web, settings, deps, { log, lang, cacheTokens, trace, status: live.status }),
  );
  return await deliver(
    {
      provider: withChain(provider, settings, deps, log, lang, web.sessionDuration),
      command: request.rest,
      outputs,
      refreshWindowSeconds,
      signInTo: web.org.host,
      trace,
    },
    deps,
    lang,
  );
}
