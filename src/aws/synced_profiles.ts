// `okta-aws profiles sync`'s part of the AWS config file: the sections it wrote carry a marker
// key naming where they came from and the name they were written under; a sync matches them to
// roles by what they stand for (never by name), updates those in place, adds the missing ones,
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

function profileOf(section: string): string | undefined {
  if (section === "default") return "default";
  return section.startsWith("profile ") ? section.slice("profile ".length) : undefined;
}

/**
 * The marker a sync writes: its source and the name it wrote the section under, so that a
 * hand-made copy (the marker copied with it, under another name) is never taken for ours.
 */
export function markerOf(source: string, name: string): string {
  return `${source} as ${name}`;
}

/** The word after `flag` in a credential_process line (our lines: plain words). */
function wordAfter(line: string, flag: string): string | undefined {
  const words = line.split(/\s+/);
  const at = words.indexOf(flag);
  return at >= 0 ? words[at + 1] : undefined;
}

/**
 * What a synced profile stands for, whatever its name: an Identity Center session's account
 * and role, or a Federation app's role. Undefined for a section that names neither.
 */
export function identityOf(values: Readonly<Record<string, string>>): string | undefined {
  const { sso_session: session, sso_account_id: account, sso_role_name: role } = values;
  if (session && account && role) return `sso ${session} ${account} ${role}`;
  const line = values.credential_process;
  const app = line && wordAfter(line, "--aws-acct-fed-app-id");
  const arn = line && wordAfter(line, "--aws-iam-role");
  return app && arn ? `web ${app} ${arn}` : undefined;
}

/**
 * The edits that bring the file's synced sections of `source` in line with `wanted`. A section
 * is ours when its marker is the one we wrote under its name (or an older okta-aws's bare
 * source) and it names a role (identityOf); ours are matched to wanted roles by that identity,
 * never by name, so that a role keeps its profile name when the naming changes (an alias look-up
 * answered differently). A wanted name another section holds is reported, never taken over.
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
  const wantedName = new Map(wanted.map((w) => [identityOf(w.values), w.name]));
  /** Our sections this sync covers, by the role they stand for. */
  const mine = new Map<string, string>();
  for (const [section, values] of existing) {
    const name = profileOf(section);
    const marker = values[SYNC_MARKER];
    if (name === undefined || (marker !== source && marker !== markerOf(source, name))) continue;
    const identity = identityOf(values);
    if (identity === undefined || !covers(values)) continue;
    // Two sections for one role (copies from before markers held names): the one under the
    // wanted name, else the first.
    if (!mine.has(identity) || wantedName.get(identity) === name) mine.set(identity, section);
  }
  const claimed = new Set<string>();
  const names = new Set(existing.keys());
  for (const profile of wanted) {
    const identity = identityOf(profile.values);
    const held = identity === undefined ? undefined : mine.get(identity);
    if (held !== undefined) {
      claimed.add(held);
      const name = profileOf(held)!;
      const values = { ...profile.values, [SYNC_MARKER]: markerOf(source, name) };
      const current = existing.get(held)!;
      if (Object.entries(values).every(([k, v]) => current[k] === v)) {
        plan.unchanged.push(name);
      } else {
        plan.updated.push(name);
        plan.edits.push({ section: held, changes: values });
      }
      continue;
    }
    const section = sectionOf(profile.name);
    if (names.has(section)) {
      plan.taken.push(profile.name);
      continue;
    }
    names.add(section);
    plan.added.push(profile.name);
    plan.edits.push({
      section,
      changes: { ...profile.values, [SYNC_MARKER]: markerOf(source, profile.name) },
    });
  }
  for (const section of mine.values()) {
    if (claimed.has(section)) continue;
    const name = profileOf(section)!;
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
