// The command tree: every command and subcommand with its flags (declared in flags.ts and
// sso_flags.ts), its help text and the module that runs it. The parser, --help, the README flag tables, the okta.yaml key check and the
// compile includes all read this one definition. Modules load only when their command runs;
// this one is on every start-up path, so it stays plain data and small functions.
import type { FlagSpec } from "../config/flag_spec.ts";
import type { Lang } from "../i18n/messages.ts";
import type { Text } from "../i18n/text.ts";
import { pluginModules } from "../../plugins/mod.ts";
import {
  CHAIN_FLAGS,
  CHAIN_SESSION_NAME,
  DELIVERY_FLAGS,
  DIRECT_FLAGS,
  GLOBAL_FLAGS,
  HEADLESS_DURATION_FLAG,
  HEADLESS_FLAGS,
  LOGOUT_FLAGS,
  M2M_CLIENT_FLAG,
  M2M_FLAGS,
  ORG_FLAGS,
  OUTPUT_FLAGS,
  ROLE_ARN_FLAG,
  STATUS_FLAGS,
  TRUST_FLAGS,
  WEB_FLAGS,
  webFlag,
} from "./flags.ts";
import {
  PROFILES_SYNC_FLAGS,
  SSO_CONFIGURE_FLAGS,
  SSO_FLAGS,
  SSO_LOGIN_FLAGS,
  SSO_LOGOUT_FLAGS,
  SSO_REGION_FLAG,
  SSO_REMOVE_FLAGS,
  SSO_SIGN_IN_FLAGS,
} from "./sso_flags.ts";

export interface CommandSpec {
  /** The words that select it (`["web"]`, later `["sso", "login"]`); empty for the root. */
  path: readonly string[];
  summary: Text;
  /** Its own flags; the global ones (GLOBAL_FLAGS) come on top. */
  flags: readonly FlagSpec[];
  /** The module of src/cli/ whose `run` carries it out. */
  module?: string;
  /** Takes a command to run after `--` (exec mode). */
  exec?: boolean;
  /** Reads the okta.yaml profile block: its flags are okta.yaml keys. */
  profile?: boolean;
  /** The command that runs when no command word is given (the root's: web). */
  defaultCommand?: CommandSpec;
  subcommands?: readonly CommandSpec[];
  examples?: readonly string[];
  /** Other names that select it (`debug` for doctor, okta-aws-cli's name). */
  aliases?: readonly string[];
  /** Words it takes after its name (`trust [path]`): at most this many, shown as `arg`. */
  operands?: { max: number; arg: string };
}

export const WEB: CommandSpec = {
  path: ["web"],
  summary: {
    en: "AWS Account Federation (SAML) through Okta device authorization (default)",
    ko: "Okta 장치 인증을 통한 AWS Account Federation (SAML) (기본 명령)",
  },
  flags: [...ORG_FLAGS, ...WEB_FLAGS, ...CHAIN_FLAGS, CHAIN_SESSION_NAME, ...OUTPUT_FLAGS],
  module: "web.ts",
  exec: true,
  profile: true,
  examples: [
    "okta-aws web -o acme.okta.com -c 0oa... -p dev -z",
    "aws sts get-caller-identity --profile dev",
    "okta-aws web -r Admin -- terraform plan",
  ],
};

export const LIST_PROFILES: CommandSpec = {
  path: ["list-profiles"],
  summary: {
    en: "List the profiles of ~/.okta/okta.yaml",
    ko: "~/.okta/okta.yaml 의 프로필 목록",
  },
  flags: [],
  module: "list_profiles.ts",
};

export const STATUS: CommandSpec = {
  path: ["status"],
  summary: {
    en: "Cached Okta sessions, IAM Identity Center sessions and AWS credentials with time left",
    ko: "캐시된 Okta 세션, IAM Identity Center 세션, AWS 자격 증명과 남은 시간",
  },
  flags: STATUS_FLAGS,
  module: "status.ts",
};

export const LOGOUT: CommandSpec = {
  path: ["logout"],
  summary: {
    en: "Remove okta-aws's caches (all, or one org with --org-domain)",
    ko: "okta-aws 캐시 삭제 (전체, 또는 --org-domain 으로 한 조직)",
  },
  flags: LOGOUT_FLAGS,
  module: "logout.ts",
};

export const TRUST: CommandSpec = {
  path: ["trust"],
  summary: {
    en: "Trust a .env file (default ./.env): let it set the org, programs and output paths",
    ko: ".env 파일 신뢰 (기본 ./.env): 조직, 실행 프로그램, 출력 경로 설정을 허용",
  },
  flags: TRUST_FLAGS,
  module: "trust.ts",
  operands: { max: 1, arg: "[path]" },
  examples: ["okta-aws trust", "okta-aws trust ~/work/infra/.env", "okta-aws trust --forget"],
};

export const M2M: CommandSpec = {
  path: ["m2m"],
  summary: {
    en: "Machine to machine: private_key_jwt client credentials, then AssumeRoleWithWebIdentity",
    ko: "머신 간 인증: private_key_jwt client credentials 후 AssumeRoleWithWebIdentity",
  },
  flags: [
    ORG_FLAGS[0]!,
    M2M_CLIENT_FLAG,
    ROLE_ARN_FLAG,
    HEADLESS_DURATION_FLAG,
    ...M2M_FLAGS,
    ...HEADLESS_FLAGS,
    ...CHAIN_FLAGS,
    ...OUTPUT_FLAGS,
  ],
  module: "m2m.ts",
  exec: true,
  profile: true,
  examples: [
    "okta-aws m2m -o acme.okta.com -c 0oa... -i kid1 -b key.pem -r arn:aws:iam::123456789012:role/CI -f process-credentials",
  ],
};

export const DIRECT: CommandSpec = {
  path: ["direct"],
  summary: {
    en: "Okta direct authentication: password and Okta Verify push, then AssumeRoleWithWebIdentity",
    ko: "Okta 직접 인증: 비밀번호와 Okta Verify 푸시 후 AssumeRoleWithWebIdentity",
  },
  flags: [
    ...ORG_FLAGS,
    ROLE_ARN_FLAG,
    HEADLESS_DURATION_FLAG,
    ...DIRECT_FLAGS,
    ...HEADLESS_FLAGS,
    ...CHAIN_FLAGS,
    ...OUTPUT_FLAGS,
  ],
  module: "direct.ts",
  exec: true,
  profile: true,
  examples: [
    "okta-aws direct -o acme.okta.com -c 0oa... -a alice@example.com -r arn:aws:iam::123456789012:role/Dev",
  ],
};

export const SSO_LOGIN: CommandSpec = {
  path: ["sso", "login"],
  summary: {
    en: "Sign in to IAM Identity Center (browser with PKCE, or device code)",
    ko: "IAM Identity Center 로그인 (PKCE 브라우저 또는 장치 코드)",
  },
  flags: SSO_LOGIN_FLAGS,
  module: "sso_login.ts",
  examples: [
    "okta-aws sso login --profile dev",
    "okta-aws sso login --sso-session okta --use-device-code",
  ],
};

export const SSO_CONFIGURE: CommandSpec = {
  path: ["sso", "configure"],
  summary: {
    en: "Write IAM Identity Center profiles: the questions of aws configure sso, each a flag too",
    ko: "IAM Identity Center 프로필 작성: aws configure sso 와 같은 질문, 각각 플래그로도",
  },
  flags: SSO_CONFIGURE_FLAGS,
  module: "sso_configure.ts",
  examples: [
    "okta-aws sso configure",
    "okta-aws sso configure --sso-session okta --sso-start-url https://d-9999999999.awsapps.com/start --sso-region ap-northeast-2 --account-id 111111111111 --role-name ReadOnly --region ap-northeast-2 --output json --profile dev",
    "okta-aws sso configure --sso-session okta --all",
  ],
};

export const SSO_LOGOUT: CommandSpec = {
  path: ["sso", "logout"],
  summary: {
    en: "Sign out of IAM Identity Center and remove its cached tokens and role credentials",
    ko: "IAM Identity Center 로그아웃, 캐시된 토큰과 역할 자격 증명 삭제",
  },
  flags: SSO_LOGOUT_FLAGS,
  module: "sso_logout.ts",
};

export const SSO_REMOVE: CommandSpec = {
  path: ["sso", "remove"],
  summary: {
    en: "Remove a profile (or an sso-session and its profiles) from the config file, nothing else",
    ko: "config 파일에서 프로필(또는 sso-session 과 그 프로필)만 삭제",
  },
  flags: SSO_REMOVE_FLAGS,
  module: "sso_remove.ts",
  examples: ["okta-aws sso remove --profile dev", "okta-aws sso remove --sso-session okta"],
};

export const SSO: CommandSpec = {
  path: ["sso"],
  summary: {
    en: "AWS IAM Identity Center: a profile's role credentials through any output",
    ko: "AWS IAM Identity Center: 프로필의 역할 자격 증명을 원하는 출력으로",
  },
  // Its own --profile (the config profile) and --aws-region (default: the profile's region).
  flags: [
    ...SSO_FLAGS,
    ...CHAIN_FLAGS,
    CHAIN_SESSION_NAME,
    ...OUTPUT_FLAGS.filter((f) => f.name !== "profile").map((f) =>
      f.name === "aws-region" ? SSO_REGION_FLAG : f
    ),
  ],
  module: "sso.ts",
  exec: true,
  subcommands: [SSO_CONFIGURE, SSO_LOGIN, SSO_LOGOUT, SSO_REMOVE],
  examples: [
    "okta-aws sso --profile dev",
    "okta-aws sso --profile dev -- terraform plan",
    "okta-aws sso --profile dev -f process-credentials",
  ],
};

export const CONSOLE: CommandSpec = {
  path: ["console"],
  summary: {
    en: "The AWS console as the role web signs in to (any flow: --format console)",
    ko: "web 으로 로그인한 역할로 AWS 콘솔 열기 (다른 흐름: --format console)",
  },
  flags: WEB.flags,
  module: "console.ts",
  examples: [
    "okta-aws console -r Admin --destination s3",
    "okta-aws console --print",
    "okta-aws sso --profile dev -f console",
  ],
};

export const DOCTOR: CommandSpec = {
  path: ["doctor"],
  aliases: ["debug"],
  summary: {
    en: "Check okta.yaml, .env, the AWS files, the cache, the org, STS and the Okta app set-up",
    ko: "okta.yaml, .env, AWS 파일, 캐시, 조직, STS, Okta 앱 설정 점검",
  },
  flags: [
    ...ORG_FLAGS,
    webFlag("aws-acct-fed-app-id"),
    {
      ...DELIVERY_FLAGS.find((f) => f.name === "profile")!,
      help: {
        en: 'The okta.yaml profile to check with (default "default")',
        ko: '점검에 쓸 okta.yaml 프로필 (기본 "default")',
      },
    },
    STATUS_FLAGS[0]!,
  ],
  module: "doctor.ts",
  profile: true,
  examples: ["okta-aws doctor -o acme.okta.com -c 0oa...", "okta-aws doctor --json"],
};

export const PROFILES_SYNC: CommandSpec = {
  path: ["profiles", "sync"],
  summary: {
    en: "Write a config profile for every role you reach: credential_process or sso_* keys",
    ko: "닿을 수 있는 모든 역할의 config 프로필 작성: credential_process 또는 sso_* 키",
  },
  flags: [
    ...ORG_FLAGS,
    webFlag("aws-acct-fed-app-id"),
    webFlag("aws-session-duration"),
    webFlag("profile-name-template"),
    {
      ...DELIVERY_FLAGS.find((f) => f.name === "aws-region")!,
      help: {
        en: "The region each profile gets (with --sso-session default: the session's)",
        ko: "각 프로필에 쓸 리전 (--sso-session 이면 기본: 세션의 리전)",
      },
    },
    {
      ...DELIVERY_FLAGS.find((f) => f.name === "profile")!,
      help: {
        en: 'The okta.yaml profile to sync with (default "default")',
        ko: '동기화에 쓸 okta.yaml 프로필 (기본 "default")',
      },
    },
    webFlag("open-browser"),
    webFlag("qr-code"),
    webFlag("refresh-token"),
    webFlag("short-user-agent"),
    webFlag("debug-api-calls"),
    ...PROFILES_SYNC_FLAGS,
    ...SSO_SIGN_IN_FLAGS.filter((f) => f.name !== "qr-code"),
  ],
  module: "profiles_sync.ts",
  profile: true,
  examples: [
    "okta-aws profiles sync --aws-region ap-northeast-2",
    "okta-aws profiles sync --dry-run --prune",
    "okta-aws profiles sync --sso-session okta",
  ],
};

export const PROFILES: CommandSpec = {
  path: ["profiles"],
  summary: {
    en: "AWS config profiles for the roles you reach (profiles sync)",
    ko: "닿을 수 있는 역할의 AWS config 프로필 (profiles sync)",
  },
  flags: [],
  subcommands: [PROFILES_SYNC],
};

export const COMPLETIONS: CommandSpec = {
  path: ["completions"],
  summary: {
    en: "Shell completion script: bash, zsh, fish or powershell",
    ko: "셸 자동 완성 스크립트: bash, zsh, fish, powershell",
  },
  flags: [],
  module: "completions.ts",
  operands: { max: 1, arg: "<shell>" },
  examples: [
    'eval "$(okta-aws completions bash)"',
    "okta-aws completions fish > ~/.config/fish/completions/okta-aws.fish",
    "okta-aws completions powershell | Out-String | Invoke-Expression",
  ],
};

export const ROOT: CommandSpec = {
  path: [],
  summary: {
    en: "Temporary AWS credentials through Okta.",
    ko: "Okta를 통해 임시 AWS 자격 증명을 받습니다.",
  },
  flags: [],
  defaultCommand: WEB,
  subcommands: [
    WEB,
    M2M,
    DIRECT,
    SSO,
    LIST_PROFILES,
    STATUS,
    LOGOUT,
    TRUST,
    CONSOLE,
    PROFILES,
    DOCTOR,
    COMPLETIONS,
  ],
};

/** `okta-aws web`, `okta-aws` for the root. */
export function commandName(command: CommandSpec): string {
  return ["okta-aws", ...command.path].join(" ");
}

/** Every command of the tree, the root first, depth first. */
export function allCommands(root: CommandSpec = ROOT): CommandSpec[] {
  return [root, ...(root.subcommands ?? []).flatMap((c) => allCommands(c))];
}

/** The flags a command accepts: its own and the global ones. */
export function flagsOf(command: CommandSpec): readonly FlagSpec[] {
  return [...command.flags, ...GLOBAL_FLAGS];
}

/**
 * The okta.yaml profile keys: the flags of every credential flow that reads a profile block
 * (doctor reads the block too, but adds no key of its own).
 */
export function oktaYamlKeys(root: CommandSpec = ROOT): string[] {
  const commands = allCommands(root).filter((c) => c.profile && c.exec);
  return [...new Set(commands.flatMap((c) => flagsOf(c).map((f) => f.name)))];
}

/** Deprecated okta.yaml keys and flag names, each with the name it stands for. */
export function flagAliases(root: CommandSpec = ROOT): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of allCommands(root).flatMap((c) => flagsOf(c))) {
    for (const alias of f.aliases ?? []) out[alias] = f.name;
  }
  return out;
}

/**
 * The modules loaded through computed `import()` (so that the warm path loads none of them
 * until needed): every command module, the plugins, and the cold-path halves main.ts and the
 * pipeline import on demand. `deno compile` embeds exactly these (scripts/compile.ts); a test
 * fails when a computed import names a module missing here.
 */
export function lazyModules(root: CommandSpec = ROOT): string[] {
  const here = (path: string) => new URL(path, import.meta.url).pathname;
  return [
    ...allCommands(root).filter((c) => c.module).map((c) => here(`./${c.module}`)),
    here("./pipeline.ts"),
    here("./run.ts"),
    here("./request_key.ts"),
    here("../ui/browser.ts"),
    here("../i18n/messages.ts"),
    here("../i18n/register.ts"),
    here("../text/printable.ts"),
    ...pluginModules(),
  ];
}

/** What a command module's `run(request, deps)` receives. */
export interface CommandRequest {
  command: CommandSpec;
  /** Flag values as given on the command line, by long name. */
  flags: Readonly<Record<string, string | boolean>>;
  /** The command after `--`. */
  rest: readonly string[];
  /** The words after the command's name, for a command that takes them (`trust [path]`). */
  operands: readonly string[];
  /** The language chosen so far (--lang, OKTA_AWS_LANG, the locale). */
  lang: Lang;
  /** Tells main the language the settings chose, for the errors that follow. */
  setLang: (lang: Lang) => void;
}
