// Opening the activation URL: the system browser, or the user's command split as a shell
// would split it, with the URL appended as one argument and no shell involved.

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

/** The argv that opens `url`: the given command, else the platform's opener. */
export function browserArgv(url: string, command: string | undefined, os: string): string[] {
  if (command) {
    const words = splitCommand(command);
    if (words.length === 0) throw new Error("the browser command is empty");
    return [...words, url];
  }
  if (os === "darwin") return ["open", url];
  if (os === "windows") return ["rundll32", "url.dll,FileProtocolHandler", url];
  return ["xdg-open", url];
}

/** Starts the browser and does not wait for it; throws when it cannot start. */
export function openBrowser(url: string, command: string | undefined, os: string): Promise<void> {
  const [program, ...args] = browserArgv(url, command, os);
  let child;
  try {
    child = new Deno.Command(program!, {
      args,
      stdin: "null",
      stdout: "null",
      stderr: "null",
    }).spawn();
  } catch (err) {
    throw new BrowserStartError(program!, err);
  }
  child.unref();
  child.status.catch(() => {});
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
