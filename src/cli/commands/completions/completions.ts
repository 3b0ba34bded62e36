// `okta-aws completions bash|zsh|fish|powershell`: shell completion scripts generated from the
// command tree, so that a new command or flag completes without a second edit. Values are
// completed where the tree knows them (--format, --shell, --lang) and paths for path flags.
import type { Deps } from "../../../deps.ts";
import { UsageError } from "../../../errors.ts";
import { phrase } from "../../../i18n/phrase.ts";
import type { FlagSpec } from "../../../config/flag_spec.ts";
import { FORMAT_NAMES } from "../../../../plugins/mod.ts";
import { allCommands, type CommandRequest, type CommandSpec, flagsOf, ROOT } from "../../tree.ts";

export const SHELLS = ["bash", "zsh", "fish", "powershell"] as const;
export type CompletionShell = typeof SHELLS[number];

function isShell(name: string | undefined): name is CompletionShell {
  return SHELLS.some((shell) => shell === name);
}

/** Known values of a flag, or "file" for a path. */
function valuesOf(flag: FlagSpec): readonly string[] | "file" | undefined {
  if (flag.name === "format") return FORMAT_NAMES;
  if (flag.name === "shell") return ["bash", "zsh", "sh", "fish", "powershell", "cmd"];
  if (flag.name === "lang") return ["en", "ko"];
  if (flag.arg === "path") return "file";
  return undefined;
}

interface Node {
  /** `web`, `sso login`; "" for the root (whose flags are web's). */
  key: string;
  subcommands: string[];
  flags: readonly FlagSpec[];
}

function nodes(): Node[] {
  return allCommands(ROOT).map((c: CommandSpec) => {
    const own = c === ROOT ? ROOT.defaultCommand! : c;
    return {
      key: c.path.join(" "),
      subcommands: [
        ...(c.subcommands ?? []).map((s) => s.path[s.path.length - 1]!),
        ...(c === ROOT ? ["help"] : []),
      ],
      flags: own === ROOT ? [] : flagsOf(own),
    };
  });
}

const words = (flags: readonly FlagSpec[]) =>
  [...flags.map((f) => `--${f.name}`), ...flags.filter((f) => f.short).map((f) => `-${f.short}`)]
    .join(" ");

function bash(): string {
  const cases = nodes().map((n) =>
    `    "${n.key}") opts="${[...n.subcommands, ...words(n.flags).split(" ")].join(" ")}" ;;`
  ).join("\n");
  const valueCases = new Map<string, string>();
  // Without a command word the flags are web's: "${path:-web}" below.
  for (const n of nodes().filter((n) => n.key !== "")) {
    for (const f of n.flags) {
      const v = valuesOf(f);
      if (!v) continue;
      const names = [`--${f.name}`, ...(f.short ? [`-${f.short}`] : [])];
      for (const name of names) {
        valueCases.set(
          `${n.key}|${name}`,
          v === "file"
            ? `    "${n.key}|${name}") COMPREPLY=($(compgen -f -- "$cur")); return ;;`
            : `    "${n.key}|${name}") COMPREPLY=($(compgen -W "${
              v.join(" ")
            }" -- "$cur")); return ;;`,
        );
      }
    }
  }
  const subs = [...new Set(nodes().flatMap((n) => n.subcommands))].join("|");
  return `# okta-aws completion for bash (okta-aws completions bash); generated from the command tree.
_okta_aws() {
  local cur prev path word i opts
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  path=""
  for ((i = 1; i < COMP_CWORD; i++)); do
    word="\${COMP_WORDS[i]}"
    [[ "$word" == "--" ]] && return
    case "$word" in
      ${subs}) path="\${path:+$path }$word" ;;
    esac
  done
  case "\${path:-web}|$prev" in
${[...valueCases.values()].join("\n")}
  esac
  case "$path" in
${cases}
    *) opts="" ;;
  esac
  COMPREPLY=($(compgen -W "$opts" -- "$cur"))
}
complete -o default -F _okta_aws okta-aws
`;
}

function zsh(): string {
  // zsh runs the bash function through bashcompinit: one definition for both shells.
  return `#compdef okta-aws
# okta-aws completion for zsh (okta-aws completions zsh); generated from the command tree.
autoload -U +X bashcompinit && bashcompinit
${bash().split("\n").slice(1).join("\n")}`;
}

function fish(): string {
  const lines = [
    "# okta-aws completion for fish (okta-aws completions fish); generated from the command tree.",
    "complete -c okta-aws -f",
  ];
  const list = nodes();
  const leaves = list.filter((n) => n.key !== "").map((n) => n.key.split(" ")[0]!);
  const top = [...new Set(leaves)].join(" ");
  for (const n of list) {
    const cond = n.key === ""
      ? "__fish_use_subcommand"
      : n.key.includes(" ")
      ? `__fish_seen_subcommand_from ${n.key.split(" ")[1]}`
      : `__fish_seen_subcommand_from ${n.key}; and not __fish_seen_subcommand_from ${
        n.subcommands.join(" ") || "__none__"
      }`;
    for (const sub of n.subcommands) {
      lines.push(`complete -c okta-aws -n '${cond}' -a ${sub}`);
    }
    const flags = n.key === "" ? flagsOf(ROOT.defaultCommand!) : n.flags;
    const when = n.key === "" ? `not __fish_seen_subcommand_from ${top}` : cond;
    for (const f of flags) {
      const v = valuesOf(f);
      const parts = [`complete -c okta-aws -n '${when}' -l ${f.name}`];
      if (f.short) parts.push(`-s ${f.short}`);
      // -x: a value from the list only; -r -F: a path; -r: any value.
      if (Array.isArray(v)) parts.push(`-x -a '${v.join(" ")}'`);
      else if (f.type === "string") parts.push(v === "file" ? "-r -F" : "-r");
      parts.push(`-d ${JSON.stringify(f.help.en.replaceAll("'", ""))}`);
      lines.push(parts.join(" "));
    }
  }
  return `${lines.join("\n")}\n`;
}

function powershell(): string {
  const table = nodes().map((n) =>
    `  '${n.key}' = @(${
      [...n.subcommands, ...words(n.flags).split(" ").filter((w) => w)].map((w) => `'${w}'`)
        .join(", ")
    })`
  ).join("\n");
  const subs = [...new Set(nodes().flatMap((n) => n.subcommands))].map((s) => `'${s}'`)
    .join(", ");
  return `# okta-aws completion for PowerShell (okta-aws completions powershell | Out-String | Invoke-Expression)
$oktaAwsWords = @{
${table}
}
Register-ArgumentCompleter -Native -CommandName okta-aws -ScriptBlock {
  param($wordToComplete, $commandAst, $cursorPosition)
  $path = @()
  foreach ($e in $commandAst.CommandElements | Select-Object -Skip 1) {
    $w = $e.ToString()
    if ($w -eq $wordToComplete) { break }
    if (@(${subs}) -contains $w) { $path += $w }
  }
  $key = $path -join ' '
  $oktaAwsWords[$key] | Where-Object { $_ -like "$wordToComplete*" } |
    ForEach-Object { [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_) }
}
`;
}

/** The completion script for `shell`. */
export function completionScript(shell: CompletionShell): string {
  return { bash, zsh, fish, powershell }[shell]();
}

export function run(request: CommandRequest, deps: Deps): Promise<number> {
  const shell = request.operands[0];
  if (shell === undefined) {
    throw new UsageError("usage_missing_shell", { shells: SHELLS.join(", ") });
  }
  if (!isShell(shell)) {
    throw new UsageError("usage_invalid", {
      flag: "<shell>",
      value: shell ?? "",
      reason: phrase("reason_one_of", { values: SHELLS.join(", ") }),
    });
  }
  deps.stdout(completionScript(shell));
  return Promise.resolve(0);
}
