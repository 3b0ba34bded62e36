// Opening the activation URL: the system browser (under WSL, Windows' own), or the user's
// command split as a shell would split it, with the URL appended as one argument and no shell
// involved.
import { isWsl } from "./wsl.ts";

/** Splits a command line into words: quotes and backslashes as in POSIX sh, no expansion. */
export function splitCommand(line: string): string[] {
  const words: string[] = [];
  let word = "";
  let inWord = false;
  let quote: "'" | '"' | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote === "'") {
      if (c === "'") quote = undefined;
      else word += c;
    } else if (quote === '"') {
      if (c === '"') quote = undefined;
      else if (c === "\\" && i + 1 < line.length && '"\\$`'.includes(line[i + 1]!)) {
        word += line[++i];
      } else word += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      inWord = true;
    } else if (c === "\\" && i + 1 < line.length) {
      word += line[++i];
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) words.push(word);
      word = "";
      inWord = false;
    } else {
      word += c;
      inWord = true;
    }
  }
  if (quote) throw new Error("unclosed quote");
  if (inWord) words.push(word);
  return words;
}

/**
 * The argvs that may open `url`, tried in order: the given command, else the platform's opener;
 * under WSL the Windows side's (wslview, else explorer.exe, which takes the URL as one
 * argument: no cmd.exe to parse `&` in it).
 */
export function browserArgvs(
  url: string,
  command: string | undefined,
  os: string,
  wsl = false,
): string[][] {
  if (command) {
    const words = splitCommand(command);
    if (words.length === 0) throw new Error("the browser command is empty");
    return [[...words, url]];
  }
  if (os === "darwin") return [["open", url]];
  if (os === "windows") return [["rundll32", "url.dll,FileProtocolHandler", url]];
  if (wsl) return [["wslview", url], ["explorer.exe", url]];
  return [["xdg-open", url]];
}

/** Starts the browser and does not wait for it; throws when no opener can start. */
export function openBrowser(
  url: string,
  command: string | undefined,
  os: string,
  env: Readonly<Record<string, string>> = {},
): Promise<void> {
  const candidates = browserArgvs(url, command, os, isWsl(env, os));
  for (const [i, [program, ...args]] of candidates.entries()) {
    let child;
    try {
      child = new Deno.Command(program!, {
        args,
        stdin: "null",
        stdout: "null",
        stderr: "null",
      }).spawn();
    } catch (err) {
      // Not installed: the next opener, if there is one.
      if (err instanceof Deno.errors.NotFound && i < candidates.length - 1) continue;
      throw new BrowserStartError(program!, err);
    }
    child.unref();
    child.status.catch(() => {});
    break;
  }
  return Promise.resolve();
}

/** The browser opener could not start: which program, and why (`notFound`: not installed). */
export class BrowserStartError extends Error {
  readonly program: string;
  readonly notFound: boolean;
  constructor(program: string, cause: unknown) {
    super(`could not start ${program}`, { cause });
    this.name = "BrowserStartError";
    this.program = program;
    this.notFound = cause instanceof Deno.errors.NotFound;
  }
}
