// `okta-aws status`: every cached Okta session and AWS credential set with its time left, as
// a table on stderr or JSON on stdout (--json).
import type { Deps } from "../../../deps.ts";
import { type Lang, t } from "../../../i18n/messages.ts";
import { cacheRoot } from "../../../cache/paths.ts";
import { type CacheItem, listCache } from "../../../cache/inventory.ts";
import { listSsoStatus, type SsoStatusItem } from "../../../aws/sso_cache.ts";
import { ownTokenCache } from "../../../cache/sso_tokens.ts";
import { printable } from "../../../text/printable.ts";
import type { CommandRequest } from "../../command.ts";
import { loadSettings } from "../../settings.ts";
import { STATUS } from "./spec.ts";
import { credentialValidity } from "../../../cache/validity.ts";
import { activeStore, keychainName } from "../../../secrets/vault.ts";
import { refreshWindow } from "../../checks.ts";
import { duration } from "../../../text/duration.ts";

function left(seconds: number, lang: Lang): string {
  return seconds <= 0 ? t("status_expired", {}, lang) : duration(seconds, lang);
}

/** What an item is, in the user's language. */
function described(item: CacheItem | SsoStatusItem, lang: Lang): string {
  const refresh = "refresh" in item && item.refresh ? ` ${t("status_refresh", {}, lang)}` : "";
  switch (item.kind) {
    case "okta":
      return `${item.client} (${item.scopes})${refresh}`;
    case "aws": {
      const { asked, granted } = item;
      // The session's name: who CloudTrail will say it was.
      const role = [
        item.role,
        ...(item.session ? [t("status_session_name", { name: item.session }, lang)] : []),
        ...(item.policies ? [t("status_policies", { policies: item.policies }, lang)] : []),
      ].join(" ");
      if (granted === undefined || asked === undefined) {
        const lifetime = granted ?? asked;
        return lifetime === undefined ? role : `${role} (${duration(lifetime, lang)})`;
      }
      // A role's maximum cuts what was asked: both are said.
      const words = granted < asked - 60
        ? t(
          "status_asked_got",
          { asked: duration(asked, lang), got: duration(granted, lang) },
          lang,
        )
        : duration(granted, lang);
      return `${role} (${words})`;
    }
    case "sso-token": {
      const own = "ownOnly" in item && item.ownOnly
        ? `, ${t("status_okta_aws_only", {}, lang)}`
        : "";
      return `${t("status_sso_token", { region: item.region ?? "" }, lang)}${refresh}${own}`;
    }
    case "sso-registration":
      return t("status_sso_registration", {}, lang);
    case "aws-cli":
      return t("status_aws_cli_role", { file: item.file ?? "" }, lang);
  }
}

export async function run(request: CommandRequest, deps: Deps): Promise<number> {
  const { values, lang } = await loadSettings(STATUS, request.flags, deps);
  request.setLang(lang);
  if (values.check) {
    // For scripts: the exit code says it all; --json says it in words.
    const validity = credentialValidity(deps, values.profile, refreshWindow(values.refreshWindow));
    if (values.json) deps.stdout(`${JSON.stringify(validity)}\n`);
    return { valid: 0, expiring: 1, expired: 2, none: 2 }[validity.state];
  }
  const root = cacheRoot(deps.env, deps.os);
  // okta-aws's own caches, then the AWS CLI's Identity Center files (no home: none to show).
  const items = [
    ...listCache(root, deps.now()),
    ...listSsoStatus(deps.env, deps.now(), ownTokenCache(root).list()),
  ];
  if (values.json) {
    deps.stdout(
      `${JSON.stringify({ cacheDir: root, tokenStore: activeStore(), entries: items }, null, 2)}\n`,
    );
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
      printable(`${URL.canParse(i.org) ? new URL(i.org).host : i.org} ${described(i, lang)}`),
      i.expires,
      left(i.secondsLeft, lang),
    ]),
  ];
  const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
  for (const row of table) {
    deps.stderr(`${row.map((cell, i) => cell.padEnd(widths[i]!)).join("  ").trimEnd()}\n`);
  }
  // Where the tokens and credentials above are kept.
  const store = keychainName() ?? `${root} (0600)`;
  deps.stderr(`${t("status_token_store", { store }, lang)}\n`);
  return 0;
}
