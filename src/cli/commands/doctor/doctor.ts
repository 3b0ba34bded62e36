// `okta-aws doctor` (alias `debug`): what okta-aws would read and reach, checked one finding
// per line (ok / warn / fail) with the fix and the guide step: okta.yaml, `.env` and its trust,
// the AWS files, the cache dir, the org (engine, clock), STS, and the Okta app set-up (device
// grant; with a cached session, the token exchange of the Allowed Web SSO Client).
// Exit 0 when nothing fails.
import type { Deps } from "../../../deps.ts";
import { FlowError, UsageError } from "../../../errors.ts";
import { type Lang, type MessageKey, render, t } from "../../../i18n/messages.ts";
import { parseDotenv } from "../../../config/dotenv.ts";
import { normalizeOrgDomain } from "../../../config/org_domain.ts";
import { canonicalPath, isTrusted, readTrustList } from "../../../config/trust.ts";
import { configFilePath, credentialsFilePath } from "../../../aws/paths.ts";
import { bytesToBinary, IniSyntaxError, sectionsOf } from "../../../aws/shared_ini.ts";
import { SYNC_MARKER } from "../../../aws/synced_profiles.ts";
import { resolveCommand } from "../../../../plugins/exec.ts";
import { stsRegion } from "../../../aws/sts.ts";
import { readAwsFileText, readOptionalText } from "../../../fs/read.ts";
import { createHttp } from "../../../http/client.ts";
import { isNetworkFailure } from "../../../http/network_error.ts";
import type { Network } from "../../../http/network.ts";
import { withNetwork } from "../../network.ts";
import { checkProxies, checkTrust, type Context, type Level, routeParams } from "./network.ts";

import { cacheRoot, trustListPath } from "../../../cache/paths.ts";
import { oktaTokenStore } from "../../../cache/okta_tokens.ts";
import { type OktaOrg, oktaOrg } from "../../../okta/org.ts";
import { requestDeviceAuthorization } from "../../../okta/device_authorization.ts";
import { listFederationApps } from "../../../okta/app_links.ts";
import { exchangeForWebSsoToken } from "../../../okta/token_exchange.ts";
import type { CommandRequest } from "../../command.ts";
import { loadManaged, loadOktaYaml, loadSettings, SOURCE_PHRASES } from "../../settings.ts";
import { flagsOf } from "../../tree.ts";
import { WEB } from "../web/spec.ts";
import { checkIdentityCenter } from "./identity_center.ts";
import { DOCTOR } from "./spec.ts";
import { httpTimeoutMs } from "../../checks.ts";
import { WEB_SCOPES } from "../web/options.ts";

export interface Finding {
  level: Level;
  /** What was checked: `okta.yaml`, `Okta org`, ... */
  what: string;
  message: string;
  fix?: string;
}

/** Each check's label in the table (`what` stays the stable English id in --json). */
const LABELS: Record<string, MessageKey> = {
  "okta.yaml": "doctor_check_yaml",
  ".env": "doctor_check_dotenv",
  "credentials": "doctor_check_credentials",
  "config": "doctor_check_config",
  "cache": "doctor_check_cache",
  "synced profiles": "doctor_check_synced",
  "STS": "doctor_check_sts",
  "Okta org": "doctor_check_org",
  "clock": "doctor_check_clock",
  "OIDC app": "doctor_check_app",
  "Web SSO client": "doctor_check_exchange",
  "trust": "doctor_check_trust",
  "proxy": "doctor_check_proxy",
};

/** Clocks further apart than this break tokens and assertions. */
const SKEW_LIMIT_S = 300;

function checkOktaYaml(c: Context): void {
  let yaml;
  try {
    yaml = loadOktaYaml(c.deps.env);
  } catch (err) {
    c.failWith("okta.yaml", err);
    return;
  }
  if (readOptionalText(yaml.path) === undefined) {
    c.add("ok", "okta.yaml", "doctor_absent", { path: yaml.path });
    return;
  }
  c.add("ok", "okta.yaml", "doctor_yaml_ok", {
    path: yaml.path,
    profiles: Object.keys(yaml.profiles).length,
  });
  for (const u of yaml.unknown) {
    c.add("warn", "okta.yaml", "doctor_yaml_unknown", {
      key: u.key,
      where: `${yaml.path} (${u.where})`,
      suggestion: u.suggestion ? t("notice_did_you_mean", { key: u.suggestion }, c.lang) : "",
    });
  }
}

/** The machine's managed defaults: none, or the file with its enforced flags, or broken. */
function checkManaged(c: Context): void {
  let managed;
  try {
    managed = loadManaged(c.deps);
  } catch (err) {
    c.failWith("managed", err);
    return;
  }
  if (!managed.path) return;
  c.add("ok", "managed", "doctor_managed_ok", {
    path: managed.path,
    enforced: managed.enforced.join(", ") || "-",
  });
  for (const u of managed.unknown) {
    c.add("warn", "managed", "doctor_yaml_unknown", {
      key: u.key,
      where: `${managed.path} (${u.where})`,
      suggestion: u.suggestion ? t("notice_did_you_mean", { key: u.suggestion }, c.lang) : "",
    });
  }
}

async function checkDotenv(c: Context, trustKeys: readonly string[]): Promise<void> {
  const path = `${c.deps.cwd}/.env`;
  const text = readOptionalText(path);
  if (text === undefined) {
    c.add("ok", ".env", "doctor_absent", { path });
    return;
  }
  const values = parseDotenv(text);
  const guarded = trustKeys.filter((k) => values[k] !== undefined);
  const canonical = canonicalPath(path);
  const trusted = guarded.length === 0 ||
    await isTrusted(readTrustList(trustListPath(c.deps.env, c.deps.os)), canonical, text);
  if (trusted) {
    c.add("ok", ".env", "doctor_dotenv_ok", { path: canonical, count: Object.keys(values).length });
  } else {
    c.add("warn", ".env", "doctor_dotenv_untrusted", {
      path: canonical,
      keys: guarded.join(", "),
      command: `okta-aws trust ${canonical}`,
    }, "doctor_fix_trust");
  }
}

/** Checks an AWS file; returns its sections when it parses (for the checks that follow). */
function checkAwsFile(
  c: Context,
  what: string,
  path: string,
): Map<string, Record<string, string>> | undefined {
  let info;
  try {
    info = Deno.statSync(path);
  } catch {
    c.add("ok", what, "doctor_absent", { path });
    return undefined;
  }
  const text = readAwsFileText(path);
  let sections;
  try {
    sections = sectionsOf(bytesToBinary(new TextEncoder().encode(text ?? "")));
    c.add("ok", what, "doctor_aws_file_ok", { path, sections: sections.size });
  } catch (err) {
    if (!(err instanceof IniSyntaxError)) throw err;
    c.add(
      "fail",
      what,
      "file_invalid",
      { path, line: err.line, reason: err.reason },
      "doctor_fix_line",
    );
  }
  if (c.deps.os !== "windows" && info.mode !== null && (info.mode & 0o077) !== 0) {
    const mode = (info.mode & 0o777).toString(8);
    c.add("warn", what, "doctor_file_open", { path, mode }, "doctor_fix_chmod");
  }
  return sections;
}

/** The program a credential_process line starts: its first word, quoted or not. */
export function programOf(line: string): string {
  const text = line.trim();
  if (text.startsWith('"')) {
    const end = text.indexOf('"', 1);
    return end < 0 ? text.slice(1) : text.slice(1, end);
  }
  return text.split(/\s+/)[0] ?? "";
}

/**
 * The profiles `profiles sync` wrote (its marker) whose credential_process starts a program
 * that is gone (okta-aws moved, uninstalled, a clone deleted): the fix is a sync again.
 */
function checkSyncedProfiles(c: Context, sections: Map<string, Record<string, string>>): void {
  const byProgram = new Map<string, string[]>();
  for (const [section, values] of sections) {
    const line = values.credential_process;
    if (!values[SYNC_MARKER] || !line) continue;
    const program = programOf(line);
    byProgram.set(program, [...byProgram.get(program) ?? [], section.replace(/^profile /, "")]);
  }
  for (const [program, profiles] of byProgram) {
    const found = !("status" in resolveCommand(program, c.deps.env, c.deps.os));
    const params = { count: profiles.length, command: program, profiles: profiles.join(", ") };
    if (found) c.add("ok", "synced profiles", "doctor_synced_ok", params);
    else c.add("warn", "synced profiles", "doctor_synced_missing", params, "doctor_fix_synced");
  }
}

function checkCache(c: Context): void {
  const root = cacheRoot(c.deps.env, c.deps.os);
  let info;
  try {
    info = Deno.statSync(root);
  } catch {
    c.add("ok", "cache", "doctor_cache_new", { dir: root });
    return;
  }
  if (!info.isDirectory) {
    c.add("fail", "cache", "doctor_cache_not_dir", { dir: root }, "doctor_fix_cache");
    return;
  }
  const probe = `${root}/.doctor-${crypto.randomUUID().slice(0, 8)}`;
  try {
    Deno.writeTextFileSync(probe, "", { mode: 0o600 });
    Deno.removeSync(probe);
    c.add("ok", "cache", "doctor_cache_ok", { dir: root });
  } catch (err) {
    c.add("fail", "cache", "doctor_cache_unwritable", {
      dir: root,
      reason: err instanceof Error ? err.message.split("\n")[0]! : String(err),
    }, "doctor_fix_cache");
  }
  if (c.deps.os !== "windows" && info.mode !== null && (info.mode & 0o077) !== 0) {
    c.add("warn", "cache", "doctor_file_open", {
      path: root,
      mode: (info.mode & 0o777).toString(8),
    }, "doctor_fix_chmod_dir");
  }
}

/** The org's engine and clock, from `/.well-known/okta-organization` and its Date header. */
async function checkOrg(c: Context, org: OktaOrg, network: Network): Promise<boolean> {
  const url = new URL("/.well-known/okta-organization", org.url.origin);
  let response: Response;
  let body: { pipeline?: string } = {};
  try {
    response = await org.http(url);
    body = await response.json().catch(() => ({}));
  } catch (err) {
    c.failWith("Okta org", err);
    return false;
  }
  if (body.pipeline === "v1") {
    c.add("fail", "Okta org", "classic_org", { host: org.url.host });
    return false;
  }
  c.add("ok", "Okta org", "doctor_org_ok", {
    host: org.url.host,
    ...routeParams(network.route(url)),
  });
  const date = Date.parse(response.headers.get("date") ?? "");
  if (!Number.isNaN(date)) {
    const seconds = Math.round((date - c.deps.now()) / 1000);
    if (Math.abs(seconds) > SKEW_LIMIT_S) {
      c.add("warn", "clock", "doctor_clock_skew", {
        host: org.url.host,
        seconds: Math.abs(seconds),
      }, "doctor_fix_clock");
    } else c.add("ok", "clock", "doctor_clock_ok", { host: org.url.host });
  }
  return true;
}

async function checkSts(c: Context, http: typeof fetch, network: Network): Promise<void> {
  const env = c.deps.env;
  const region = env.AWS_REGION || env.AWS_DEFAULT_REGION || "us-east-1";
  const endpoint = new URL(
    env.AWS_ENDPOINT_URL_STS || env.AWS_ENDPOINT_URL ||
      `https://sts.${stsRegion("aws", region)}.amazonaws.com`,
  );
  const ok = { host: endpoint.host, ...routeParams(network.route(endpoint)) };
  try {
    // Any answer (STS refuses an unsigned GET with an XML error) proves the way is open.
    const response = await http(endpoint, { headers: { accept: "text/xml" } });
    await response.body?.cancel();
    c.add("ok", "STS", "doctor_sts_ok", ok);
  } catch (err) {
    if (err instanceof FlowError && !isNetworkFailure(err)) {
      c.add("ok", "STS", "doctor_sts_ok", ok);
    } else c.failWith("STS", err);
  }
}

/** The OIDC app: the device grant, and with a cached session the token exchange. */
async function checkApp(c: Context, org: OktaOrg, appId: string | undefined): Promise<void> {
  try {
    await requestDeviceAuthorization(org, WEB_SCOPES);
    c.add("ok", "OIDC app", "doctor_device_ok", { clientId: org.client.client_id });
  } catch (err) {
    c.failWith("OIDC app", err);
    return;
  }
  const root = cacheRoot(c.deps.env, c.deps.os);
  const store = await oktaTokenStore(
    root,
    org.url.origin,
    org.client.client_id,
    WEB_SCOPES,
    0,
    () => {},
  );
  const tokens = store.load();
  if (!tokens || tokens.expiresAt <= c.deps.now()) {
    c.add("ok", "Web SSO client", "doctor_exchange_skipped", {}, "doctor_fix_session");
    return;
  }
  try {
    const app = appId ?? (await listFederationApps(org, tokens.access_token))[0]?.appInstanceId;
    if (!app) {
      c.add("warn", "Web SSO client", "no_federation_apps", { host: org.url.host });
      return;
    }
    await exchangeForWebSsoToken(org, tokens, app);
    c.add("ok", "Web SSO client", "doctor_exchange_ok", {
      clientId: org.client.client_id,
      appId: app,
    });
  } catch (err) {
    c.failWith("Web SSO client", err);
  }
}

/** Runs every check; the findings in order. */
async function diagnose(
  deps: Deps,
  network: Network,
  lang: Lang,
  settings: { org?: string; clientId?: string; appId?: string },
  trustKeys: readonly string[],
): Promise<Finding[]> {
  const findings: Finding[] = [];
  const c: Context = {
    deps,
    lang,
    add: (level, what, key, params = {}, fix) => {
      // The entry's own hint is the fix unless the check names one.
      const words = render(key, params, lang);
      const hint = fix ? t(fix, params, lang) : words.hint;
      findings.push({ level, what, message: words.message, ...(hint ? { fix: hint } : {}) });
    },
    failWith: (what, err) => {
      if (err instanceof FlowError || err instanceof UsageError) {
        const key: MessageKey = err instanceof FlowError ? err.code : err.key;
        const words = render(key, err.params, lang);
        findings.push({ level: "fail", what, message: words.message, fix: words.hint });
      } else {
        findings.push({ level: "fail", what, message: String(err) });
      }
    },
  };
  checkOktaYaml(c);
  checkManaged(c);
  await checkDotenv(c, trustKeys);
  checkAwsFile(c, "credentials", credentialsFilePath(undefined, deps.env));
  const config = checkAwsFile(c, "config", configFilePath(deps.env));
  if (config) checkSyncedProfiles(c, config);
  checkCache(c);
  checkProxies(c);
  if (!await checkTrust(c, network)) return findings;
  const http = (service: "okta" | "sts") =>
    createHttp({
      fetch: deps.fetch,
      service,
      sleep: deps.sleep,
      timeoutMs: httpTimeoutMs(deps.env),
    });
  await checkSts(c, http("sts"), network);
  const identityCenter = await checkIdentityCenter(c, config);
  if (!settings.org) {
    // Only Identity Center set up: no Okta org is needed, nothing to warn about.
    if (!identityCenter) c.add("warn", "Okta org", "doctor_org_unset", {}, "doctor_fix_org");
    return findings;
  }
  let org: OktaOrg;
  try {
    org = oktaOrg(normalizeOrgDomain(settings.org).url, settings.clientId ?? "", http("okta"));
  } catch (err) {
    c.failWith("Okta org", err);
    return findings;
  }
  if (!await checkOrg(c, org, network)) return findings;
  if (!settings.clientId) {
    c.add("warn", "OIDC app", "doctor_client_unset", {}, "doctor_fix_client");
    return findings;
  }
  await checkApp(c, org, settings.appId);
  return findings;
}

/** A finding's level, in the user's language (the JSON keeps ok, warn, fail). */
const LEVEL_WORDS = {
  ok: "doctor_level_ok",
  warn: "doctor_level_warn",
  fail: "doctor_level_fail",
} as const;

export async function run(request: CommandRequest, world: Deps): Promise<number> {
  let loaded;
  try {
    loaded = await loadSettings(DOCTOR, request.flags, world);
  } catch (err) {
    // A broken okta.yaml or managed file is a finding, not the end: read the rest without them.
    if (!(err instanceof UsageError && err.key === "yaml_invalid")) throw err;
    loaded = await loadSettings({ ...DOCTOR, profile: false }, request.flags, world, {
      managed: false,
    });
  }
  const { values, lang } = loaded;
  request.setLang(lang);
  // Proxy variables Deno would ignore are findings (checkProxies), not a notice.
  const { deps, network } = withNetwork(
    world,
    loaded,
    (line) => world.stderr(`${line}\n`),
    values.profile,
    () => {},
  );
  // The .env is judged as web would read it: web takes every setting that needs trust.
  const trustKeys = flagsOf(WEB).filter((f) => f.needsTrust).flatMap((f) => f.env);
  const findings = await diagnose(deps, network, lang, {
    org: values.orgDomain,
    clientId: values.oidcClientId,
    appId: values.awsAcctFedAppId,
  }, trustKeys);
  // Where each setting came from: flag, env, .env, okta.yaml, managed, enforced.
  const from = Object.entries(loaded.settings).flatMap(([name, s]) =>
    s ? [`--${name} (${t(SOURCE_PHRASES[s.source], {}, lang)})`] : []
  );
  if (from.length > 0) {
    findings.push({
      level: "ok",
      what: "settings",
      message: t("doctor_settings_from", { settings: from.join(", ") }, lang),
    });
  }
  if (values.json) {
    deps.stdout(`${JSON.stringify(findings, null, 2)}\n`);
  } else {
    for (const f of findings) {
      const label = LABELS[f.what] ? t(LABELS[f.what]!, {}, lang) : f.what;
      const level = t(LEVEL_WORDS[f.level], {}, lang);
      deps.stderr(`${level.padEnd(4)}  ${label}: ${f.message}\n`);
      if (f.fix && f.level !== "ok") {
        deps.stderr(`      ${t("doctor_fix", { fix: f.fix }, lang)}\n`);
      }
    }
  }
  return findings.some((f) => f.level === "fail") ? 1 : 0;
}
