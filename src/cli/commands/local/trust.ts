// `okta-aws trust [path]`: records a `.env` file (default ./.env) by path and content hash, so
// that its settings that run a program, choose where secrets go or choose the org are used;
// `--forget` removes it. See src/config/trust.ts for the rule.
import type { Deps } from "../../../deps.ts";
import { FlowError } from "../../../errors.ts";
import { t } from "../../../i18n/messages.ts";
import { expandHome } from "../../../aws/paths.ts";
import { parseDotenv } from "../../../config/dotenv.ts";
import { readOptionalText } from "../../../fs/read.ts";
import { sha256Hex } from "../../../cache/fingerprint.ts";
import { canonicalPath, readTrustList, updateTrustList } from "../../../config/trust.ts";
import { trustListPath } from "../../../cache/paths.ts";
import { rfc3339 } from "../../../credentials.ts";
import { allCommands, type CommandRequest, flagsOf } from "../../tree.ts";
import { loadSettings } from "../../settings.ts";
import { TRUST } from "./spec.ts";

function absolute(path: string, cwd: string, env: Readonly<Record<string, string>>): string {
  const expanded = expandHome(path, env);
  return /^([/\\]|[A-Za-z]:)/.test(expanded) ? expanded : `${cwd}/${expanded}`;
}

/** The variables of settings that need trust, over every command. */
function guardedNames(): Set<string> {
  return new Set(
    allCommands().flatMap((c) => flagsOf(c)).filter((f) => f.needsTrust).flatMap((f) => f.env),
  );
}

export async function run(request: CommandRequest, deps: Deps): Promise<number> {
  const { values, lang } = await loadSettings(TRUST, request.flags, deps);
  request.setLang(lang);
  const given = absolute(request.operands[0] ?? ".env", deps.cwd, deps.env);
  const path = canonicalPath(given);
  const listPath = trustListPath(deps.env, deps.os);
  if (values.forget) {
    let known = false;
    if (path in readTrustList(listPath).files) {
      await updateTrustList(listPath, (list) => {
        known = path in list.files;
        delete list.files[path];
      });
    }
    deps.stderr(`${t(known ? "trust_forgotten" : "trust_not_known", { path }, lang)}\n`);
    return 0;
  }
  const text = readOptionalText(path);
  if (text === undefined) throw new FlowError("trust_missing", { path });
  const guarded = guardedNames();
  const settingsTrusted = Object.entries(parseDotenv(text)).filter(([name]) => guarded.has(name))
    .map(([name, value]) => `${name}=${value}`);
  const entry = { sha256: await sha256Hex(text), trustedAt: rfc3339(new Date(deps.now())) };
  await updateTrustList(listPath, (list) => {
    list.files[path] = entry;
  });
  deps.stderr(`${t("trust_done", { path, list: listPath }, lang)}\n`);
  for (const line of settingsTrusted) deps.stderr(`  ${t("trust_setting", { line }, lang)}\n`);
  return 0;
}
