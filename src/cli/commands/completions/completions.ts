// `okta-aws completions bash|zsh|fish|powershell`: shell completion scripts generated from the
// command tree, so that a new command or flag completes without a second edit. Values are
// completed where the tree knows them (--format, --shell, --lang) and paths for path flags.
import type { Deps } from "../../../deps.ts";
import { UsageError } from "../../../errors.ts";
import { type Lang, phrase } from "../../../i18n/phrase.ts";
import type { FlagSpec } from "../../../config/flag_spec.ts";
import { FORMAT_NAMES } from "../../../../plugins/mod.ts";
import { allCommands, type CommandRequest, type CommandSpec, flagsOf, ROOT } from "../../tree.ts";

export const SHELLS = ["bash", "zsh", "fish", "powershell"] as const;
export type CompletionShell = typeof SHELLS[number];

function isShell(name: string | undefined): name is CompletionShell {
  return SHELLS.some((shell) => shell === name);
}

/** Known values of a flag, "file" for a path, "profile" for the AWS profiles of the files. */
function valuesOf(flag: FlagSpec): readonly string[] | "file" | "profile" | undefined {
  if (flag.name === "format") return FORMAT_NAMES;
  if (flag.name === "shell") return ["bash", "zsh", "sh", "fish", "powershell", "cmd"];
  if (flag.name === "lang") return ["en", "ko"];
  if (flag.name === "profile") return "profile";
  if (flag.arg === "path") return "file";
  return undefined;
}

interface Node {
  /** `web`, `sso login`; "" for the root (whose flags are web's). */
  key: string;
  subcommands: string[];
  flags: readonly FlagSpec[];
}

/** The words a command takes after its name, when they are known (completions' shells). */
const OPERANDS: Record<string, readonly string[]> = { completions: SHELLS };

function nodes(): Node[] {
  const top = (ROOT.subcommands ?? []).map((s) => s.path[0]!);
  return [
    ...allCommands(ROOT).map((c: CommandSpec) => {
      const own = c === ROOT ? ROOT.defaultCommand! : c;
      return {
        key: c.path.join(" "),
        subcommands: [
          ...(c.subcommands ?? []).map((s) => s.path[s.path.length - 1]!),
          ...(OPERANDS[c.path.join(" ")] ?? []),
          ...(c === ROOT ? ["help"] : []),
        ],
        flags: own === ROOT ? [] : flagsOf(own),
      };
    }),
    // `okta-aws help <Tab>`: the commands.
    { key: "help", subcommands: top, flags: [] },
  ];
}

/** The profiles of the AWS config and credentials files, for `--profile <Tab>` (bash, zsh). */
const BASH_PROFILES = `_okta_aws_profiles() {
  local f
  for f in "\${AWS_CONFIG_FILE:-$HOME/.aws/config}" "\${AWS_SHARED_CREDENTIALS_FILE:-$HOME/.aws/credentials}"; do
    [[ -r "$f" ]] && sed -n -e 's/^[[:space:]]*\\[profile[[:space:]]\\{1,\\}\\([^] ]*\\)\\][[:space:]]*$/\\1/p' \\
      -e 's/^[[:space:]]*\\[\\([^] ]*\\)\\][[:space:]]*$/\\1/p' "$f"
  done
}`;

/** The same for fish. */
const FISH_PROFILES = `function __okta_aws_profiles
  set -l files ~/.aws/config ~/.aws/credentials
  set -q AWS_CONFIG_FILE; and set files[1] $AWS_CONFIG_FILE
  set -q AWS_SHARED_CREDENTIALS_FILE; and set files[2] $AWS_SHARED_CREDENTIALS_FILE
  for f in $files
    test -r $f; and string replace -rf '^\\s*\\[(?:profile\\s+)?([^\\]\\s]+)\\]\\s*$' '$1' < $f
  end
end`;

/** A fish single-quoted word: only \\ and \' are escapes there. */
const fishWord = (text: string) => `'${text.replaceAll("\\", "\\\\").replaceAll("'", "\\'")}'`;

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
            : v === "profile"
            ? `    "${n.key}|${name}") COMPREPLY=($(compgen -W "$(_okta_aws_profiles)" -- "$cur")); return ;;`
            : `    "${n.key}|${name}") COMPREPLY=($(compgen -W "${
              v.join(" ")
            }" -- "$cur")); return ;;`,
        );
      }
    }
  }
  const subs = [...new Set(nodes().flatMap((n) => n.subcommands))].join("|");
  return `# okta-aws completion for bash (okta-aws completions bash); generated from the command tree.
${BASH_PROFILES}
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
  // zsh runs the bash function through bashcompinit: one definition for both shells. It needs
  // compinit's compdef, which a zsh without a framework (macOS's default) has not loaded.
  return `#compdef okta-aws
# okta-aws completion for zsh (okta-aws completions zsh); generated from the command tree.
(( $+functions[compdef] )) || { autoload -U +X compinit && compinit -u; }
autoload -U +X bashcompinit && bashcompinit
${bash().split("\n").slice(1).join("\n")}`;
}

function fish(lang: Lang): string {
  const lines = [
    "# okta-aws completion for fish (okta-aws completions fish); generated from the command tree.",
    FISH_PROFILES,
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
      else if (v === "profile") parts.push("-x -a '(__okta_aws_profiles)'");
      else if (f.type === "string") parts.push(v === "file" ? "-r -F" : "-r");
      parts.push(`-d ${fishWord(f.help[lang])}`);
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
  $prev = ''
  foreach ($e in $commandAst.CommandElements | Select-Object -Skip 1) {
    $w = $e.ToString()
    if ($w -eq $wordToComplete) { break }
    if (@(${subs}) -contains $w) { $path += $w }
    $prev = $w
  }
  if ($prev -eq '--profile' -or $prev -eq '-p') {
    $files = @(
      $(if ($env:AWS_CONFIG_FILE) { $env:AWS_CONFIG_FILE } else { Join-Path $HOME '.aws/config' }),
      $(if ($env:AWS_SHARED_CREDENTIALS_FILE) { $env:AWS_SHARED_CREDENTIALS_FILE } else { Join-Path $HOME '.aws/credentials' })
    )
    $files | Where-Object { Test-Path $_ } | ForEach-Object { Get-Content $_ } |
      ForEach-Object { if ($_ -match '^\\s*\\[(?:profile\\s+)?([^\\]\\s]+)\\]\\s*$') { $Matches[1] } } |
      Where-Object { $_ -like "$wordToComplete*" } |
      ForEach-Object { [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_) }
    return
  }
  $key = $path -join ' '
  $oktaAwsWords[$key] | Where-Object { $_ -like "$wordToComplete*" } |
    ForEach-Object { [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_) }
}
`;
}

/** The completion script for `shell`, its descriptions (fish) in `lang`. */
export function completionScript(shell: CompletionShell, lang: Lang = "en"): string {
  return shell === "fish" ? fish(lang) : { bash, zsh, powershell }[shell]();
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
  deps.stdout(completionScript(shell, request.lang));
  return Promise.resolve(0);
}
