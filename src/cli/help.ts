// --help of every command and the README flag tables, generated from the command tree in
// English or Korean.
import type { Lang } from "../i18n/phrase.ts";
import type { FlagSpec } from "../config/flag_spec.ts";
import { allCommands, commandName, type CommandSpec, ROOT, WEB } from "./tree.ts";
import { GLOBAL_FLAGS, OUTPUT_FLAGS } from "./flags.ts";

const TEXT = {
  en: {
    usage: "Usage:",
    commands: "Commands:",
    flags: "Flags:",
    globalFlags: "Global flags:",
    helpCommand: "Show the help of a command",
    helpFlag: "Show this help",
    versionFlag: "Print the version",
    env: "env",
    examples: "Examples:",
    more: 'Run "okta-aws <command> --help" for the flags of a command.',
    subcommands: "<command>",
    flagsWord: "[flags]",
    exec: "[-- command args...]",
  },
  ko: {
    usage: "사용법:",
    commands: "명령:",
    flags: "플래그:",
    globalFlags: "공통 플래그:",
    helpCommand: "명령의 도움말 표시",
    helpFlag: "이 도움말 표시",
    versionFlag: "버전 출력",
    env: "환경 변수",
    examples: "예:",
    more: '명령별 플래그는 "okta-aws <명령> --help" 로 확인하세요.',
    subcommands: "<명령>",
    flagsWord: "[플래그]",
    exec: "[-- 명령 인자...]",
  },
};

function flagLabel(f: FlagSpec): string {
  return `${f.short ? `-${f.short}, ` : "    "}--${f.name}${
    f.type === "string" ? ` <${f.arg ?? "value"}>` : ""
  }`;
}

function flagRows(flags: readonly FlagSpec[], lang: Lang): [string, string][] {
  const t = TEXT[lang];
  return flags.map((f) => [
    flagLabel(f),
    `${f.help[lang]}${f.env[0] ? ` [${t.env}: ${f.env[0]}]` : ""}`,
  ]);
}

function table(rows: [string, string][], width: number): string[] {
  return rows.map(([l, r]) => `  ${l.padEnd(width)}${r}`);
}

function usageLine(command: CommandSpec, lang: Lang): string {
  const t = TEXT[lang];
  const words = [commandName(command)];
  if (command.defaultCommand) words.push(`[${t.subcommands}]`);
  else if (command.subcommands && !command.module) words.push(t.subcommands);
  words.push(t.flagsWord);
  if (command.operands) words.push(command.operands.arg);
  if (command.exec || command.defaultCommand) words.push(t.exec);
  return `${t.usage} ${words.join(" ")}`;
}

/**
 * The help screen of a command: usage, what it does, its subcommands, its flags with short
 * letters and variables, the global flags, and examples. The root's screen also shows the
 * flags of its default command, which is what `okta-aws` alone runs.
 */
export function helpText(command: CommandSpec, lang: Lang): string {
  const t = TEXT[lang];
  const shown = command.defaultCommand ?? command;
  const own = flagRows(shown.flags, lang);
  const global = flagRows(GLOBAL_FLAGS, lang);
  global.push(["-h, --help", t.helpFlag], ["-v, --version", t.versionFlag]);
  const subs: [string, string][] = (command.subcommands ?? []).map((c) => [
    c.path[c.path.length - 1]!,
    c.summary[lang],
  ]);
  if (command === ROOT) subs.push(["help", t.helpCommand]);
  const width = Math.max(...[...own, ...global, ...subs].map(([l]) => l.length)) + 2;
  const lines = [usageLine(command, lang), "", command.summary[lang]];
  if (subs.length > 0) lines.push("", t.commands, ...table(subs, width));
  if (own.length > 0) {
    const heading = shown === command ? t.flags : `${t.flags} (${commandName(shown)})`;
    lines.push("", heading, ...table(own, width));
  }
  lines.push("", t.globalFlags, ...table(global, width));
  const examples = shown.examples ?? [];
  if (examples.length > 0) lines.push("", t.examples, ...examples.map((e) => `  ${e}`));
  if (command.subcommands) lines.push("", t.more);
  return `${lines.join("\n")}\n`;
}

/** A README flag table (Markdown) of some flags, from the same specs as --help. */
export function flagsMarkdown(flags: readonly FlagSpec[], lang: Lang): string {
  const head = lang === "ko"
    ? "| 플래그 | 짧은 형식 | 환경 변수 | 설명 |\n|---|---|---|---|"
    : "| flag | short | environment variables | what it does |\n|---|---|---|---|";
  const rows = flags.map((f) =>
    `| \`--${f.name}${f.type === "string" ? ` <${f.arg ?? "value"}>` : ""}\` | ${
      f.short ? `\`-${f.short}\`` : ""
    } | ${f.env.map((e) => `\`${e}\``).join(", ")} | ${f.help[lang].replaceAll("|", "\\|")} |`
  );
  return [head, ...rows].join("\n");
}

/**
 * Every README flag table: one per command that has flags, then the global flags. The output
 * flags are listed once, with web; other credential commands' tables hold their own flags.
 */
export function readmeFlagTables(lang: Lang): { title: string; markdown: string }[] {
  // console takes web's flags: its table would be web's again.
  const commands = allCommands(ROOT).filter((c) =>
    c.flags.length > 0 && (c === WEB || c.flags !== WEB.flags)
  );
  const output = new Set<FlagSpec>(OUTPUT_FLAGS);
  const own = (c: CommandSpec) => c === WEB ? c.flags : c.flags.filter((f) => !output.has(f));
  return [
    ...commands.map((c) => ({ title: commandName(c), markdown: flagsMarkdown(own(c), lang) })),
    { title: "global", markdown: flagsMarkdown(GLOBAL_FLAGS, lang) },
  ];
}
