// `okta-aws profiles sync`'s part of the AWS config file: the sections it wrote carry a marker
// key naming where they came from; a sync updates those in place, adds the missing ones,
// removes (with prune) those of its source whose role is gone, and never touches any other
// section. Works on the INI editor's binary strings; returns edits, writes nothing.
import { type IniEdit, sectionsOf } from "./shared_ini.ts";

/** The key that marks a section as written by a sync, and from which source. */
export const SYNC_MARKER = "okta_aws_sync";

/** One profile a sync wants: its name and keys (the marker is added here). */
export interface WantedProfile {
  name: string;
  values: Record<string, string>;
}

export interface SyncPlan {
  edits: IniEdit[];
  added: string[];
  updated: string[];
  unchanged: string[];
  /** Removed with prune; listed as stale (and kept) without it. */
  pruned: string[];
  stale: string[];
  /** Wanted names that a section okta-aws did not write (or another source's) already holds. */
  taken: string[];
}

function sectionOf(name: string): string {
  return name === "default" ? "default" : `profile ${name}`;
}

/**
 * The edits that bring the file's synced sections of `source` in line with `wanted`.
 * `text` is the config file as the INI editor reads it (binary string).
 */
export function planSync(
  text: string,
  wanted: readonly WantedProfile[],
  source: string,
  prune: boolean,
  /** Which of the source's sections this sync covers (one app of the org, say): all by default. */
  covers: (values: Record<string, string>) => boolean = () => true,
): SyncPlan {
  const plan: SyncPlan = {
    edits: [],
    added: [],
    updated: [],
    unchanged: [],
    pruned: [],
    stale: [],
    taken: [],
  };
  const existing = sectionsOf(text);
  const ours = (values: Record<string, string> | undefined) => values?.[SYNC_MARKER] === source;
  const names = new Set<string>();
  for (const profile of wanted) {
    const section = sectionOf(profile.name);
    names.add(section);
    const values = { ...profile.values, [SYNC_MARKER]: source };
    const current = existing.get(section);
    if (current === undefined) {
      plan.added.push(profile.name);
      plan.edits.push({ section, changes: values });
    } else if (!ours(current)) {
      plan.taken.push(profile.name);
    } else if (Object.entries(values).every(([k, v]) => current[k] === v)) {
      plan.unchanged.push(profile.name);
    } else {
      plan.updated.push(profile.name);
      plan.edits.push({ section, changes: values });
    }
  }
  for (const [section, values] of existing) {
    if (!ours(values) || names.has(section) || !covers(values)) continue;
    const name = section.replace(/^profile /, "");
    if (prune) {
      plan.pruned.push(name);
      plan.edits.push({ section, remove: true });
    } else {
      plan.stale.push(name);
    }
  }
  return plan;
}

/** Characters a word may hold unquoted in both a POSIX shell and Python's shlex. */
const PLAIN = /^[A-Za-z0-9_@%+=:,./-]+$/;

/**
 * One `credential_process` line from words: the AWS CLI splits it like a shell (shlex; on
 * Windows its own splitter), the JS SDK hands it to a shell (cmd.exe on Windows). A word with a
 * space is double-quoted; a word that would not read back the same (`"`, `$`, `` ` ``, `!`, a
 * control character; `\` outside Windows, `%` on it) is refused: undefined.
 */
export function commandLine(words: readonly string[], windows: boolean): string | undefined {
  // deno-lint-ignore no-control-regex -- control characters are what is refused
  const unsafe = windows ? /["%!\u0000-\u001f]/ : /["$`\\!\u0000-\u001f]/;
  const out: string[] = [];
  for (const word of words) {
    if (PLAIN.test(word) && !(windows && word.includes("%"))) out.push(word);
    else if (word !== "" && !unsafe.test(word)) out.push(`"${word}"`);
    else return undefined;
  }
  return out.join(" ");
}
