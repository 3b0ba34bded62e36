// `okta-aws logout`: removes okta-aws's cached sessions and credentials, all of them or one
// org's (--org-domain).
import type { Deps } from "../deps.ts";
import { t } from "../i18n/messages.ts";
import { normalizeOrgDomain } from "../config/org_domain.ts";
import { cacheRoot } from "../cache/paths.ts";
import { clearCache } from "../cache/inventory.ts";
import type { CommandRequest } from "./tree.ts";
import { loadSettings, stringSetting } from "./settings.ts";

export async function run(request: CommandRequest, deps: Deps): Promise<number> {
  const { settings, lang } = await loadSettings(request.command, request.flags, deps);
  request.setLang(lang);
  const domain = stringSetting(settings, "org-domain");
  const org = domain ? normalizeOrgDomain(domain).url.origin : undefined;
  const root = cacheRoot(deps.env, deps.os);
  const count = clearCache(root, org);
  deps.stderr(`${t("logout_done", { count, dir: root }, lang)}\n`);
  return 0;
}
