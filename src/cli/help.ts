// --help of every command and the README flag tables, generated from the command tree in
// English or Korean.
import type { Lang } from "../i18n/phrase.ts";
import type { FlagSpec } from "../config/flag_spec.ts";
import type { Text } from "../i18n/text.ts";
import { allCommands, commandName, type CommandSpec, ROOT, WEB } from "./tree.ts";
import { GLOBAL_FLAGS, OUTPUT_FLAGS } from "./flags.ts";

/** The words of the help screens, each in the one bilingual shape. */
const TEXT = {
  usage: { en: "Usage:", ko: "사용법:" },
  commands: { en: "Commands:", ko: "명령:" },
  flags: { en: "Flags:", ko: "플래그:" },
  globalFlags: { en: "Global flags:", ko: "공통 플래그:" },
  helpCommand: { en: "Show the help of a command", ko: "명령의 도움말 표시" },
  helpFlag: { en: "Show this help", ko: "이 도움말 표시" },
  versionFlag: { en: "Print the version", ko: "버전 출력" },
  env: { en: "env", ko: "환경 변수" },
  examples: { en: "Examples:", ko: "예:" },
  more: {
    en: 'Run "okta-aws <command> --help" for the flags of a command.',
    ko: '명령별 플래그는 "okta-aws <명령> --help" 로 확인하세요.',
  },
  subcommands: { en: "<command>", ko: "<명령>" },
  flagsWord: { en: "[flags]", ko: "[플래그]" },
  exec: { en: "[-- command args...]", ko: "[-- 명령 인자...]" },
  tableHead: {
    en: "| flag | short | environment variables | what it does |\n|---|---|---|---|",
    ko: "| 플래그 | 짧은 형식 | 환경 변수 | 설명 |\n|---|---|---|---|",
  },
} satisfies Record<string, Text>;

/** Value placeholders as Korean help shows them (the words the specs use, in English). */
const ARG_KO: Record<string, string> = {
  value: "값",
  name: "이름",
  id: "ID",
  template: "틀",
  path: "경로",
  file: "파일",
  command: "명령",
  "arn-or-label": "ARN-또는-레이블",
  "url-or-service": "URL-또는-서비스",
  shell: "셸",
  duration: "시간",
  scope: "범위",
  "role-arn": "역할-ARN",
  region: "리전",
  pem: "PEM",
  password: "비밀번호",
  lang: "언어",
  kid: "kid",
  domain: "도메인",
  arn: "ARN",
  url: "URL",
  list: "목록",
  format: "형식",
};

/** A flag's value placeholder in `lang`. */
function argWord(f: FlagSpec, lang: Lang): string {
  const arg = f.arg ?? "value";
  return lang === "ko" ? ARG_KO[arg] ?? arg : arg;
}

function flagLabel(f: FlagSpec, lang: Lang): string {
  return `${f.short ? `-${f.short}, ` : "    "}--${f.name}${
    f.type === "string" ? ` <${argWord(f, lang)}>` : ""
  }`;
}

function flagRows(flags: readonly FlagSpec[], lang: Lang): [string, string][] {
  return flags.map((f) => [
    flagLabel(f, lang),
    `${f.help[lang]}${f.env[0] ? ` [${TEXT.env[lang]}: ${f.env[0]}]` : ""}`,
  ]);
}

/** The columns a text takes on a terminal: Hangul (and other wide letters) take two. */
function columns(text: string): number {
  let n = 0;
  for (const c of text) {
    n += /[\u1100-\u115f\u3130-\u318f\uac00-\ud7a3\u3000-\u303f\uff00-\uff60]/.test(c) ? 2 : 1;
  }
  return n;
}

function table(rows: [string, string][], width: number): string[] {
  return rows.map(([l, r]) => `  ${l}${" ".repeat(Math.max(0, width - columns(l)))}${r}`);
}

function usageLine(command: CommandSpec, lang: Lang): string {
  const words = [commandName(command)];
  if (command.defaultCommand) words.push(`[${TEXT.subcommands[lang]}]`);
  else if (command.subcommands && !command.module) words.push(TEXT.subcommands[lang]);
  words.push(TEXT.flagsWord[lang]);
  if (command.operands) words.push(command.operands.arg);
  if (command.exec || command.defaultCommand) words.push(TEXT.exec[lang]);
  return `${TEXT.usage[lang]} ${words.join(" ")}`;
}

/**
 * The help screen of a command: usage, what it does, its subcommands, its flags with short
 * letters and variables, the global flags, and examples. The root's screen also shows the
 * flags of its default command, which is what `okta-aws` alone runs.
 */
export function helpText(command: CommandSpec, lang: Lang): string {
  const shown = command.defaultCommand ?? command;
  const own = flagRows(shown.flags, lang);
  const global = flagRows(GLOBAL_FLAGS, lang);
  global.push(["-h, --help", TEXT.helpFlag[lang]], ["-v, --version", TEXT.versionFlag[lang]]);
  // The root lists the subcommands of its groups too (sso login, profiles sync): every command
  // a user can run is on the first screen.
  const subs = (command.subcommands ?? []).flatMap((c): [string, string][] => [
    [c.path.slice(command.path.length).join(" "), c.summary[lang]],
    ...(command === ROOT ? c.subcommands ?? [] : []).map((s): [string, string] => [
      s.path.slice(command.path.length).join(" "),
      s.summary[lang],
    ]),
  ]);
  if (command === ROOT) subs.push(["help", TEXT.helpCommand[lang]]);
  const width = Math.max(...[...own, ...global, ...subs].map(([l]) => columns(l))) + 2;
  const lines = [usageLine(command, lang), "", command.summary[lang]];
  if (subs.length > 0) lines.push("", TEXT.commands[lang], ...table(subs, width));
  if (own.length > 0) {
    const heading = shown === command
      ? TEXT.flags[lang]
      : `${TEXT.flags[lang]} (${commandName(shown)})`;
    lines.push("", heading, ...table(own, width));
  }
  lines.push("", TEXT.globalFlags[lang], ...table(global, width));
  const examples = shown.examples ?? [];
  if (examples.length > 0) lines.push("", TEXT.examples[lang], ...examples.map((e) => `  ${e}`));
  if (command.subcommands) lines.push("", TEXT.more[lang]);
  return `${lines.join("\n")}\n`;
}

/** A README flag table (Markdown) of some flags, from the same specs as --help. */
export function flagsMarkdown(flags: readonly FlagSpec[], lang: Lang): string {
  const head = TEXT.tableHead[lang];
  const rows = flags.map((f) =>
    `| \`--${f.name}${f.type === "string" ? ` <${argWord(f, lang)}>` : ""}\` | ${
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
