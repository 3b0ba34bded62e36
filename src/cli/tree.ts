// The command tree: every command and subcommand with its flags, its help text and the module
// that runs it. The parser, --help, the README flag tables, the okta.yaml key check and the
// compile includes all read this one definition. Modules load only when their command runs;
// this one is on every start-up path, so it stays plain data and small functions.
import type { FlagSpec } from "../config/flag_spec.ts";
import type { Lang } from "../i18n/messages.ts";
import { PLUGIN_FLAGS, pluginModules } from "../../plugins/mod.ts";

// --- Flags, grouped by who owns them (okta-aws-cli 2.x names, short letters, variables);
// output plugins declare their own (plugins/mod.ts).

/** Taken by every command. */
export const GLOBAL_FLAGS: readonly FlagSpec[] = [
  {
    name: "debug",
    short: "g",
    type: "boolean",
    env: ["OKTA_AWSCLI_DEBUG"],
    description: "Print what okta-aws does, and stack traces of errors",
    descriptionKo: "동작 과정과 오류의 스택 트레이스 출력",
  },
  {
    name: "lang",
    type: "string",
    arg: "lang",
    env: ["OKTA_AWS_LANG"],
    description: "Message language: en or ko (default from LANG)",
    descriptionKo: "메시지 언어: en 또는 ko (기본은 LANG 기준)",
  },
  {
    name: "ca-bundle",
    needsTrust: true,
    type: "string",
    arg: "file",
    env: ["AWS_CA_BUNDLE"],
    description:
      "PEM file of CA certificates to trust as well (else ca_bundle of the AWS profile); added to Deno's roots and the OS store",
    descriptionKo:
      "함께 신뢰할 CA 인증서 PEM 파일 (없으면 AWS 프로필의 ca_bundle); Deno 기본 루트와 OS 저장소에 더해짐",
  },
];

/** Which Okta org and OIDC client: every Okta flow, and logout (org only). */
export const ORG_FLAGS: readonly FlagSpec[] = [
  {
    name: "org-domain",
    needsTrust: true,
    short: "o",
    type: "string",
    arg: "domain",
    env: ["OKTA_AWSCLI_ORG_DOMAIN", "OKTA_ORG_DOMAIN"],
    description: "Okta org domain, e.g. acme.okta.com",
    descriptionKo: "Okta 조직 도메인 (예: acme.okta.com)",
  },
  {
    name: "oidc-client-id",
    short: "c",
    type: "string",
    arg: "id",
    env: ["OKTA_AWSCLI_OIDC_CLIENT_ID", "OKTA_OIDC_CLIENT_ID"],
    description: 'Client ID of the OIDC native app ("AWS CLI")',
    descriptionKo: 'OIDC 네이티브 앱("AWS CLI")의 Client ID',
  },
];

/** Only `okta-aws web` (SAML federation). */
export const WEB_FLAGS: readonly FlagSpec[] = [
  {
    name: "aws-acct-fed-app-id",
    short: "a",
    type: "string",
    arg: "id",
    env: ["OKTA_AWSCLI_AWS_ACCOUNT_FEDERATION_APP_ID", "OKTA_AWS_ACCOUNT_FEDERATION_APP_ID"],
    description: "AWS Account Federation app ID (found through appLinks when unset)",
    descriptionKo: "AWS Account Federation 앱 ID (없으면 appLinks로 찾음)",
  },
  {
    name: "aws-iam-idp",
    short: "i",
    type: "string",
    arg: "arn-or-label",
    env: ["OKTA_AWSCLI_IAM_IDP"],
    description: "Preset IAM identity provider: an ARN or an okta.yaml idps label",
    descriptionKo: "미리 정한 IAM 자격 증명 공급자: ARN 또는 okta.yaml idps 레이블",
  },
  {
    name: "aws-iam-role",
    short: "r",
    type: "string",
    arg: "arn-or-label",
    env: ["OKTA_AWSCLI_IAM_ROLE"],
    description: "Preset IAM role: an ARN or an okta.yaml roles label",
    descriptionKo: "미리 정한 IAM 역할: ARN 또는 okta.yaml roles 레이블",
  },
  {
    name: "aws-session-duration",
    aliases: ["session-duration"],
    short: "s",
    type: "string",
    arg: "seconds",
    env: ["OKTA_AWSCLI_SESSION_DURATION"],
    description:
      "Session duration in seconds, 900-43200 (default: the app's SessionDuration, else 3600)",
    descriptionKo: "세션 시간(초), 900-43200 (기본: 앱의 SessionDuration, 없으면 3600)",
  },
  {
    name: "all-profiles",
    short: "k",
    type: "boolean",
    env: ["OKTA_AWSCLI_ALL_PROFILES"],
    description: "Write a profile for every role of every Federation app",
    descriptionKo: "모든 Federation 앱의 모든 역할을 프로필로 기록",
  },
  {
    name: "profile-name-template",
    type: "string",
    arg: "template",
    env: ["OKTA_AWS_PROFILE_NAME_TEMPLATE"],
    description:
      "--all-profiles names: okta-aws-cli ({alias}-{idp}-{role}, default), label, or a template of {alias} {account} {idp} {role} {role-name} {label}",
    descriptionKo:
      "--all-profiles 이름: okta-aws-cli ({alias}-{idp}-{role}, 기본), label, 또는 {alias} {account} {idp} {role} {role-name} {label} 로 만든 틀",
  },
  {
    name: "open-browser",
    short: "b",
    type: "boolean",
    env: ["OKTA_AWSCLI_OPEN_BROWSER"],
    description: "Open the activation URL in the system browser",
    descriptionKo: "활성화 URL을 시스템 브라우저로 열기",
  },
  {
    name: "qr-code",
    short: "q",
    type: "boolean",
    env: ["OKTA_AWSCLI_QR_CODE"],
    description: "Print a QR code of the activation URL",
    descriptionKo: "활성화 URL의 QR 코드 출력",
  },
  {
    name: "cache-access-token",
    short: "e",
    type: "boolean",
    env: ["OKTA_AWSCLI_CACHE_ACCESS_TOKEN"],
    description: "Cache the Okta access token to avoid the browser next time",
    descriptionKo: "다음 실행 때 브라우저를 피하도록 Okta 액세스 토큰 캐시",
  },
  {
    name: "refresh-token",
    type: "boolean",
    env: ["OKTA_AWSCLI_REFRESH_TOKEN"],
    description: "Ask for offline_access: a refresh token renews the Okta session silently",
    descriptionKo: "offline_access 요청: 리프레시 토큰으로 Okta 세션을 조용히 갱신",
  },
  {
    name: "short-user-agent",
    short: "y",
    type: "boolean",
    env: ["OKTA_AWSCLI_SHORT_USER_AGENT", "OKTA_AWSCLI_DEBUG_SHORT_USER_AGENT"],
    description: 'Send User-Agent "okta-aws-cli" (for Okta policy rules)',
    descriptionKo: 'User-Agent 를 "okta-aws-cli" 로 전송 (Okta 정책 규칙용)',
  },
  {
    name: "debug-api-calls",
    short: "d",
    type: "boolean",
    env: ["OKTA_AWSCLI_DEBUG_API_CALLS"],
    description: "Print every API call; tokens and secrets are redacted",
    descriptionKo: "모든 API 호출 출력 (토큰과 비밀 값은 가림)",
  },
];

/** Every credential flow: where the credentials go and how they are cached. */
export const DELIVERY_FLAGS: readonly FlagSpec[] = [
  {
    name: "aws-region",
    short: "n",
    type: "string",
    arg: "region",
    env: ["OKTA_AWSCLI_AWS_REGION"],
    description: "AWS region for STS and the output (else AWS_REGION, AWS_DEFAULT_REGION)",
    descriptionKo: "STS와 출력에 쓸 AWS 리전 (없으면 AWS_REGION, AWS_DEFAULT_REGION)",
  },
  {
    name: "format",
    needsTrust: true,
    short: "f",
    type: "string",
    arg: "name",
    env: ["OKTA_AWSCLI_FORMAT"],
    description:
      "Output: env-var, aws-credentials, process-credentials, noop, or an okta-aws-output-<name> plugin",
    descriptionKo:
      "출력 형식: env-var, aws-credentials, process-credentials, noop, 또는 okta-aws-output-<이름> 플러그인",
  },
  {
    name: "profile",
    needsTrust: true,
    short: "p",
    type: "string",
    arg: "name",
    env: ["OKTA_AWSCLI_PROFILE"],
    description: 'AWS profile to write, and the okta.yaml profile to read (default "default")',
    descriptionKo: 'AWS 프로필 이름이자 읽을 okta.yaml 프로필 (기본 "default")',
  },
  {
    name: "write-aws-credentials",
    needsTrust: true,
    short: "z",
    type: "boolean",
    env: ["OKTA_AWSCLI_WRITE_AWS_CREDENTIALS"],
    description: "Update the profile in the credentials file (implies --format aws-credentials)",
    descriptionKo: "자격 증명 파일의 프로필을 갱신 (--format aws-credentials 와 같음)",
  },
  {
    name: "exec",
    short: "j",
    type: "boolean",
    env: ["OKTA_AWSCLI_EXEC"],
    description: "Run the command after -- with the credentials in its environment",
    descriptionKo: "-- 뒤의 명령을 자격 증명 환경 변수와 함께 실행",
  },
  {
    name: "refresh-window",
    type: "string",
    arg: "duration",
    env: ["OKTA_AWS_REFRESH_WINDOW"],
    description: "Refresh cached credentials with less than this left (default 10m; 90s, 1h)",
    descriptionKo: "남은 시간이 이보다 짧으면 캐시된 자격 증명을 갱신 (기본 10m; 90s, 1h)",
  },
];

/** okta-aws-cli's flags of web that m2m and direct take too, by name. */
function webFlag(name: string): FlagSpec {
  return WEB_FLAGS.find((f) => f.name === name)!;
}

/** The role m2m and direct assume with the Okta access token. */
const ROLE_ARN_FLAG: FlagSpec = {
  ...webFlag("aws-iam-role"),
  arg: "arn",
  description: "IAM role ARN to assume with the Okta access token (required)",
  descriptionKo: "Okta 액세스 토큰으로 맡을 IAM 역할 ARN (필수)",
};

/** The headless flows have no app to read a SessionDuration from. */
const HEADLESS_DURATION_FLAG: FlagSpec = {
  ...webFlag("aws-session-duration"),
  description: "Session duration in seconds, 900-43200 (default 3600)",
  descriptionKo: "세션 시간(초), 900-43200 (기본 3600)",
};

/** m2m's client is an API service app, not the native app of web. */
const M2M_CLIENT_FLAG: FlagSpec = {
  ...ORG_FLAGS[1]!,
  description: "Client ID of the Okta API service app (private_key_jwt)",
  descriptionKo: "Okta API 서비스 앱의 Client ID (private_key_jwt)",
};

/** The STS session name of m2m and direct's role, and of every --chain hop. */
const SESSION_NAME_FLAG: FlagSpec = {
  name: "aws-sts-role-session-name",
  short: "q",
  type: "string",
  arg: "name",
  env: ["OKTA_AWSCLI_STS_ROLE_SESSION_NAME"],
  description: 'STS role session name (m2m, direct: default "okta-aws-cli"; --chain: "okta-aws")',
  descriptionKo: 'STS 역할 세션 이름 (m2m, direct: 기본 "okta-aws-cli"; --chain: "okta-aws")',
};

/** Both headless flows: the authorization server and the STS session name. */
const HEADLESS_FLAGS: readonly FlagSpec[] = [
  {
    name: "authz-id",
    short: "u",
    type: "string",
    arg: "id",
    env: ["OKTA_AWSCLI_AUTHZ_ID"],
    description: 'Custom authorization server ID (default "default"; "org": the org server)',
    descriptionKo: '사용자 지정 권한 서버 ID (기본 "default"; "org": 조직 권한 서버)',
  },
  SESSION_NAME_FLAG,
  webFlag("short-user-agent"),
  webFlag("debug-api-calls"),
];

/** Every flow: second hops after the flow's role (`sts:AssumeRole`). */
export const CHAIN_FLAGS: readonly FlagSpec[] = [
  {
    name: "chain",
    type: "string",
    arg: "role-arn",
    repeatable: true,
    env: ["OKTA_AWS_CHAIN"],
    description: "Then assume this role with sts:AssumeRole (repeat, or commas, for more hops)",
    descriptionKo: "그다음 sts:AssumeRole 로 이 역할을 맡기 (여러 번 또는 쉼표로 여러 단계)",
  },
  {
    name: "external-id",
    type: "string",
    arg: "id",
    env: ["OKTA_AWS_EXTERNAL_ID"],
    description: "--chain: the ExternalId the role's trust policy asks for",
    descriptionKo: "--chain: 역할 신뢰 정책이 요구하는 ExternalId",
  },
  {
    name: "source-identity",
    type: "string",
    arg: "name",
    env: ["OKTA_AWS_SOURCE_IDENTITY"],
    description: "--chain: the SourceIdentity to set on the chained sessions",
    descriptionKo: "--chain: 체이닝한 세션에 설정할 SourceIdentity",
  },
];

/** web and sso take the session name for their --chain hops (no letter: web's -q is --qr-code). */
const CHAIN_SESSION_NAME: FlagSpec = { ...SESSION_NAME_FLAG, short: undefined };

/** Only `okta-aws m2m` (okta-aws-cli 2.x letters). */
export const M2M_FLAGS: readonly FlagSpec[] = [
  {
    name: "key-id",
    short: "i",
    type: "string",
    arg: "kid",
    env: ["OKTA_AWSCLI_KEY_ID"],
    description: "Key ID (kid) of the public key registered with the API service app (required)",
    descriptionKo: "API 서비스 앱에 등록한 공개 키의 Key ID (kid) (필수)",
  },
  {
    name: "private-key-file",
    short: "b",
    type: "string",
    arg: "path",
    env: ["OKTA_AWSCLI_PRIVATE_KEY_FILE"],
    description: "PEM private key file: PKCS#8, PKCS#1 or SEC1; RSA or EC",
    descriptionKo: "PEM 개인 키 파일: PKCS#8, PKCS#1, SEC1; RSA 또는 EC",
  },
  {
    name: "private-key",
    short: "k",
    type: "string",
    arg: "pem",
    env: ["OKTA_AWSCLI_PRIVATE_KEY"],
    description: "The PEM private key itself (\\n for newlines); prefer the file or the variable",
    descriptionKo: "PEM 개인 키 내용 (줄바꿈은 \\n); 파일이나 환경 변수를 권장",
  },
  {
    name: "custom-scope",
    short: "m",
    type: "string",
    arg: "scope",
    env: ["OKTA_AWSCLI_CUSTOM_SCOPE"],
    description: 'Scope to ask for (default "okta-m2m-access")',
    descriptionKo: '요청할 범위 (기본 "okta-m2m-access")',
  },
];

/** Only `okta-aws direct` (okta-aws-cli 2.x letters). */
export const DIRECT_FLAGS: readonly FlagSpec[] = [
  {
    name: "username",
    short: "a",
    type: "string",
    arg: "name",
    env: ["OKTA_AWSCLI_USERNAME"],
    description: "Okta username (required)",
    descriptionKo: "Okta 사용자 이름 (필수)",
  },
  {
    name: "password",
    short: "b",
    type: "string",
    arg: "password",
    env: ["OKTA_AWSCLI_PASSWORD"],
    description: "Okta password; prefer OKTA_AWSCLI_PASSWORD or the prompt (echo off)",
    descriptionKo: "Okta 비밀번호; OKTA_AWSCLI_PASSWORD 나 입력 프롬프트(화면에 안 보임)를 권장",
  },
];

/** `okta-aws status`. */
export const STATUS_FLAGS: readonly FlagSpec[] = [
  {
    name: "json",
    type: "boolean",
    env: [],
    description: "Print JSON on stdout instead of a table on stderr",
    descriptionKo: "stderr 의 표 대신 JSON 을 stdout 에 출력",
  },
];

/** `okta-aws logout`: the org only from the command line, so that a variable set for sign-ins
 * never narrows a logout by surprise. */
export const LOGOUT_FLAGS: readonly FlagSpec[] = [{
  ...ORG_FLAGS[0]!,
  env: [],
  description: "Remove only this org's sessions and credentials",
  descriptionKo: "이 조직의 세션과 자격 증명만 삭제",
}];

/** The flags of every credential flow's output: selection plus each plugin's own. */
export const OUTPUT_FLAGS: readonly FlagSpec[] = [...DELIVERY_FLAGS, ...PLUGIN_FLAGS];

/** The AWS config profile an Identity Center command reads (`aws --profile`). */
export const SSO_PROFILE_FLAG: FlagSpec = {
  name: "profile",
  needsTrust: true,
  short: "p",
  type: "string",
  arg: "name",
  env: ["AWS_PROFILE"],
  description:
    'AWS config profile with sso_session or sso_start_url (default AWS_PROFILE, else "default")',
  descriptionKo:
    'sso_session 또는 sso_start_url 이 있는 AWS config 프로필 (기본 AWS_PROFILE, 없으면 "default")',
};

const SSO_SESSION_FLAG: FlagSpec = {
  name: "sso-session",
  type: "string",
  arg: "name",
  env: [],
  description: "The [sso-session NAME] of the config file",
  descriptionKo: "config 파일의 [sso-session 이름]",
};

/** How `sso login` (and `sso configure`, which signs in) reaches the browser. */
const SSO_SIGN_IN_FLAGS: readonly FlagSpec[] = [
  {
    name: "use-device-code",
    type: "boolean",
    env: ["OKTA_AWS_SSO_USE_DEVICE_CODE"],
    description: "Sign in with a device code instead of a 127.0.0.1 callback (default over SSH)",
    descriptionKo: "127.0.0.1 콜백 대신 장치 코드로 로그인 (SSH 에서는 기본)",
  },
  {
    name: "no-browser",
    type: "boolean",
    env: ["OKTA_AWS_SSO_NO_BROWSER"],
    description: "Print the sign-in URL instead of opening a browser",
    descriptionKo: "브라우저를 열지 않고 로그인 URL 출력",
  },
  {
    name: "qr-code",
    short: "q",
    type: "boolean",
    env: ["OKTA_AWSCLI_QR_CODE"],
    description: "Print a QR code of the sign-in URL",
    descriptionKo: "로그인 URL의 QR 코드 출력",
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
    description: "Sign in even when the cached token is still valid",
    descriptionKo: "캐시된 토큰이 유효해도 다시 로그인",
  },
];

function answer(name: string, arg: string, en: string, ko: string): FlagSpec {
  return { name, type: "string", arg, env: [], description: en, descriptionKo: ko };
}

/** `okta-aws sso configure`: a flag for every question of `aws configure sso`. */
export const SSO_CONFIGURE_FLAGS: readonly FlagSpec[] = [
  {
    ...SSO_SESSION_FLAG,
    description: "SSO session name (none: the legacy profile format)",
    descriptionKo: "SSO 세션 이름 (없으면 레거시 프로필 형식)",
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
    description: "Profile name to write (default {role}-{account id})",
    descriptionKo: "기록할 프로필 이름 (기본 {역할}-{계정 ID})",
  },
  {
    name: "default",
    type: "boolean",
    env: [],
    description: "Write the profile as [default]: no --profile needed afterwards",
    descriptionKo: "프로필을 [default] 로 기록: 이후 --profile 불필요",
  },
  {
    name: "all",
    type: "boolean",
    env: [],
    description: "One profile per account and role you can reach; existing ones are kept",
    descriptionKo: "접근 가능한 계정과 역할마다 프로필 하나; 기존 프로필은 유지",
  },
  {
    name: "profile-name-template",
    type: "string",
    arg: "template",
    env: ["OKTA_AWS_SSO_PROFILE_NAME_TEMPLATE"],
    description:
      "--all names from {account_name} {account_id} {role_name} {session} (default {account_name}-{role_name})",
    descriptionKo:
      "--all 이름 틀: {account_name} {account_id} {role_name} {session} (기본 {account_name}-{role_name})",
  },
  {
    name: "prune",
    type: "boolean",
    env: [],
    description: "With --all: remove this session's profiles whose account or role is gone",
    descriptionKo: "--all 과 함께: 계정이나 역할이 없어진 이 세션의 프로필 삭제",
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
    description: "Also write the AWS CLI's role-credential cache (~/.aws/cli/cache)",
    descriptionKo: "AWS CLI 의 역할 자격 증명 캐시(~/.aws/cli/cache)에도 기록",
  },
];

/** `okta-aws sso`'s --aws-region: only the output's region (the portal's is sso_region). */
const SSO_REGION_FLAG: FlagSpec = {
  ...DELIVERY_FLAGS.find((f) => f.name === "aws-region")!,
  description: "Region to deliver with the credentials (default: the profile's region)",
  descriptionKo: "자격 증명과 함께 내보낼 리전 (기본: 프로필의 region)",
};

export const SSO_LOGOUT_FLAGS: readonly FlagSpec[] = [
  {
    ...SSO_SESSION_FLAG,
    description: "Sign out of this session only (default: every session)",
    descriptionKo: "이 세션에서만 로그아웃 (기본: 모든 세션)",
  },
];

export const SSO_REMOVE_FLAGS: readonly FlagSpec[] = [
  {
    ...SSO_PROFILE_FLAG,
    env: [],
    needsTrust: false,
    description: "Remove this profile's section",
    descriptionKo: "이 프로필 섹션 삭제",
  },
  {
    ...SSO_SESSION_FLAG,
    description: "Remove this sso-session section and the profiles that use it",
    descriptionKo: "이 sso-session 섹션과 이를 쓰는 프로필 삭제",
  },
];

// --- Commands

export interface Text {
  en: string;
  ko: string;
}

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

export const TRUST_FLAGS: readonly FlagSpec[] = [{
  name: "forget",
  type: "boolean",
  env: [],
  description: "Stop trusting the file",
  descriptionKo: "파일 신뢰를 취소",
}];

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
      description: 'The okta.yaml profile to check with (default "default")',
      descriptionKo: '점검에 쓸 okta.yaml 프로필 (기본 "default")',
    },
    STATUS_FLAGS[0]!,
  ],
  module: "doctor.ts",
  profile: true,
  examples: ["okta-aws doctor -o acme.okta.com -c 0oa...", "okta-aws doctor --json"],
};

/** `profiles sync`: its own flags; the sign-in flags are web's (and sso login's). */
export const PROFILES_SYNC_FLAGS: readonly FlagSpec[] = [
  {
    ...SSO_SESSION_FLAG,
    description:
      "Sync the accounts and roles of this IAM Identity Center session instead of the Federation apps",
    descriptionKo: "Federation 앱 대신 이 IAM Identity Center 세션의 계정과 역할을 동기화",
  },
  {
    name: "prune",
    type: "boolean",
    env: [],
    description: "Remove the profiles a sync wrote for roles you no longer reach",
    descriptionKo: "동기화가 만든 프로필 중 더는 닿을 수 없는 역할의 것을 삭제",
  },
  {
    name: "dry-run",
    type: "boolean",
    env: [],
    description: "Print the changes to the config file as a diff; write nothing",
    descriptionKo: "config 파일의 변경을 diff 로 출력만 하고 쓰지 않음",
  },
  {
    name: "command",
    needsTrust: true,
    type: "string",
    arg: "command",
    env: ["OKTA_AWS_SYNC_COMMAND"],
    description:
      "The okta-aws that credential_process runs (default: this binary, or deno run ... main.ts)",
    descriptionKo:
      "credential_process 가 실행할 okta-aws (기본: 이 바이너리, 또는 deno run ... main.ts)",
  },
];

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
      description: "The region each profile gets (with --sso-session default: the session's)",
      descriptionKo: "각 프로필에 쓸 리전 (--sso-session 이면 기본: 세션의 리전)",
    },
    {
      ...DELIVERY_FLAGS.find((f) => f.name === "profile")!,
      description: 'The okta.yaml profile to sync with (default "default")',
      descriptionKo: '동기화에 쓸 okta.yaml 프로필 (기본 "default")',
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
