// The flags of the Identity Center commands (`okta-aws sso ...`) and of `profiles sync`, which
// signs in like `sso login` and syncs an sso-session.
import type { FlagSpec } from "../config/flag_spec.ts";
import { DELIVERY_FLAGS } from "./flags.ts";

/** The AWS config profile an Identity Center command reads (`aws --profile`). */
export const SSO_PROFILE_FLAG: FlagSpec = {
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
};

export const SSO_SESSION_FLAG: FlagSpec = {
  name: "sso-session",
  type: "string",
  arg: "name",
  env: [],
  help: { en: "The [sso-session NAME] of the config file", ko: "config 파일의 [sso-session 이름]" },
};

/** How `sso login` (and `sso configure`, which signs in) reaches the browser. */
export const SSO_SIGN_IN_FLAGS: readonly FlagSpec[] = [
  {
    name: "use-device-code",
    type: "boolean",
    env: ["OKTA_AWS_SSO_USE_DEVICE_CODE"],
    help: {
      en: "Sign in with a device code instead of a 127.0.0.1 callback (default over SSH)",
      ko: "127.0.0.1 콜백 대신 장치 코드로 로그인 (SSH 에서는 기본)",
    },
  },
  {
    name: "no-browser",
    type: "boolean",
    env: ["OKTA_AWS_SSO_NO_BROWSER"],
    help: {
      en: "Print the sign-in URL instead of opening a browser",
      ko: "브라우저를 열지 않고 로그인 URL 출력",
    },
  },
  {
    name: "qr-code",
    short: "q",
    type: "boolean",
    env: ["OKTA_AWSCLI_QR_CODE"],
    help: { en: "Print a QR code of the sign-in URL", ko: "로그인 URL의 QR 코드 출력" },
  },
];

/** `okta-aws sso login`. */
export const SSO_LOGIN_FLAGS: readonly FlagSpec[] = [
  SSO_PROFILE_FLAG,
  SSO_SESSION_FLAG,
  ...SSO_SIGN_IN_FLAGS,
  {
    name: "force",
    type: "boolean",
    env: [],
    help: {
      en: "Sign in even when the cached token is still valid",
      ko: "캐시된 토큰이 유효해도 다시 로그인",
    },
  },
];

export function answer(name: string, arg: string, en: string, ko: string): FlagSpec {
  return { name, type: "string", arg, env: [], help: { en, ko } };
}

/** `okta-aws sso configure`: a flag for every question of `aws configure sso`. */
export const SSO_CONFIGURE_FLAGS: readonly FlagSpec[] = [
  {
    ...SSO_SESSION_FLAG,
    help: {
      en: "SSO session name (none: the legacy profile format)",
      ko: "SSO 세션 이름 (없으면 레거시 프로필 형식)",
    },
  },
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
  {
    ...SSO_PROFILE_FLAG,
    env: [],
    needsTrust: false,
    help: {
      en: "Profile name to write (default {role}-{account id})",
      ko: "기록할 프로필 이름 (기본 {역할}-{계정 ID})",
    },
  },
  {
    name: "default",
    type: "boolean",
    env: [],
    help: {
      en: "Write the profile as [default]: no --profile needed afterwards",
      ko: "프로필을 [default] 로 기록: 이후 --profile 불필요",
    },
  },
  {
    name: "all",
    type: "boolean",
    env: [],
    help: {
      en: "One profile per account and role you can reach; existing ones are kept",
      ko: "접근 가능한 계정과 역할마다 프로필 하나; 기존 프로필은 유지",
    },
  },
  {
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
  },
  {
    name: "prune",
    type: "boolean",
    env: [],
    help: {
      en: "With --all: remove this session's profiles whose account or role is gone",
      ko: "--all 과 함께: 계정이나 역할이 없어진 이 세션의 프로필 삭제",
    },
  },
  ...SSO_SIGN_IN_FLAGS,
];

/** `okta-aws sso [--profile P]`: the profile, the AWS CLI cache, and every output. */
export const SSO_FLAGS: readonly FlagSpec[] = [
  SSO_PROFILE_FLAG,
  {
    name: "write-cli-cache",
    type: "boolean",
    env: ["OKTA_AWS_SSO_WRITE_CLI_CACHE"],
    help: {
      en: "Also write the AWS CLI's role-credential cache (~/.aws/cli/cache)",
      ko: "AWS CLI 의 역할 자격 증명 캐시(~/.aws/cli/cache)에도 기록",
    },
  },
];

/** `okta-aws sso`'s --aws-region: only the output's region (the portal's is sso_region). */
export const SSO_REGION_FLAG: FlagSpec = {
  ...DELIVERY_FLAGS.find((f) => f.name === "aws-region")!,
  help: {
    en: "Region to deliver with the credentials (default: the profile's region)",
    ko: "자격 증명과 함께 내보낼 리전 (기본: 프로필의 region)",
  },
};

export const SSO_LOGOUT_FLAGS: readonly FlagSpec[] = [
  {
    ...SSO_SESSION_FLAG,
    help: {
      en: "Sign out of this session only (default: every session)",
      ko: "이 세션에서만 로그아웃 (기본: 모든 세션)",
    },
  },
];

export const SSO_REMOVE_FLAGS: readonly FlagSpec[] = [
  {
    ...SSO_PROFILE_FLAG,
    env: [],
    needsTrust: false,
    help: { en: "Remove this profile's section", ko: "이 프로필 섹션 삭제" },
  },
  {
    ...SSO_SESSION_FLAG,
    help: {
      en: "Remove this sso-session section and the profiles that use it",
      ko: "이 sso-session 섹션과 이를 쓰는 프로필 삭제",
    },
  },
];

/** `profiles sync`: its own flags; the sign-in flags are web's (and sso login's). */
export const PROFILES_SYNC_FLAGS: readonly FlagSpec[] = [
  {
    ...SSO_SESSION_FLAG,
    help: {
      en:
        "Sync the accounts and roles of this IAM Identity Center session instead of the Federation apps",
      ko: "Federation 앱 대신 이 IAM Identity Center 세션의 계정과 역할을 동기화",
    },
  },
  {
    name: "prune",
    type: "boolean",
    env: [],
    help: {
      en: "Remove the profiles a sync wrote for roles you no longer reach",
      ko: "동기화가 만든 프로필 중 더는 닿을 수 없는 역할의 것을 삭제",
    },
  },
  {
    name: "dry-run",
    type: "boolean",
    env: [],
    help: {
      en: "Print the changes to the config file as a diff; write nothing",
      ko: "config 파일의 변경을 diff 로 출력만 하고 쓰지 않음",
    },
  },
  {
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
  },
];
