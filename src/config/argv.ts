// The command line, parsed against the flag table: okta-aws-cli's long and short flags
// (`--name value`, `--name=value`, `-o value`, `-ovalue`, `-bz`), a command word, and what
// follows `--`. Our own, small and dependency-free, so that --help starts as fast as deno.
import { UsageError } from "../errors.ts";
import { phrase } from "../i18n/messages.ts";
import { FLAGS, type FlagSpec } from "./flags.ts";
import { closest } from "./suggest.ts";

export const COMMANDS = ["web", "list-profiles", "status", "logout", "help"] as const;
export type CommandName = (typeof COMMANDS)[number];

export interface ParsedArgs {
  command: CommandName;
  /** Whether the command word was given (web is the default). */
  explicitCommand: boolean;
  flags: Record<string, string | boolean>;
  /** Words after `--` (or positional words with --exec): the exec command. */
  rest: string[];
  /** For `help <command>`. */
  topic?: string;
  help: boolean;
  version: boolean;
}

const byLong = new Map(FLAGS.map((f) => [f.name, f]));
const byShort = new Map(FLAGS.filter((f) => f.short).map((f) => [f.short!, f]));

function unknown(option: string): UsageError {
  const names = [...byLong.keys(), "help", "version"];
  const guess = option.startsWith("--")
    ? closest(option.slice(2).split("=")[0]!, names)
    : undefined;
  return new UsageError("usage_argument", {
    reason: phrase("reason_unknown_option", {
      option,
      suggestion: guess ? phrase("suggest_flag", { name: guess }) : "",
    }),
  });
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

/** Parses argv (without the program name). Throws UsageError for what it cannot take. */
export function parseArgs(argv: string[]): ParsedArgs {
  const result: ParsedArgs = {
    command: "web",
    explicitCommand: false,
    flags: {},
    rest: [],
    help: false,
    version: false,
  };
  const positional: string[] = [];
  const takeValue = (spec: FlagSpec, inline: string | undefined, i: number): number => {
    if (inline !== undefined) {
      result.flags[spec.name] = inline;
      return i;
    }
    const next = argv[i + 1];
    if (next === undefined || (next.startsWith("-") && next !== "-")) {
      throw new UsageError("usage_argument", {
        reason: phrase("reason_needs_value", { option: `--${spec.name} <${spec.arg ?? "value"}>` }),
      });
    }
    result.flags[spec.name] = next;
    return i + 1;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      result.rest = argv.slice(i + 1);
      break;
    }
    if (arg === "-h" || arg === "--help") {
      result.help = true;
    } else if (arg === "-v" || arg === "--version") {
      result.version = true;
    } else if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      const name = arg.slice(2, eq < 0 ? undefined : eq);
      const inline = eq < 0 ? undefined : arg.slice(eq + 1);
      const spec = byLong.get(name);
      if (!spec) throw unknown(arg);
      if (spec.type === "boolean") {
        result.flags[name] = inline === undefined ? true : booleanValue(spec, inline);
      } else i = takeValue(spec, inline, i);
    } else if (arg.startsWith("-") && arg.length > 1) {
      for (let j = 1; j < arg.length; j++) {
        const spec = byShort.get(arg[j]!);
        if (!spec) {
          if (arg[j] === "h") result.help = true;
          else if (arg[j] === "v") result.version = true;
          else throw unknown(`-${arg[j]}`);
          continue;
        }
        if (spec.type === "boolean") {
          result.flags[spec.name] = true;
          continue;
        }
        const inline = j + 1 < arg.length ? arg.slice(j + 1).replace(/^=/, "") : undefined;
        i = takeValue(spec, inline, i);
        break;
      }
    } else {
      positional.push(arg);
    }
  }
  const first = positional[0];
  if (first !== undefined && (COMMANDS as readonly string[]).includes(first)) {
    result.command = first as CommandName;
    result.explicitCommand = true;
    positional.shift();
  }
  if (result.command === "help") {
    result.topic = positional.shift();
    result.help = true;
  }
  if (positional.length > 0) {
    if (result.command === "web" && result.flags.exec === true) {
      result.rest = [...positional, ...result.rest];
    } else {
      const guess = closest(positional[0]!, COMMANDS);
      throw new UsageError("usage_argument", {
        reason: phrase("reason_unexpected_argument", {
          argument: positional[0]!,
          suggestion: guess ? phrase("suggest_command", { name: guess }) : "",
        }),
      });
    }
  }
  return result;
}
