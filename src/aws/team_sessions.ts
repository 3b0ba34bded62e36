// `okta-aws setup`'s part of the AWS config file: an `[sso-session NAME]` for each session of
// the team config. Sections it wrote carry a marker key naming the team config (as `profiles
// sync` marks its own); those are brought in line, missing ones added, and a hand-written section
// of the same name is never touched (its differences are reported). Works on the INI editor's
// binary strings; returns edits, writes nothing.
import type { TeamSession } from "../config/team_config.ts";
import { type IniChanges, type IniEdit, sectionsOf } from "./shared_ini.ts";
import { sessionSection } from "./sso_config.ts";

/** The key that marks a section as written by setup, and from which team config. */
export const SETUP_MARKER = "okta_aws_setup";

/** A key of a session section that differs from the team's (no key: the section is missing). */
export interface SessionDrift {
  section: string;
  key?: string;
  current?: string;
  wanted?: string;
  /** The section is the user's own: setup leaves it as it is. */
  handWritten: boolean;
}

export interface SessionPlan {
  edits: IniEdit[];
  drift: SessionDrift[];
}

/** The keys the AWS CLI reads from an sso-session section, as the team wants them. */
function keysOf(session: TeamSession): Record<string, string | undefined> {
  return {
    sso_start_url: session.startUrl,
    sso_region: session.region,
    sso_registration_scopes: session.scopes,
  };
}

/** The edits and drift for `sessions` in the config file's `text` (binary string). */
export function planSessions(
  text: string,
  sessions: readonly TeamSession[],
  source: string,
): SessionPlan {
  const plan: SessionPlan = { edits: [], drift: [] };
  const existing = sectionsOf(text);
  for (const session of sessions) {
    const section = sessionSection(session.name);
    const current = existing.get(section);
    const handWritten = current !== undefined && current[SETUP_MARKER] === undefined;
    const changes: IniChanges = {};
    if (current === undefined) plan.drift.push({ section, handWritten: false });
    for (const [key, wanted] of Object.entries(keysOf(session))) {
      const value = current?.[key];
      if (value === wanted) continue;
      // A hand-written section may add scopes the team does not name: that is not drift.
      if (wanted === undefined && handWritten) continue;
      changes[key] = wanted ?? null;
      if (current === undefined) continue;
      plan.drift.push({
        section,
        key,
        ...(value === undefined ? {} : { current: value }),
        ...(wanted === undefined ? {} : { wanted }),
        handWritten,
      });
    }
    if (handWritten || Object.keys(changes).length === 0) continue;
    plan.edits.push({ section, changes: { ...changes, [SETUP_MARKER]: source } });
  }
  return plan;
}
