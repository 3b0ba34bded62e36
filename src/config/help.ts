// --help text, generated from the flag table in English or Korean.
import type { Lang } from "../i18n/messages.ts";
import { FLAGS } from "./flags.ts";

const TEXT = {
  en: {
    usage:
      "Usage: okta-aws [web] [flags] [-- command args...]\n       okta-aws list-profiles | status | logout",
    about: "Temporary AWS credentials through Okta.",
    commands: "Commands:",
    web: "AWS Account Federation (SAML) through Okta device authorization (default)",
    list: "List the profiles of ~/.okta/okta.yaml",
    status: "Cached Okta sessions and AWS credentials with time left (--json)",
    logout: "Remove okta-aws's caches (all, or one org with --org-domain)",
    help: "Show this help",
    flags: "Flags:",
    helpFlag: "Show this help",
    versionFlag: "Print the version",
    env: "env",
    example:
      "Example:\n  okta-aws web -o acme.okta.com -c 0oa... -p dev -z\n  aws sts get-caller-identity --profile dev",
  },
  ko: {
    usage:
      "사용법: okta-aws [web] [플래그] [-- 명령 인자...]\n        okta-aws list-profiles | status | logout",
    about: "Okta를 통해 임시 AWS 자격 증명을 받습니다.",
    commands: "명령:",
    web: "Okta 장치 인증을 통한 AWS Account Federation (SAML) (기본 명령)",
    list: "~/.okta/okta.yaml 의 프로필 목록",
    status: "캐시된 Okta 세션과 AWS 자격 증명, 남은 시간 (--json)",
    logout: "okta-aws 캐시 삭제 (전체, 또는 --org-domain 으로 한 조직)",
    help: "이 도움말 표시",
    flags: "플래그:",
    helpFlag: "이 도움말 표시",
    versionFlag: "버전 출력",
    env: "환경 변수",
    example:
      "예:\n  okta-aws web -o acme.okta.com -c 0oa... -p dev -z\n  aws sts get-caller-identity --profile dev",
  },
};

/** The help screen: usage, commands, every flag with its short letter and variable. */
export function helpText(lang: Lang): string {
  const t = TEXT[lang];
  const rows: [string, string][] = FLAGS.map((f) => [
    `${f.short ? `-${f.short}, ` : "    "}--${f.name}${
      f.type === "string" ? ` <${f.arg ?? "value"}>` : ""
    }`,
    `${lang === "ko" ? f.descriptionKo : f.description}${
      f.env[0] ? ` [${t.env}: ${f.env[0]}]` : ""
    }`,
  ]);
  rows.push(["-h, --help", t.helpFlag], ["-v, --version", t.versionFlag]);
  const width = Math.max(...rows.map(([l]) => l.length)) + 2;
  return [
    t.usage,
    "",
    t.about,
    "",
    t.commands,
    `  ${"web".padEnd(16)}${t.web}`,
    `  ${"list-profiles".padEnd(16)}${t.list}`,
    `  ${"status".padEnd(16)}${t.status}`,
    `  ${"logout".padEnd(16)}${t.logout}`,
    `  ${"help".padEnd(16)}${t.help}`,
    "",
    t.flags,
    ...rows.map(([l, r]) => `  ${l.padEnd(width)}${r}`),
    "",
    t.example,
    "",
  ].join("\n");
}

/** The README's flag table (Markdown), from the same table as --help. */
export function flagsMarkdown(lang: Lang): string {
  const head = lang === "ko"
    ? "| 플래그 | 짧은 형식 | 환경 변수 | 설명 |\n|---|---|---|---|"
    : "| flag | short | environment variables | what it does |\n|---|---|---|---|";
  const rows = FLAGS.map((f) =>
    `| \`--${f.name}${f.type === "string" ? ` <${f.arg ?? "value"}>` : ""}\` | ${
      f.short ? `\`-${f.short}\`` : ""
    } | ${f.env.map((e) => `\`${e}\``).join(", ")} | ${
      (lang === "ko" ? f.descriptionKo : f.description).replaceAll("|", "\\|")
    } |`
  );
  return [head, ...rows].join("\n");
}
