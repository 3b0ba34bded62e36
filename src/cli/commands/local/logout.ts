// `okta-aws logout`: removes okta-aws's cached sessions and credentials, all of them or one
// org's (--org-domain).
import type { Deps } from "../../../deps.ts";
import { t } from "../../../i18n/messages.ts";
import { normalizeOrgDomain } from "../../../config/org_domain.ts";
import { cacheRoot } from "../../../cache/paths.ts";
import { clearCache } from "../../../cache/inventory.ts";
import type { CommandRequest } from "../../command.ts";
import { loadSettings } from "../../settings.ts";
import { LOGOUT } from "./spec.ts";

export async function run(request: CommandRequest, deps: Deps): Promise<number> {
  const { values, lang } = await loadSettings(LOGOUT, request.flags, deps);
  request.setLang(lang);
  const domain = values.orgDomain;
  const org = domain ? normalizeOrgDomain(domain).url.origin : undefined;
  const root = cacheRoot(deps.env, deps.os);
  const count = clearCache(root, org);
  deps.stderr(`${t("logout_done", { count, dir: root }, lang)}\n`);
  return 0;
}
