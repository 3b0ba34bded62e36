// What setup knows of the flags, for a team config's values: the okta.yaml keys, their
// deprecated names, the secret ones (refused in a team config), and each value checked as the
// flag checks it (the same functions a run calls before any request).
import type { TeamKeys } from "../../../config/team_config.ts";
import { normalizeOrgDomain } from "../../../config/org_domain.ts";
import { UsageError } from "../../../errors.ts";
import { phrase } from "../../../i18n/messages.ts";
import {
  checkProfile,
  checkRegion,
  checkSessionName,
  parseDuration,
  profileTemplate,
  refreshWindow,
} from "../../checks.ts";
import { toBoolean } from "../../settings.ts";
import { allCommands, flagAliases, flagsOf, oktaYamlKeys } from "../../tree.ts";

/** The checks of string flags that have one, by name. */
const CHECKS: Record<string, (value: string) => unknown> = {
  "org-domain": normalizeOrgDomain,
  "aws-region": (v) => checkRegion(v, "--aws-region"),
  "aws-session-duration": parseDuration,
  "refresh-window": refreshWindow,
  "aws-sts-role-session-name": checkSessionName,
  "profile-name-template": profileTemplate,
  profile: checkProfile,
};

export function teamKeys(): TeamKeys {
  const flags = new Map(allCommands().flatMap((c) => flagsOf(c)).map((f) => [f.name, f]));
  const keys = oktaYamlKeys();
  return {
    keys,
    aliases: flagAliases(),
    secrets: keys.filter((k) => flags.get(k)?.secret),
    check(key, value) {
      if (flags.get(key)?.type === "boolean") {
        if (typeof value !== "boolean") toBoolean(value, `--${key}`);
        return;
      }
      const text = String(value);
      // deno-lint-ignore no-control-regex -- a control character is what is refused
      if (text.trim() === "" || /[\u0000-\u001f\u007f]/.test(text)) {
        throw new UsageError("usage_invalid", {
          flag: `--${key}`,
          value: text,
          reason: text.trim() === ""
            ? phrase("reason_empty")
            : phrase("reason_ini_control", { key }),
        });
      }
      CHECKS[key]?.(text);
    },
    checkRegion: (region, where) => checkRegion(region, where),
  };
}
