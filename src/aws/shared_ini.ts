// A format-preserving editor for the AWS shared credentials and config files: it changes the
// keys we own in one section and keeps every other byte, and refuses what botocore rejects.
//
import { type MessageKey, type Params, type Phrase, phrase, render } from "../i18n/messages.ts";
import { FlowError } from "../errors.ts";

// It works on "binary strings" (one char per byte, latin1) so that invalid UTF-8, NUL bytes
// and a BOM outside the edited keys pass through untouched.

/** A line of the file: its content without the ending, and the ending itself. */
interface Line {
  text: string;
  eol: string;
}

/** A problem botocore (Python configparser, strict) would also reject. */
export class IniSyntaxError extends Error {
  readonly line: number;
  /** The catalogue's wording of the problem, for the user's language. */
  readonly reason: Phrase;
  constructor(line: number, key: MessageKey, params: Params = {}) {
    const reason = phrase(key, params);
    super(`line ${line}: ${render(key, params, "en").message}`);
    this.name = "IniSyntaxError";
    this.line = line;
    this.reason = reason;
  }
}

/** Keys to set (string), delete (null); keys absent from the record are left alone. */
export type IniChanges = Record<string, string | null>;

const BOM = "\xef\xbb\xbf";
const SECTION = /^\[(.+)\]/;
/** Control characters: never in a name or value we write. */
// deno-lint-ignore no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * `key = value` (or `key: value`) split at the first delimiter, as configparser's OPTCRE does;
 * in linear time (a lazy regex took 32 s on a 300 KB line of spaces).
 */
function splitOption(text: string): { name: string; value: string } | undefined {
  const at = text.search(/[=:]/);
  return at < 0 ? undefined : { name: text.slice(0, at).trimEnd(), value: text.slice(at + 1) };
}

function splitLines(body: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\n|\r/g;
  let start = 0;
  for (let m = re.exec(body); m !== null; m = re.exec(body)) {
    lines.push({ text: body.slice(start, m.index), eol: m[0] });
    start = m.index + m[0].length;
  }
  if (start < body.length) lines.push({ text: body.slice(start), eol: "" });
  return lines;
}

function dominantEol(lines: Line[]): string {
  let crlf = 0;
  let lf = 0;
  for (const { eol } of lines) {
    if (eol === "\r\n") crlf++;
    else if (eol === "\n") lf++;
  }
  return crlf > lf ? "\r\n" : "\n";
}

function isComment(text: string): boolean {
  const s = text.trim();
  return s.startsWith("#") || s.startsWith(";");
}

function indentOf(text: string): number {
  const m = /\S/.exec(text);
  return m ? m.index : 0;
}

/** One key of a section: where it starts and the line after its last continuation. */
interface KeySpan {
  name: string;
  start: number;
  end: number;
}

interface SectionSpan {
  name: string;
  header: number;
  end: number;
  keys: KeySpan[];
}

/**
 * Reads the layout of a file the way botocore's configparser does (strict mode): sections,
 * keys (case-folded), continuation lines; throws IniSyntaxError where botocore would.
 */
function scan(lines: Line[]): SectionSpan[] {
  const sections: SectionSpan[] = [];
  const seenSections = new Set<string>();
  let current: SectionSpan | undefined;
  let seenKeys = new Set<string>();
  let lastKey: KeySpan | undefined;
  let keyIndent = Number.MAX_SAFE_INTEGER;
  lines.forEach((line, i) => {
    const text = line.text;
    if (isComment(text)) return;
    const value = text.trim();
    if (value === "") return;
    const indent = indentOf(text);
    if (current && lastKey && indent > keyIndent) {
      lastKey.end = i + 1;
      return;
    }
    keyIndent = indent;
    const header = SECTION.exec(value);
    if (header) {
      const name = header[1]!;
      if (seenSections.has(name)) {
        throw new IniSyntaxError(i + 1, "reason_ini_duplicate_section", {
          section: fromBinary(name),
        });
      }
      seenSections.add(name);
      if (current) current.end = i;
      current = { name, header: i, end: lines.length, keys: [] };
      sections.push(current);
      seenKeys = new Set();
      lastKey = undefined;
      return;
    }
    if (!current) throw new IniSyntaxError(i + 1, "reason_ini_no_section");
    const option = splitOption(value);
    if (!option || option.name.trim() === "") {
      throw new IniSyntaxError(i + 1, "reason_ini_syntax");
    }
    const name = option.name.toLowerCase();
    if (seenKeys.has(name)) {
      throw new IniSyntaxError(i + 1, "reason_ini_duplicate_key", {
        key: fromBinary(name),
        section: fromBinary(current.name),
      });
    }
    seenKeys.add(name);
    lastKey = { name, start: i, end: i + 1 };
    current.keys.push(lastKey);
  });
  return sections;
}

/** Converts text to the binary-string form used here (UTF-8 bytes as chars). */
export function toBinary(text: string): string {
  let out = "";
  for (const byte of new TextEncoder().encode(text)) out += String.fromCharCode(byte);
  return out;
}

/** The inverse of toBinary for text that is valid UTF-8. */
export function fromBinary(binary: string): string {
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(binaryToBytes(binary));
}

export function bytesToBinary(bytes: Uint8Array): string {
  let out = "";
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    out += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return out;
}

export function binaryToBytes(binary: string): Uint8Array {
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Throws unless `name` can be a section name without changing the file's structure. */
export function checkSectionName(name: string): void {
  if (name === "" || name !== name.trim() || /[[\]=#;]/.test(name) || CONTROL.test(name)) {
    throw new IniSyntaxError(0, "reason_ini_section_name", { name });
  }
}

/**
 * Sets and deletes keys in one section of an INI file, given and returned as binary strings.
 * Lines of other sections, comments, blank lines, spacing, line endings and the BOM are kept
 * byte for byte; new keys go after the section's last key, a new section at the end of the
 * file. Throws IniSyntaxError for a file botocore would reject, or an unsafe name or value.
 */
export function updateSection(input: string, section: string, changes: IniChanges): string {
  checkSectionName(section);
  const sectionBinary = toBinary(section);
  for (const [key, value] of Object.entries(changes)) {
    if (!/^[a-z0-9_]+$/.test(key)) throw new IniSyntaxError(0, "reason_ini_key", { key });
    if (value !== null && CONTROL.test(value)) {
      throw new IniSyntaxError(0, "reason_ini_control", { key });
    }
  }
  const bom = input.startsWith(BOM) ? BOM : "";
  const lines = splitLines(input.slice(bom.length));
  const sections = scan(lines);
  const eol = dominantEol(lines);
  const target = sections.find((s) => s.name === sectionBinary);
  const assign = (key: string, value: string) => ({ text: `${key} = ${toBinary(value)}`, eol });

  if (!target) {
    const added = Object.entries(changes).filter((e): e is [string, string] => e[1] !== null);
    const out = lines.slice();
    const last = out[out.length - 1];
    if (last && last.eol === "") out[out.length - 1] = { ...last, eol };
    if (out.length > 0 && out[out.length - 1]!.text.trim() !== "") out.push({ text: "", eol });
    out.push({ text: `[${sectionBinary}]`, eol });
    for (const [key, value] of added) out.push(assign(key, value));
    return bom + join(out);
  }

  // Replace or delete keys in place (with their continuation lines), last to first.
  const out = lines.slice();
  const pending = new Map(Object.entries(changes));
  for (const key of [...target.keys].reverse()) {
    if (!pending.has(key.name)) continue;
    const value = pending.get(key.name)!;
    pending.delete(key.name);
    const keep = out[key.end - 1]!.eol;
    const replacement = value === null ? [] : [{ ...assign(key.name, value), eol: keep }];
    out.splice(key.start, key.end - key.start, ...replacement);
  }
  const additions = [...pending].filter((e): e is [string, string] => e[1] !== null)
    .map(([k, v]) => assign(k, v));
  if (additions.length > 0) {
    // After the last key still present (or the header), computed on the edited lines.
    let at = target.header + 1;
    const shift = out.length - lines.length;
    const sectionEnd = target.end + shift;
    for (let i = target.header + 1; i < sectionEnd; i++) {
      const text = out[i]!.text;
      if (text.trim() !== "" && !isComment(text)) at = i + 1;
    }
    const before = out[at - 1];
    if (before && before.eol === "") out[at - 1] = { ...before, eol };
    out.splice(at, 0, ...additions);
    if (at + additions.length === out.length && !input.endsWith("\n") && !input.endsWith("\r")) {
      // The file had no final newline: keep it that way.
      out[out.length - 1] = { ...out[out.length - 1]!, eol: "" };
    }
  }
  return bom + join(out);
}

function join(lines: Line[]): string {
  let out = "";
  for (const line of lines) out += line.text + line.eol;
  return out;
}

/**
 * Removes one section (its header, keys and the blank lines after them) and nothing else; the
 * input back unchanged when the section is absent.
 */
export function removeSection(input: string, section: string): string {
  checkSectionName(section);
  const bom = input.startsWith(BOM) ? BOM : "";
  const lines = splitLines(input.slice(bom.length));
  const target = scan(lines).find((s) => s.name === toBinary(section));
  if (!target) return input;
  // To its last key and the blank lines after it; a comment further down may introduce the
  // next section, so it stays.
  let end = Math.max(target.header + 1, ...target.keys.map((k) => k.end));
  while (end < target.end && lines[end]!.text.trim() === "") end++;
  const out = [...lines.slice(0, target.header), ...lines.slice(end)];
  return bom + join(out);
}

/** The names of every section, in file order (a file botocore rejects throws IniSyntaxError). */
export function sectionNames(input: string): string[] {
  const bom = input.startsWith(BOM) ? BOM : "";
  return scan(splitLines(input.slice(bom.length))).map((s) => fromBinary(s.name));
}

/**
 * Every section with its keys and values (continuation lines joined with a newline, as
 * configparser reads them), in file order, from one reading of the file. Throws
 * IniSyntaxError for a file botocore rejects.
 */
export function sectionsOf(input: string): Map<string, Record<string, string>> {
  const bom = input.startsWith(BOM) ? BOM : "";
  const lines = splitLines(input.slice(bom.length));
  const out = new Map<string, Record<string, string>>();
  for (const section of scan(lines)) {
    const values: Record<string, string> = {};
    for (const key of section.keys) {
      const first = splitOption(lines[key.start]!.text.trim())!.value.trim();
      const rest = lines.slice(key.start + 1, key.end).map((l) => l.text.trim()).filter((l) => l);
      values[fromBinary(key.name)] = fromBinary([first, ...rest].join("\n").trim());
    }
    out.set(fromBinary(section.name), values);
  }
  return out;
}

/** One change of a config or credentials file: keys of a section set, or the section removed. */
export type IniEdit =
  | { section: string; changes: IniChanges }
  | { section: string; remove: true };

/** Applies edits in order (binary string in, binary string out). */
export function applyEdits(text: string, edits: readonly IniEdit[]): string {
  let out = text;
  for (const edit of edits) {
    out = "remove" in edit
      ? removeSection(out, edit.section)
      : updateSection(out, edit.section, edit.changes);
  }
  return out;
}

/**
 * An IniSyntaxError while editing `path` as the user's error: a line of the file botocore
 * rejects (file_invalid), or a name or value we were asked to write (file_value_refused, line
 * 0). Other errors come back as they are.
 */
export function iniFileError(err: unknown, path: string): unknown {
  if (!(err instanceof IniSyntaxError)) return err;
  return err.line > 0
    ? new FlowError("file_invalid", { path, line: err.line, reason: err.reason }, { cause: err })
    : new FlowError("file_value_refused", { path, reason: err.reason }, { cause: err });
}
