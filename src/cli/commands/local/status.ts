// `okta-aws status`: every cached Okta session and AWS credential set with its time left, as
// a table on stderr or JSON on stdout (--json).
import type { Deps } from "../../../deps.ts";
import { type Lang, t } from "../../../i18n/messages.ts";
import { cacheRoot } from "../../../cache/paths.ts";
import { listCache } from "../../../cache/inventory.ts";
import { listSsoStatus } from "../../../aws/sso_cache.ts";
import { printable } from "../../../text/printable.ts";
import type { CommandRequest } from "../../command.ts";
import { loadSettings } from "../../settings.ts";
import { STATUS } from "./spec.ts";

function left(seconds: number, lang: Lang): string {
  if (seconds <= 0) return t("status_expired", {}, lang);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  return h > 0
    ? `${h}h${String(m).padStart(2, "0")}m`
    : `${m}m${String(seconds % 60).padStart(2, "0")}s`;
}

export async function run(request: CommandRequest, deps: Deps): Promise<number> {
  const { values, lang } = await loadSettings(STATUS, request.flags, deps);
  request.setLang(lang);
  const root = cacheRoot(deps.env, deps.os);
  // okta-aws's own caches, then the AWS CLI's Identity Center files (no home: none to show).
  const items = [...listCache(root, deps.now()), ...listSsoStatus(deps.env, deps.now())];
  if (values.json) {
    deps.stdout(`${JSON.stringify({ cacheDir: root, entries: items }, null, 2)}\n`);
    return 0;
  }
  if (items.length === 0) {
    deps.stderr(`${t("status_none", { dir: root }, lang)}\n`);
    return 0;
  }
  const table = [
    t("status_header", {}, lang).split("|"),
    ...items.map((i) => [
      i.kind,
      printable(`${URL.canParse(i.org) ? new URL(i.org).host : i.org} ${i.what}`),
      i.expires,
      left(i.secondsLeft, lang),
    ]),
  ];
  const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
  for (const row of table) {
    deps.stderr(`${row.map((cell, i) => cell.padEnd(widths[i]!)).join("  ").trimEnd()}\n`);
  }
  return 0;
}
