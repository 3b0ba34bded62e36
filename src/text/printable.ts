// Text that came from a server or a file, made safe to print or write: control characters
// (C0, DEL, C1), bidirectional marks and overrides, zero-width and invisible format characters
// become visible `\x..`/`\u....` escapes, so that no
// escape sequence (terminal title, cursor moves, hyperlinks) or line break reaches a terminal
// or a file as the server wrote it.

const UNSAFE =
  // deno-lint-ignore no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

const ANY_UNSAFE = new RegExp(UNSAFE.source);

function escape(c: string): string {
  const code = c.charCodeAt(0);
  return code < 0x100
    ? `\\x${code.toString(16).padStart(2, "0")}`
    : `\\u${code.toString(16).padStart(4, "0")}`;
}

/** `text` with every control and bidi-override character shown as an escape. */
export function printable(text: string): string {
  return text.replace(UNSAFE, escape);
}

/** True when `text` has no character printable() would escape. */
export function isPrintable(text: string): boolean {
  return !ANY_UNSAFE.test(text);
}

/** `text` with each run of control or bidi-override characters replaced by `replacement`. */
export function withoutControls(text: string, replacement: string): string {
  return text.replace(new RegExp(`${UNSAFE.source}+`, "g"), replacement);
}
