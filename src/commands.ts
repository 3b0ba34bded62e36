// The commands behind main.ts: gather settings from every source, run a flow, hand the
// result to the output plugin. Loaded only once a command is known.
import { type Io } from "../main.ts";
import { UsageError } from "./errors.ts";
import { detectLang, type Lang, t } from "./i18n/messages.ts";
import { parseDotenv } from "./config/dotenv.ts";
import { EMPTY_OKTA_YAML, type OktaYaml, parseOktaYaml } from "./config/okta_yaml.ts";
import { resolveSettings, stringSetting } from "./config/resolve.ts";
import { webRun } from "./config/web_options.ts";
import { oktaYamlPath } from "./aws/paths.ts";
import { webFlow } from "./flow/web.ts";
import { noTerminalPicker, terminalPicker } from "./ui/picker.ts";
import { openBrowser } from "./ui/browser.ts";
import { qrCode } from "./ui/qr.ts";
import { FORMAT_NAMES, PLUGINS } from "../plugins/mod.ts";
import { detectShell } from "../plugins/env_var.ts";

function readOptional(path: string): string | undefined {
  try {
    return Deno.readTextFileSync(path);
  } catch (err) {
    if (err instanceof Deno.errors.NotFound || err instanceof Deno.errors.IsADirectory) {
      return undefined;
    }
    throw err;
  }
}

function loadOktaYaml(env: Record<string, string>): { yaml: OktaYaml; path: string } {
  const path = oktaYamlPath(env);
  const text = readOptional(path);
  return { yaml: text === undefined ? EMPTY_OKTA_YAML : parseOktaYaml(text, path), path };
}

function warnUnknownKeys(io: Io, yaml: OktaYaml, path: string, lang: Lang): void {
  for (const u of yaml.unknown) {
    const suggestion = u.suggestion ? t("notice_did_you_mean", { key: u.suggestion }, lang) : "";
    io.stderr(
      `${
        t("notice_unknown_key", { key: u.key, where: `${path} (${u.where})`, suggestion }, lang)
      }\n`,
    );
  }
}

/** `okta-aws web`: returns the exit code and the language used, for main's error printing. */
export async function runWeb(
  io: Io,
  flags: Record<string, string | boolean | undefined>,
  command: string[],
): Promise<{ code: number; lang: Lang }> {
  const dotenv = parseDotenv(readOptional(`${io.cwd}/.env`) ?? "");
  const { yaml, path: yamlPath } = loadOktaYaml(io.env);
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
  if (command.length > 0 || settings.exec?.value === true) {
    throw new UsageError("usage_conflict", {
      reason: "exec mode (okta-aws web -- command) is not in this build yet",
    });
  }
  const run = webRun(settings, io.env, yaml, FORMAT_NAMES, {
    os: Deno.build.os,
    arch: Deno.build.arch,
  });
  if (run.adminDomainGiven) {
    io.stderr(
      `${
        t("notice_admin_domain", { given: run.adminDomainGiven, fixed: run.web.org.host }, lang)
      }\n`,
    );
  }
  const shell = detectShell(run.output.shell, io.env, Deno.build.os);
  if (!shell) {
    throw new UsageError("usage_invalid", {
      flag: "--shell",
      value: run.output.shell ?? "",
      reason: "choose bash, zsh, sh, fish, powershell or cmd",
    });
  }
  const debugApi = settings["debug-api-calls"]?.value === true;
  const sets = await webFlow(run.web, {
    fetch: globalThis.fetch,
    now: Date.now,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    log: (line) => io.stderr(`${line}\n`),
    openUrl: openBrowser,
    qrCode,
    pick: io.isInteractive ? terminalPicker : noTerminalPicker,
    lang,
    debug: debugApi ? (line) => io.stderr(`[api] ${line}\n`) : undefined,
  });
  // webRun() accepted only registered formats.
  const plugin = PLUGINS[run.output.format]!;
  const code = await plugin.emit(sets, {
    write: io.stdout,
    log: (line) => io.stderr(`${line}\n`),
    lang,
    credentialsFile: run.output.credentialsFile,
    legacyVariables: run.output.legacyVariables,
    expiryVariables: run.output.expiryVariables,
    shell,
  });
  return { code, lang };
}

/** `okta-aws list-profiles`: the okta.yaml profiles, one per line on stdout. */
export function listProfiles(io: Io, lang: Lang): Promise<number> {
  const { yaml, path } = loadOktaYaml(io.env);
  warnUnknownKeys(io, yaml, path, lang);
  const names = Object.keys(yaml.profiles);
  for (const name of names) {
    const p = yaml.profiles[name]!;
    const details = ["org-domain", "aws-iam-role"].filter((k) => p[k] !== undefined)
      .map((k) => `${k}=${p[k]}`).join(" ");
    io.stdout(details ? `${name}\t${details}\n` : `${name}\n`);
  }
  return Promise.resolve(0);
}
