// The Identity Center commands (`okta-aws sso`, `sso configure|login|logout|remove`) and their
// flags; `profiles sync` signs in like `sso login` and takes SSO_SIGN_IN_FLAGS and SSO_SESSION.
import { flag, type FlagSpec } from "../../../config/flag_spec.ts";
import type { CommandSpec } from "../../command.ts";
import {
  AWS_REGION,
  CHAIN_FLAGS,
  CHAIN_SESSION_NAME,
  EXEC,
  FORMAT,
  POLICY_FLAGS,
  REFRESH_WINDOW,
  WRITE_AWS_CREDENTIALS,
} from "../../flags.ts";
import { PLUGIN_FLAGS } from "../../../../plugins/mod.ts";

/** The AWS config profile an Identity Center command reads (`aws --profile`). */
export const SSO_PROFILE_FLAG = flag({
  name: "profile",
  needsTrust: true,
  short: "p",
  type: "string",
  arg: "name",
  env: ["AWS_PROFILE"],
  help: {
    en:
      'AWS config profile with sso_session or sso_start_url (default AWS_PROFILE, else "default")',
    ko:
      'sso_session 또는 sso_start_url 이 있는 AWS config 프로필 (기본 AWS_PROFILE, 없으면 "default")',
  },
});

export const SSO_SESSION_FLAG = flag({
  name: "sso-session",
  type: "string",
  arg: "name",
  env: [],
  help: { en: "The [sso-session NAME] of the config file", ko: "config 파일의 [sso-session 이름]" },
});

// How `sso login` (and `sso configure`, which signs in) reaches the browser.
export const USE_DEVICE_CODE = flag({
  name: "use-device-code",
  type: "boolean",
  env: ["OKTA_AWS_SSO_USE_DEVICE_CODE"],
  help: {
    en: "Sign in with a device code instead of a 127.0.0.1 callback (default over SSH)",
    ko: "127.0.0.1 콜백 대신 장치 코드로 로그인 (SSH 에서는 기본)",
  },
});
export const NO_BROWSER = flag({
  name: "no-browser",
  type: "boolean",
  env: ["OKTA_AWS_SSO_NO_BROWSER"],
  help: {
    en: "Print the sign-in URL instead of opening a browser",
    ko: "브라우저를 열지 않고 로그인 URL 출력",
  },
});
export const SSO_QR_CODE = flag({
  name: "qr-code",
  short: "q",
  type: "boolean",
  env: ["OKTA_AWSCLI_QR_CODE"],
  help: { en: "Print a QR code of the sign-in URL", ko: "로그인 URL의 QR 코드 출력" },
});

/** Where the session's token is kept: okta-aws's own cache instead of the AWS CLI's. */
export const NO_AWS_CLI_CACHE = flag({
  name: "no-aws-cli-cache",
  type: "boolean",
  env: ["OKTA_AWS_NO_AWS_CLI_CACHE"],
  help: {
    en:
      "Keep the Identity Center token in okta-aws's store (the keychain where one answers), not in ~/.aws/sso/cache: the AWS CLI and SDKs will not see it",
    ko:
      "Identity Center 토큰을 ~/.aws/sso/cache 가 아닌 okta-aws 저장소(응답하는 키체인이 있으면 키체인)에 보관: AWS CLI 와 SDK 는 보지 못함",
  },
});

export const SSO_SIGN_IN_FLAGS = [
  USE_DEVICE_CODE,
  NO_BROWSER,
  SSO_QR_CODE,
  NO_AWS_CLI_CACHE,
] as const;

/** `okta-aws sso login`. */
export const SSO_LOGIN_FLAGS = [
  SSO_PROFILE_FLAG,
  SSO_SESSION_FLAG,
  ...SSO_SIGN_IN_FLAGS,
  flag({
    name: "force",
    type: "boolean",
    env: [],
    help: {
      en: "Sign in even when the cached token is still valid",
      ko: "캐시된 토큰이 유효해도 다시 로그인",
    },
  }),
] as const;

/** A flag answering one question of `aws configure sso`. */
function answer<const N extends string>(
  name: N,
  arg: string,
  en: string,
  ko: string,
): FlagSpec<N, "string"> {
  return { name, type: "string", arg, env: [], help: { en, ko } };
}

/** `okta-aws sso configure`: a flag for every question of `aws configure sso`. */
export const SSO_CONFIGURE_FLAGS = [
  flag({
    ...SSO_SESSION_FLAG,
    help: {
      en: "SSO session name (none: the legacy profile format)",
      ko: "SSO 세션 이름 (없으면 레거시 프로필 형식)",
    },
  }),
  answer(
    "sso-start-url",
    "url",
    "SSO start URL (the AWS access portal URL)",
    "SSO 시작 URL (AWS 액세스 포털 URL)",
  ),
  answer(
    "sso-region",
    "region",
    "SSO region (where IAM Identity Center runs)",
    "SSO 리전 (IAM Identity Center 리전)",
  ),
  answer(
    "scopes",
    "list",
    "SSO registration scopes, comma separated (default sso:account:access)",
    "SSO 등록 범위, 쉼표로 구분 (기본 sso:account:access)",
  ),
  answer("account-id", "id", "AWS account id (else a picker)", "AWS 계정 ID (없으면 선택 목록)"),
  answer(
    "role-name",
    "name",
    "Role (permission set) name (else a picker)",
    "역할(권한 세트) 이름 (없으면 선택 목록)",
  ),
  answer(
    "region",
    "region",
    "Default client region of the profile",
    "프로필의 기본 클라이언트 리전",
  ),
  answer(
    "output",
    "format",
    "CLI default output format of the profile (json, text, table, yaml)",
    "프로필의 CLI 기본 출력 형식 (json, text, table, yaml)",
  ),
  flag({
    ...SSO_PROFILE_FLAG,
    env: [],
    needsTrust: false,
    help: {
      en: "Profile name to write (default {role}-{account id})",
      ko: "기록할 프로필 이름 (기본 {역할}-{계정 ID})",
    },
  }),
  flag({
    name: "default",
    type: "boolean",
    env: [],
    help: {
      en: "Write the profile as [default]: no --profile needed afterwards",
      ko: "프로필을 [default] 로 기록: 이후 --profile 불필요",
    },
  }),
  flag({
    name: "all",
    type: "boolean",
    env: [],
    help: {
      en: "One profile per account and role you can reach; existing ones are kept",
      ko: "접근 가능한 계정과 역할마다 프로필 하나; 기존 프로필은 유지",
    },
  }),
  flag({
    name: "profile-name-template",
    type: "string",
    arg: "template",
    env: ["OKTA_AWS_SSO_PROFILE_NAME_TEMPLATE"],
    help: {
      en:
        "--all names from {account_name} {account_id} {role_name} {session} (default {account_name}-{role_name})",
      ko:
        "--all 이름 틀: {account_name} {account_id} {role_name} {session} (기본 {account_name}-{role_name})",
    },
  }),
  flag({
    name: "prune",
    type: "boolean",
    env: [],
    help: {
      en: "With --all: remove this session's profiles whose account or role is gone",
      ko: "--all 과 함께: 계정이나 역할이 없어진 이 세션의 프로필 삭제",
    },
  }),
  ...SSO_SIGN_IN_FLAGS,
] as const;

/** `okta-aws sso [--profile P]`: the profile, the AWS CLI cache, and every output. */
export const SSO_FLAGS = [
  SSO_PROFILE_FLAG,
  flag({
    name: "write-cli-cache",
    type: "boolean",
    env: ["OKTA_AWS_SSO_WRITE_CLI_CACHE"],
    help: {
      en: "Also write the AWS CLI's role-credential cache (~/.aws/cli/cache)",
      ko: "AWS CLI 의 역할 자격 증명 캐시(~/.aws/cli/cache)에도 기록",
    },
  }),
  NO_AWS_CLI_CACHE,
] as const;

/** `okta-aws sso`'s --aws-region: only the output's region (the portal's is sso_region). */
export const SSO_REGION_FLAG = flag({
  ...AWS_REGION,
  help: {
    en: "Region to deliver with the credentials (default: the profile's region)",
    ko: "자격 증명과 함께 내보낼 리전 (기본: 프로필의 region)",
  },
});

export const SSO_LOGOUT_FLAGS = [
  flag({
    ...SSO_SESSION_FLAG,
    help: {
      en: "Sign out of this session only (default: every session)",
      ko: "이 세션에서만 로그아웃 (기본: 모든 세션)",
    },
  }),
] as const;

export const SSO_REMOVE_FLAGS = [
  flag({
    ...SSO_PROFILE_FLAG,
    env: [],
    needsTrust: false,
    help: { en: "Remove this profile's section", ko: "이 프로필 섹션 삭제" },
  }),
  flag({
    ...SSO_SESSION_FLAG,
    help: {
      en: "Remove this sso-session section and the profiles that use it, and sign it out",
      ko: "이 sso-session 섹션과 이를 쓰는 프로필 삭제, 그리고 로그아웃",
    },
  }),
] as const;

export const SSO_LOGIN = {
  path: ["sso", "login"],
  summary: {
    en: "Sign in to IAM Identity Center (browser with PKCE, or device code)",
    ko: "IAM Identity Center 로그인 (PKCE 브라우저 또는 장치 코드)",
  },
  flags: SSO_LOGIN_FLAGS,
  module: import.meta.resolve("./login.ts"),
  examples: [
    "okta-aws sso login --profile dev",
    "okta-aws sso login --sso-session okta --use-device-code",
  ],
} as const satisfies CommandSpec;

export const SSO_CONFIGURE = {
  path: ["sso", "configure"],
  summary: {
    en: "Write IAM Identity Center profiles: the questions of aws configure sso, each a flag too",
    ko: "IAM Identity Center 프로필 작성: aws configure sso 와 같은 질문, 각각 플래그로도",
  },
  flags: SSO_CONFIGURE_FLAGS,
  module: import.meta.resolve("./configure.ts"),
  examples: [
    "okta-aws sso configure",
    "okta-aws sso configure --sso-session okta --sso-start-url https://d-9999999999.awsapps.com/start --sso-region ap-northeast-2 --account-id 111111111111 --role-name ReadOnly --region ap-northeast-2 --output json --profile dev",
    "okta-aws sso configure --sso-session okta --all",
  ],
} as const satisfies CommandSpec;

export const SSO_LOGOUT = {
  path: ["sso", "logout"],
  summary: {
    en: "Sign out of IAM Identity Center and remove its cached tokens and role credentials",
    ko: "IAM Identity Center 로그아웃, 캐시된 토큰과 역할 자격 증명 삭제",
  },
  flags: SSO_LOGOUT_FLAGS,
  module: import.meta.resolve("./logout.ts"),
} as const satisfies CommandSpec;

export const SSO_REMOVE = {
  path: ["sso", "remove"],
  summary: {
    en: "Remove a profile, or an sso-session (signing it out) and its profiles; nothing else",
    ko: "프로필, 또는 sso-session(로그아웃)과 그 프로필만 삭제",
  },
  flags: SSO_REMOVE_FLAGS,
  module: import.meta.resolve("./remove.ts"),
  examples: ["okta-aws sso remove --profile dev", "okta-aws sso remove --sso-session okta"],
} as const satisfies CommandSpec;

export const SSO = {
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
    ...POLICY_FLAGS,
    SSO_REGION_FLAG,
    FORMAT,
    WRITE_AWS_CREDENTIALS,
    EXEC,
    REFRESH_WINDOW,
    ...PLUGIN_FLAGS,
  ],
  module: import.meta.resolve("./credentials.ts"),
  exec: true,
  subcommands: [SSO_CONFIGURE, SSO_LOGIN, SSO_LOGOUT, SSO_REMOVE],
  examples: [
    "okta-aws sso --profile dev",
    "okta-aws sso --profile dev -- terraform plan",
    "okta-aws sso --profile dev -f process-credentials",
  ],
} as const satisfies CommandSpec;
