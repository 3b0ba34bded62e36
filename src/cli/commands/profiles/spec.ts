// `okta-aws profiles sync`: a config profile for every role the user reaches, through the
// Federation apps (web's sign-in) or an Identity Center session (sso login's).
import { flag } from "../../../config/flag_spec.ts";
import type { CommandSpec } from "../../command.ts";
import {
  AWS_ACCT_FED_APP_ID,
  AWS_REGION,
  AWS_SESSION_DURATION,
  DEBUG_API_CALLS,
  OPEN_BROWSER,
  ORG_FLAGS,
  PROFILE,
  PROFILE_NAME_TEMPLATE,
  QR_CODE,
  REFRESH_TOKEN,
  SHORT_USER_AGENT,
} from "../../flags.ts";
import { NO_AWS_CLI_CACHE, NO_BROWSER, SSO_SESSION_FLAG, USE_DEVICE_CODE } from "../sso/spec.ts";

/** `profiles sync`: its own flags; the sign-in flags are web's (and sso login's). */
const PROFILES_SYNC_FLAGS = [
  flag({
    ...SSO_SESSION_FLAG,
    help: {
      en:
        "Sync the accounts and roles of this IAM Identity Center session instead of the Federation apps",
      ko: "Federation 앱 대신 이 IAM Identity Center 세션의 계정과 역할을 동기화",
    },
  }),
  flag({
    name: "prune",
    type: "boolean",
    env: [],
    help: {
      en: "Remove the profiles a sync wrote for roles you no longer reach",
      ko: "동기화가 만든 프로필 중 더는 닿을 수 없는 역할의 것을 삭제",
    },
  }),
  flag({
    name: "dry-run",
    type: "boolean",
    env: [],
    help: {
      en: "Print the changes to the config file as a diff; write nothing",
      ko: "config 파일의 변경을 diff 로 출력만 하고 쓰지 않음",
    },
  }),
  flag({
    name: "command",
    needsTrust: true,
    type: "string",
    arg: "command",
    env: ["OKTA_AWS_SYNC_COMMAND"],
    help: {
      en:
        "The okta-aws that credential_process runs (default: this binary, or deno run ... main.ts)",
      ko: "credential_process 가 실행할 okta-aws (기본: 이 바이너리, 또는 deno run ... main.ts)",
    },
  }),
] as const;

export const PROFILES_SYNC = {
  path: ["profiles", "sync"],
  summary: {
    en: "Write a config profile for every role you reach: credential_process or sso_* keys",
    ko: "닿을 수 있는 모든 역할의 config 프로필 작성: credential_process 또는 sso_* 키",
  },
  flags: [
    ...ORG_FLAGS,
    AWS_ACCT_FED_APP_ID,
    AWS_SESSION_DURATION,
    PROFILE_NAME_TEMPLATE,
    flag({
      ...AWS_REGION,
      help: {
        en: "The region each profile gets (with --sso-session default: the session's)",
        ko: "각 프로필에 쓸 리전 (--sso-session 이면 기본: 세션의 리전)",
      },
    }),
    flag({
      ...PROFILE,
      help: {
        en: 'The okta.yaml profile to sync with (default "default")',
        ko: '동기화에 쓸 okta.yaml 프로필 (기본 "default")',
      },
    }),
    OPEN_BROWSER,
    QR_CODE,
    REFRESH_TOKEN,
    SHORT_USER_AGENT,
    DEBUG_API_CALLS,
    ...PROFILES_SYNC_FLAGS,
    USE_DEVICE_CODE,
    NO_BROWSER,
    NO_AWS_CLI_CACHE,
  ],
  module: import.meta.resolve("./sync.ts"),
  profile: true,
  examples: [
    "okta-aws profiles sync --aws-region ap-northeast-2",
    "okta-aws profiles sync --dry-run --prune",
    "okta-aws profiles sync --sso-session okta",
  ],
} as const satisfies CommandSpec;

export const PROFILES = {
  path: ["profiles"],
  summary: {
    en: "AWS config profiles for the roles you reach (profiles sync)",
    ko: "닿을 수 있는 역할의 AWS config 프로필 (profiles sync)",
  },
  flags: [],
  subcommands: [PROFILES_SYNC],
} as const satisfies CommandSpec;
