// The commands behind main.ts: gather settings from every source, run a flow, hand the
// result to the output plugin. Loaded only once a command is known and the warm path missed.
import type { Io } from "../main.ts";
import { UsageError } from "./errors.ts";
import { detectLang, type Lang, phrase, t } from "./i18n/messages.ts";
import { parseDotenv } from "./config/dotenv.ts";
import { EMPTY_OKTA_YAML, type OktaYaml, parseOktaYaml } from "./config/okta_yaml.ts";
import { resolveSettings, type Settings, stringSetting } from "./config/resolve.ts";
import { webRun } from "./config/web_options.ts";
import { normalizeOrgDomain } from "./config/org_domain.ts";
import { oktaYamlPath } from "./aws/paths.ts";
import { webFlow } from "./flow/web.ts";
import { noTerminalPicker, terminalPicker } from "./ui/picker.ts";
import { openBrowser } from "./ui/browser.ts";
import { qrCode } from "./ui/qr.ts";
import { cacheRoot, pluginsDir } from "./cache/paths.ts";
import { oktaTokenStore } from "./cache/okta_tokens.ts";
import { requestFingerprint } from "./cache/fingerprint.ts";
import { lookupCached, rememberCredentials } from "./cache/aws_credentials.ts";
import { readOptionalText } from "./fs/read.ts";
import { acquireCacheLock, listJson, removeFile } from "./cache/store.ts";
import type { CredentialSet } from "./credentials.ts";
import { FORMAT_NAMES, PLUGINS } from "../plugins/mod.ts";
import { detectShell } from "../plugins/env_var.ts";
import { checkNested, runExec } from "../plugins/exec.ts";
import { findExternal, listExternal, runExternal } from "../plugins/external.ts";

/** Longer than a device code lives (10 minutes), so a waiter outlasts a real sign-in. */
const LOCK_TIMEOUT_MS = 11 * 60_000;

function lockTimeoutMs(env: Record<string, string>): number {
  const seconds = Number(env.OKTA_AWS_LOCK_TIMEOUT);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : LOCK_TIMEOUT_MS;
}

function loadOktaYaml(env: Record<string, string>): { yaml: OktaYaml; path: string; text: string } {
  const path = oktaYamlPath(env);
  const text = readOptionalText(path);
  return {
    yaml: text === undefined ? EMPTY_OKTA_YAML : parseOktaYaml(text, path),
    path,
    text: text ?? "",
  };
}

function warnUnknownKeys(io: Io, yaml: OktaYaml, path: string, lang: Lang): void {
  for (const u of yaml.unknown) {
    const suggestion = u.suggestion ? t("notice_did_you_mean", { key: u.suggestion }, lang) : "";
    const where = `${path} (${u.where})`;
    io.stderr(`${t("notice_unknown_key", { key: u.key, where, suggestion }, lang)}\n`);
  }
}

interface Loaded {
  settings: Settings;
  yaml: OktaYaml;
  yamlText: string;
  dotenvText: string;
  lang: Lang;
}

function loadSettings(io: Io, flags: Record<string, string | boolean | undefined>): Loaded {
  const dotenvText = readOptionalText(`${io.cwd}/.env`) ?? "";
  const dotenv = parseDotenv(dotenvText);
  const { yaml, path: yamlPath, text: yamlText } = loadOktaYaml(io.env);
  const first = resolveSettings({ flags, env: io.env, dotenv, profile: {} });
  const profileName = stringSetting(first, "profile") ?? "default";
  const settings = resolveSettings({
    flags,
    env: io.env,
    dotenv,
    profile: yaml.profiles[profileName] ?? {},
  });
  const lang = detectLang(stringSetting(settings, "lang"), io.env);
  warnUnknownKeys(io, yaml, yamlPath, lang);
  return { settings, yaml, yamlText, dotenvText, lang };
}

/** `okta-aws web`: returns the exit code; `onLang` learns the language the settings chose. */
export async function runWeb(
  io: Io,
  flags: Record<string, string | boolean | undefined>,
  command: string[],
  onLang: (lang: Lang) => void,
): Promise<number> {
  const { settings, yaml, yamlText, dotenvText, lang } = loadSettings(io, flags);
  onLang(lang);
  const os = Deno.build.os;
  const plugins = pluginsDir(io.env, os);
  const run = webRun(
    settings,
    io.env,
    yaml,
    { builtin: FORMAT_NAMES, external: listExternal(plugins, os), dir: plugins },
    { os, arch: Deno.build.arch },
    command,
  );
  const out = run.output;
  if (out.command.length > 0) checkNested(io.env, out.forceNested);
  if (run.adminDomainGiven) {
    const notice = { given: run.adminDomainGiven, fixed: run.web.org.host };
    io.stderr(`${t("notice_admin_domain", notice, lang)}\n`);
  }
  const shell = detectShell(out.shell, io.env, os);
  if (!shell) {
    throw new UsageError("usage_invalid", {
      flag: "--shell",
      value: out.shell ?? "",
      reason: phrase("reason_shell"),
    });
  }
  const root = cacheRoot(io.env, os);
  const timeoutMs = lockTimeoutMs(io.env);
  const log = (line: string) => io.stderr(`${line}\n`);
  const debugApi = settings["debug-api-calls"]?.value === true;
  const flow = async () =>
    await webFlow(run.web, {
      fetch: globalThis.fetch,
      now: Date.now,
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      log,
      openUrl: openBrowser,
      qrCode,
      pick: io.isInteractive ? terminalPicker : noTerminalPicker,
      lang,
      debug: debugApi ? (line) => io.stderr(`[api] ${line}\n`) : undefined,
      tokens: out.cacheTokens
        ? await oktaTokenStore(
          root,
          run.web.org.origin,
          run.web.clientId,
          run.web.scopes,
          timeoutMs,
        )
        : undefined,
    });

  let sets: CredentialSet[];
  if (out.cacheCredentials) {
    const fingerprint = await requestFingerprint({
      flags,
      exec: out.command.length > 0,
      env: io.env,
      dotenv: dotenvText,
      oktaYaml: yamlText,
    });
    const lock = await acquireCacheLock(
      root,
      `request-${fingerprint}`,
      timeoutMs,
      (path) => log(t("notice_waiting_lock", { org: run.web.org.host, path }, lang)),
    );
    try {
      // Looked up again under the lock: the process that held it may have just refreshed.
      const hit = lookupCached(root, fingerprint, Date.now());
      sets = hit ? [hit.set] : await flow();
      if (!hit) {
        await rememberCredentials(root, fingerprint, sets[0]!, {
          org: run.web.org.origin,
          clientId: run.web.clientId,
          duration: run.web.sessionDuration,
        }, {
          refreshWindowSeconds: out.refreshWindowSeconds,
          legacyVariables: out.legacyVariables,
          forceNested: out.forceNested,
        });
      }
    } finally {
      lock.release();
    }
  } else {
    sets = await flow();
  }

  let code = 0;
  if (out.format !== undefined) {
    const builtin = PLUGINS[out.format];
    if (builtin) {
      code = await builtin.emit(sets, {
        write: io.stdout,
        log,
        lang,
        credentialsFile: out.credentialsFile,
        legacyVariables: out.legacyVariables,
        expiryVariables: out.expiryVariables,
        shell,
      });
    } else {
      code = await runExternal(findExternal(out.format, plugins, os)!, sets);
    }
  }
  if (code === 0 && out.command.length > 0) {
    code = await runExec(sets[0]!, {
      command: out.command,
      env: io.env,
      legacyVariables: out.legacyVariables,
      lang,
      log,
      terminal: Deno.stdin.isTerminal(),
      os,
    });
  }
  return code;
}

/** `okta-aws list-profiles`: the okta.yaml profiles, one per line on stdout. */
export function listProfiles(io: Io, lang: Lang): Promise<number> {
  const { yaml, path } = loadOktaYaml(io.env);
  warnUnknownKeys(io, yaml, path, lang);
  for (const [name, p] of Object.entries(yaml.profiles)) {
    const details = ["org-domain", "aws-iam-role"].filter((k) => p[k] !== undefined)
      .map((k) => `${k}=${p[k]}`).join(" ");
    io.stdout(details ? `${name}\t${details}\n` : `${name}\n`);
  }
  return Promise.resolve(0);
}

interface StatusRow {
  kind: "okta" | "aws";
  org: string;
  what: string;
  expires: string;
  secondsLeft: number;
}

function statusRows(root: string, now: number): StatusRow[] {
  const rows: StatusRow[] = [];
  for (const { value: v } of listJson<Record<string, unknown>>(`${root}/okta`)) {
    if (typeof v.org !== "string" || typeof v.expiresAt !== "number") continue;
    const refreshable = typeof v.refresh_token === "string";
    rows.push({
      kind: "okta",
      org: v.org,
      what: `${v.clientId} (${v.scopes})${refreshable ? " +refresh" : ""}`,
      expires: new Date(v.expiresAt).toISOString().replace(/\.\d{3}Z$/, "Z"),
      secondsLeft: Math.round((v.expiresAt - now) / 1000),
    });
  }
  for (const { value: v } of listJson<Record<string, unknown>>(`${root}/aws`)) {
    if (typeof v.org !== "string" || typeof v.expiration !== "string") continue;
    rows.push({
      kind: "aws",
      org: v.org,
      what: `${v.roleArn} (${v.duration} s)`,
      expires: v.expiration,
      secondsLeft: Math.round((Date.parse(v.expiration) - now) / 1000),
    });
  }
  return rows;
}

function left(seconds: number, lang: Lang): string {
  if (seconds <= 0) return t("status_expired", {}, lang);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  return h > 0
    ? `${h}h${String(m).padStart(2, "0")}m`
    : `${m}m${String(seconds % 60).padStart(2, "0")}s`;
}

/** `okta-aws status`: cached sessions and credentials, a table on stderr or JSON on stdout. */
export function status(io: Io, flags: Record<string, string | boolean | undefined>, lang: Lang) {
  const root = cacheRoot(io.env, Deno.build.os);
  const rows = statusRows(root, Date.now());
  if (flags.json === true) {
    io.stdout(`${JSON.stringify({ cacheDir: root, entries: rows }, null, 2)}\n`);
    return Promise.resolve(0);
  }
  if (rows.length === 0) {
    io.stderr(`${t("status_none", { dir: root }, lang)}\n`);
    return Promise.resolve(0);
  }
  const table = [
    t("status_header", {}, lang).split("|"),
    ...rows.map((
      r,
    ) => [r.kind, `${new URL(r.org).host} ${r.what}`, r.expires, left(r.secondsLeft, lang)]),
  ];
  const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
  for (const row of table) {
    io.stderr(`${row.map((cell, i) => cell.padEnd(widths[i]!)).join("  ").trimEnd()}\n`);
  }
  return Promise.resolve(0);
}

/** `okta-aws logout`: removes our caches, all of them or those of one org. */
export function logout(io: Io, flags: Record<string, string | boolean | undefined>, lang: Lang) {
  const root = cacheRoot(io.env, Deno.build.os);
  const domain = typeof flags["org-domain"] === "string" ? flags["org-domain"] : undefined;
  const org = domain ? normalizeOrgDomain(domain).url.origin : undefined;
  let count = 0;
  const removedEntries = new Set<string>();
  for (const dir of ["okta", "aws"]) {
    for (const { path, value } of listJson<{ org?: string }>(`${root}/${dir}`)) {
      if (org && value.org !== org) continue;
      if (removeFile(path)) {
        count++;
        removedEntries.add(path.slice(path.lastIndexOf("/") + 1));
      }
    }
  }
  for (const { path, value } of listJson<{ entry?: string }>(`${root}/requests`)) {
    if (!org || (value.entry && removedEntries.has(value.entry))) removeFile(path);
  }
  io.stderr(`${t("logout_done", { count, dir: root }, lang)}\n`);
  return Promise.resolve(0);
}
