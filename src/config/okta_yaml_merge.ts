// The team's `awscli:` values merged into the user's ~/.okta/okta.yaml through the yaml
// package's Document API: only the keys the team sets are changed, so the user's own profiles,
// keys and comments stay where they were. Returns the new text and what differed (the drift
// `setup --check` lists); writes nothing.
import { Document, isCollection, parseDocument } from "yaml";
import { UsageError } from "../errors.ts";
import type { TeamSetting } from "./team_config.ts";

/** A team value the file does not hold: its path, the file's value (if any) and the team's. */
export interface YamlDrift {
  where: string;
  current?: string;
  wanted: string;
}

export interface YamlMerge {
  /** The file's new text (the old one, unchanged, when nothing differs). */
  text: string;
  drift: YamlDrift[];
}

/**
 * Merges `settings` into okta.yaml's `text` (undefined: no file yet, which starts with
 * `header` as a comment). Throws UsageError("yaml_invalid") naming `path` when the file is not
 * YAML, or holds a value where the team's needs a map.
 */
export function mergeTeamSettings(
  text: string | undefined,
  settings: readonly TeamSetting[],
  path: string,
  header: string,
): YamlMerge {
  const doc = text === undefined || text.trim() === "" ? new Document({}) : parseDocument(text);
  if (doc.errors.length > 0) {
    throw new UsageError("yaml_invalid", { path, reason: doc.errors[0]!.message.split("\n")[0]! });
  }
  if (text === undefined) doc.commentBefore = ` ${header}`;
  const drift: YamlDrift[] = [];
  for (const { path: keys, value } of settings) {
    const where = keys.join(".");
    const current: unknown = doc.getIn(keys);
    if (isCollection(current)) {
      throw new UsageError("yaml_invalid", { path, reason: `${where} is not a value` });
    }
    if (current !== undefined && current !== null && String(current) === String(value)) continue;
    drift.push({
      where,
      ...(current === undefined || current === null ? {} : { current: String(current) }),
      wanted: String(value),
    });
    try {
      doc.setIn(keys, value);
    } catch {
      // A scalar where a map must be (`awscli: 1`): the user's file, named.
      throw new UsageError("yaml_invalid", {
        path,
        reason: `${keys.slice(0, -1).join(".")} is not a map`,
      });
    }
  }
  return { text: drift.length === 0 && text !== undefined ? text : doc.toString(), drift };
}
