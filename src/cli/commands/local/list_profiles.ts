// `okta-aws list-profiles`: the okta.yaml profiles, one per line on stdout.
import type { Deps } from "../../../deps.ts";
import type { CommandRequest } from "../../command.ts";
import { t } from "../../../i18n/messages.ts";
import { loadOktaYaml, warnUnknownKeys } from "../../settings.ts";

export function run(request: CommandRequest, deps: Deps): Promise<number> {
  const yaml = loadOktaYaml(deps.env);
  warnUnknownKeys(deps, yaml, request.lang, "*");
  if (Object.keys(yaml.profiles).length === 0) {
    // stdout stays a list (empty); where we looked goes to stderr.
    deps.stderr(`${t("list_profiles_none", { path: yaml.path }, request.lang)}\n`);
    return Promise.resolve(0);
  }
  for (const [name, p] of Object.entries(yaml.profiles)) {
    const details = ["org-domain", "aws-iam-role"].filter((k) => p[k] !== undefined)
      .map((k) => `${k}=${p[k]}`).join(" ");
    deps.stdout(details ? `${name}\t${details}\n` : `${name}\n`);
  }
  return Promise.resolve(0);
}
