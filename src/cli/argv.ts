// The command line, parsed against the command tree: okta-aws-cli's long and short flags
// (`--name value`, `--name=value`, `-o value`, `-ovalue`, `-bz`), command words (anywhere
// before `--`), and what follows `--`, which is never read as ours. Small and dependency-free,
// so that --help starts as fast as deno itself.
import { UsageError } from "../errors.ts";
import { phrase } from "../i18n/phrase.ts";
import type { FlagSpec } from "../config/flag_spec.ts";
import { closest } from "../config/suggest.ts";
import { allCommands, commandName, type CommandSpec, flagsOf } from "./tree.ts";

export interface ParsedArgs {
  command: CommandSpec;
  /** Flag values as given, by long name. */
  flags: Record<string, string | boolean>;
  /** The words after `--` (with --exec, also the words before it): the exec command. */
  rest: string[];
  /** Words after the command's name, for a command with `operands`. */
  operands: string[];
  help: boolean;
  version: boolean;
  /** Deprecated names used, as `[typed, current]` (`--session-duration`), for a notice. */
  deprecated: [string, string][];
}

interface FlagUse {
  spec: FlagSpec;
  /** As typed, for messages. */
  option: string;
  value: string | boolean;
}

interface Tokens {
  uses: FlagUse[];
  unknown: string[];
  words: string[];
  help: boolean;
  version: boolean;
}

function booleanValue(spec: FlagSpec, raw: string): boolean {
  if (/^(true|1|yes|on)$/i.test(raw)) return true;
  if (/^(false|0|no|off)$/i.test(raw)) return false;
  throw new UsageError("usage_invalid", {
    flag: `--${spec.name}`,
    value: raw,
    reason: phrase("reason_true_false"),
  });
}

/**
 * The flags `command` reads by short letter (its own and the global ones: okta-aws-cli's m2m
 * and direct give letters other meanings than web), and every flag of the tree by long name
 * (a long name means the same to every command), so that a flag of another command is named.
 */
function flagIndex(commands: readonly CommandSpec[], command: CommandSpec) {
  const byLong = new Map<string, FlagSpec>();
  const byShort = new Map<string, FlagSpec>();
  for (const c of commands) {
    for (const f of flagsOf(c)) {
      if (!byLong.has(f.name) || c === command) byLong.set(f.name, f);
      for (const alias of f.aliases ?? []) byLong.set(alias, f);
    }
  }
  for (const f of flagsOf(command)) {
    byLong.set(f.name, f);
    if (f.short) byShort.set(f.short, f);
  }
  // Another command's letter: read as that flag, so that the error names who takes it.
  const elsewhere = new Map<string, FlagSpec>();
  for (const f of commands.flatMap((c) => flagsOf(c))) {
    if (f.short && !byShort.has(f.short) && !elsewhere.has(f.short)) elsewhere.set(f.short, f);
  }
  return { byLong, byShort, elsewhere };
}

/**
 * The command the words name when argv is read with that command's short letters; the
 * default command when no word names one. Undefined when no reading is consistent.
 */
function commandOf(argv: readonly string[], root: CommandSpec): CommandSpec | undefined {
  const commands = allCommands(root);
  for (const candidate of commands) {
    if (candidate === root) continue;
    let tokens: Tokens;
    try {
      tokens = tokenize(argv, flagIndex(commands, candidate));
    } catch {
      continue;
    }
    const words = tokens.words.filter((w) => w !== "help");
    const named = resolveCommand(root, words);
    const command = named === root ? root.defaultCommand ?? root : named;
    if (command === candidate) return candidate;
  }
  return undefined;
}

/** Splits argv (before `--`) into flag uses, unknown options and words. */
function tokenize(argv: readonly string[], index: ReturnType<typeof flagIndex>): Tokens {
  const { byLong, byShort, elsewhere } = index;
  const out: Tokens = { uses: [], unknown: [], words: [], help: false, version: false };
  const valueOf = (spec: FlagSpec, inline: string | undefined, i: number): [string, number] => {
    if (inline !== undefined) return [inline, i];
    const next = argv[i + 1];
    // A word that looks like an option is a missing value; `-----BEGIN ...` (a PEM) is not.
    if (next === undefined || /^--?[A-Za-z]/.test(next)) {
      throw new UsageError("usage_argument", {
        reason: phrase("reason_needs_value", { option: `--${spec.name} <${spec.arg ?? "value"}>` }),
      });
    }
    return [next, i + 1];
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "-h" || arg === "--help") out.help = true;
    else if (arg === "-v" || arg === "--version") out.version = true;
    else if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      const name = arg.slice(2, eq < 0 ? undefined : eq);
      const inline = eq < 0 ? undefined : arg.slice(eq + 1);
      const spec = byLong.get(name);
      if (!spec) {
        out.unknown.push(arg);
        continue;
      }
      let value: string | boolean;
      if (spec.type === "boolean") value = inline === undefined ? true : booleanValue(spec, inline);
      else [value, i] = valueOf(spec, inline, i);
      out.uses.push({ spec, option: `--${name}`, value });
    } else if (arg.startsWith("-") && arg.length > 1) {
      for (let j = 1; j < arg.length; j++) {
        const letter = arg[j]!;
        const spec = byShort.get(letter) ?? elsewhere.get(letter);
        if (!spec) {
          if (letter === "h") out.help = true;
          else if (letter === "v") out.version = true;
          else out.unknown.push(`-${letter}`);
          continue;
        }
        if (spec.type === "boolean") {
          // `-b=false`, as pflag reads it for okta-aws-cli.
          const explicit = arg[j + 1] === "=" ? booleanValue(spec, arg.slice(j + 2)) : true;
          out.uses.push({ spec, option: `-${letter}`, value: explicit });
          if (arg[j + 1] === "=") break;
          continue;
        }
        const inline = j + 1 < arg.length ? arg.slice(j + 1).replace(/^=/, "") : undefined;
        let value: string;
        [value, i] = valueOf(spec, inline, i);
        out.uses.push({ spec, option: `-${letter}`, value });
        break;
      }
    } else out.words.push(arg);
  }
  return out;
}

/** Walks the command words down the tree (consuming them); the root when none matches. */
function resolveCommand(root: CommandSpec, words: string[]): CommandSpec {
  let node = root;
  while (words.length > 0) {
    const next = node.subcommands?.find((c) =>
      c.path[c.path.length - 1] === words[0] || c.aliases?.includes(words[0]!)
    );
    if (!next) break;
    node = next;
    words.shift();
  }
  return node;
}

function unexpected(word: string, command: CommandSpec, root: CommandSpec): UsageError {
  const siblings = (command.subcommands ?? root.subcommands ?? []).map((c) =>
    c.path[c.path.length - 1]!
  );
  // A word after a command that takes words (trust [path]) is one too many, not a typo.
  const guess = command.operands ? undefined : closest(word, [...siblings, "help"]);
  return new UsageError("usage_argument", {
    command: commandName(command),
    reason: phrase("reason_unexpected_argument", {
      argument: word,
      suggestion: guess ? phrase("suggest_command", { name: guess }) : "",
    }),
  });
}

/**
 * Parses argv (without the program name) against the tree. A flag that exists but belongs to
 * another command is a usage error naming the commands that take it. Throws UsageError.
 */
export function parseArgs(argv: readonly string[], root: CommandSpec): ParsedArgs {
  const dashes = argv.indexOf("--");
  const before = dashes < 0 ? argv : argv.slice(0, dashes);
  const after = dashes < 0 ? [] : argv.slice(dashes + 1);
  const commands = allCommands(root);
  // No consistent reading (a flag short of its value): the command the plain words name, so
  // that the error is that command's.
  const guessed = resolveCommand(root, before.filter((a) => !a.startsWith("-") && a !== "help"));
  const reading = commandOf(before, root) ??
    (guessed === root ? root.defaultCommand ?? root : guessed);
  const tokens = tokenize(before, flagIndex(commands, reading));
  const words = [...tokens.words];
  const isHelp = words[0] === "help";
  // `help` and `help help` both mean the root's help.
  while (words[0] === "help") words.shift();
  const named = resolveCommand(root, words);
  // Flags without a command word are the default command's (okta-aws -o ... means web).
  const command = named === root ? root.defaultCommand ?? root : named;
  const label = commandName(command);
  const own = flagsOf(command);

  // `okta-aws --help` and `okta-aws help` show the root's help; asking for help wins over
  // any flag mistake on the same line.
  const helpOf = named === root ? root : command;
  if (isHelp || tokens.help) {
    if (isHelp && words.length > 0) throw unexpected(words[0]!, helpOf, root);
    return {
      command: helpOf,
      flags: {},
      rest: [],
      operands: [],
      help: true,
      version: false,
      deprecated: [],
    };
  }
  const firstUnknown = tokens.unknown[0];
  if (firstUnknown !== undefined) {
    const guess = firstUnknown.startsWith("--")
      ? closest(firstUnknown.slice(2).split("=")[0]!, [...own.map((f) => f.name), "help"])
      : undefined;
    throw new UsageError("usage_argument", {
      command: label,
      reason: phrase("reason_unknown_option", {
        option: firstUnknown,
        suggestion: guess ? phrase("suggest_flag", { name: guess }) : "",
      }),
    });
  }
  const flags: Record<string, string | boolean> = {};
  for (const use of tokens.uses) {
    const name = use.spec.name;
    if (!own.some((f) => f.name === name)) {
      // The guide's FAQ: an Identity Center session's length is the permission set's.
      if (name === "aws-session-duration" && command.path[0] === "sso") {
        throw new UsageError("usage_sso_duration", { command: label, flag: use.option });
      }
      const owners = commands.filter((c) => c.flags.some((f) => f.name === name))
        .map((c) => `"${commandName(c)}"`);
      throw new UsageError("usage_flag_elsewhere", {
        command: label,
        flag: use.option,
        owners: owners.join(", "),
      });
    }
    const before = flags[name];
    flags[name] = use.spec.repeatable && typeof before === "string" && typeof use.value === "string"
      ? `${before},${use.value}`
      : use.value;
  }
  let rest = after;
  const operands = command.operands ? words.splice(0, command.operands.max) : [];
  if (words.length > 0) {
    if (!(command.exec && flags.exec === true)) throw unexpected(words[0]!, helpOf, root);
    rest = [...words, ...after];
  }
  if (rest.length > 0 && !command.exec) {
    throw new UsageError("usage_argument", {
      command: label,
      reason: phrase("reason_no_exec", { command: label }),
    });
  }
  const deprecated = tokens.uses.filter((u) =>
    u.option.startsWith("--") && u.option !== `--${u.spec.name}`
  )
    .map((u): [string, string] => [u.option, `--${u.spec.name}`]);
  return { command, flags, rest, operands, help: false, version: tokens.version, deprecated };
}
