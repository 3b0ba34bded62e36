// The flags more than one command takes, each a named constant (declared with flag(), so a
// command's values are typed from its list), with okta-aws-cli 2.x names, letters and variables.
// A flag only one command group takes lives in that group's spec.ts; output plugins declare
// their own (plugins/mod.ts). Plain data, on every start-up path with the tree.
import { flag } from "../config/flag_spec.ts";
import { PLUGIN_FLAGS } from "../../plugins/mod.ts";

// Taken by every command.
export const DEBUG = flag({
  name: "debug",
  short: "g",
  type: "boolean",
  env: ["OKTA_AWSCLI_DEBUG"],
  help: {
    en: "Print what okta-aws does, and stack traces of errors",
    ko: "동작 과정과 오류의 스택 트레이스 출력",
  },
});
export const LANG = flag({
  name: "lang",
  type: "string",
  arg: "lang",
  env: ["OKTA_AWS_LANG"],
  help: {
    en: "Message language: en or ko (default from LANG)",
    ko: "메시지 언어: en 또는 ko (기본은 LANG 기준)",
  },
});
export const CA_BUNDLE = flag({
  name: "ca-bundle",
  needsTrust: true,
  type: "string",
  arg: "file",
  env: ["AWS_CA_BUNDLE"],
  help: {
    en:
      "PEM file of CA certificates to trust as well (else ca_bundle of the AWS profile); added to Deno's roots and the OS store",
    ko:
      "함께 신뢰할 CA 인증서 PEM 파일 (없으면 AWS 프로필의 ca_bundle); Deno 기본 루트와 OS 저장소에 더해짐",
  },
});

export const TOKEN_STORE = flag({
  name: "token-store",
  needsTrust: true,
  type: "string",
  arg: "store",
  env: ["OKTA_AWS_TOKEN_STORE"],
  help: {
    en:
      "Where okta-aws keeps its tokens and cached credentials: keychain or file (default: the keychain where one answers); a change moves them",
    ko:
      "okta-aws 가 토큰과 캐시된 자격 증명을 두는 곳: keychain 또는 file (기본: 응답하는 키체인이 있으면 키체인); 바꾸면 옮겨짐",
  },
});

/** Taken by every command. */
export const GLOBAL_FLAGS = [DEBUG, LANG, CA_BUNDLE, TOKEN_STORE] as const;

// Which Okta org and OIDC client: every Okta flow, doctor, profiles sync (logout: the org).
export const ORG_DOMAIN = flag({
  name: "org-domain",
  needsTrust: true,
  short: "o",
  type: "string",
  arg: "domain",
  env: ["OKTA_AWSCLI_ORG_DOMAIN", "OKTA_ORG_DOMAIN"],
  help: { en: "Okta org domain, e.g. acme.okta.com", ko: "Okta 조직 도메인 (예: acme.okta.com)" },
});
export const OIDC_CLIENT_ID = flag({
  name: "oidc-client-id",
  short: "c",
  type: "string",
  arg: "id",
  env: ["OKTA_AWSCLI_OIDC_CLIENT_ID", "OKTA_OIDC_CLIENT_ID"],
  help: {
    en: 'Client ID of the OIDC native app ("AWS CLI")',
    ko: 'OIDC 네이티브 앱("AWS CLI")의 Client ID',
  },
});

export const ORG_FLAGS = [ORG_DOMAIN, OIDC_CLIENT_ID] as const;

// okta-aws-cli's flags of web that other commands take too (profiles sync, doctor, m2m, direct).
export const AWS_ACCT_FED_APP_ID = flag({
  name: "aws-acct-fed-app-id",
  short: "a",
  type: "string",
  arg: "id",
  env: ["OKTA_AWSCLI_AWS_ACCOUNT_FEDERATION_APP_ID", "OKTA_AWS_ACCOUNT_FEDERATION_APP_ID"],
  help: {
    en: "AWS Account Federation app ID (found through appLinks when unset)",
    ko: "AWS Account Federation 앱 ID (없으면 appLinks로 찾음)",
  },
});
export const AWS_IAM_ROLE = flag({
  name: "aws-iam-role",
  short: "r",
  type: "string",
  arg: "arn-or-label",
  env: ["OKTA_AWSCLI_IAM_ROLE"],
  help: {
    en: "Preset IAM role: an ARN or an okta.yaml roles label",
    ko: "미리 정한 IAM 역할: ARN 또는 okta.yaml roles 레이블",
  },
});
export const AWS_SESSION_DURATION = flag({
  name: "aws-session-duration",
  aliases: ["session-duration"],
  short: "s",
  type: "string",
  arg: "duration",
  env: ["OKTA_AWSCLI_SESSION_DURATION"],
  help: {
    en:
      "Session duration: seconds 900-43200, or 15m-12h (default: the app's SessionDuration, else 1h)",
    ko: "세션 시간: 900-43200 초, 또는 15m-12h (기본: 앱의 SessionDuration, 없으면 1h)",
  },
});
/** web's --all-profiles: the sign-in of many roles (read by --chain, which refuses it). */
export const ALL_PROFILES = flag({
  name: "all-profiles",
  short: "k",
  type: "boolean",
  env: ["OKTA_AWSCLI_ALL_PROFILES"],
  help: {
    en: "Write a profile for every role of every Federation app",
    ko: "모든 Federation 앱의 모든 역할을 프로필로 기록",
  },
});
export const PROFILE_NAME_TEMPLATE = flag({
  name: "profile-name-template",
  type: "string",
  arg: "template",
  env: ["OKTA_AWS_PROFILE_NAME_TEMPLATE"],
  help: {
    en:
      "--all-profiles names: okta-aws-cli ({alias}-{idp}-{role}, default), label, or a template of {alias} {account} {idp} {role} {role-name} {label}",
    ko:
      "--all-profiles 이름: okta-aws-cli ({alias}-{idp}-{role}, 기본), label, 또는 {alias} {account} {idp} {role} {role-name} {label} 로 만든 틀",
  },
});
export const OPEN_BROWSER = flag({
  name: "open-browser",
  short: "b",
  type: "boolean",
  env: ["OKTA_AWSCLI_OPEN_BROWSER"],
  help: {
    en: "Open the activation URL in the system browser",
    ko: "활성화 URL을 시스템 브라우저로 열기",
  },
});
export const QR_CODE = flag({
  name: "qr-code",
  short: "q",
  type: "boolean",
  env: ["OKTA_AWSCLI_QR_CODE"],
  help: { en: "Print a QR code of the activation URL", ko: "활성화 URL의 QR 코드 출력" },
});
export const REFRESH_TOKEN = flag({
  name: "refresh-token",
  type: "boolean",
  env: ["OKTA_AWSCLI_REFRESH_TOKEN"],
  help: {
    en: "Ask for offline_access: a refresh token renews the Okta session silently",
    ko: "offline_access 요청: 리프레시 토큰으로 Okta 세션을 조용히 갱신",
  },
});
export const SHORT_USER_AGENT = flag({
  name: "short-user-agent",
  short: "y",
  type: "boolean",
  env: ["OKTA_AWSCLI_SHORT_USER_AGENT", "OKTA_AWSCLI_DEBUG_SHORT_USER_AGENT"],
  help: {
    en: 'Send User-Agent "okta-aws-cli" (for Okta policy rules)',
    ko: 'User-Agent 를 "okta-aws-cli" 로 전송 (Okta 정책 규칙용)',
  },
});
export const DEBUG_API_CALLS = flag({
  name: "debug-api-calls",
  short: "d",
  type: "boolean",
  env: ["OKTA_AWSCLI_DEBUG_API_CALLS"],
  help: {
    en: "Print every API call; tokens and secrets are redacted",
    ko: "모든 API 호출 출력 (토큰과 비밀 값은 가림)",
  },
});

// Every credential flow: where the credentials go and how they are cached.
export const AWS_REGION = flag({
  name: "aws-region",
  short: "n",
  type: "string",
  arg: "region",
  env: ["OKTA_AWSCLI_AWS_REGION"],
  help: {
    en: "AWS region for STS and the output (else AWS_REGION, AWS_DEFAULT_REGION)",
    ko: "STS와 출력에 쓸 AWS 리전 (없으면 AWS_REGION, AWS_DEFAULT_REGION)",
  },
});
export const FORMAT = flag({
  name: "format",
  needsTrust: true,
  short: "f",
  type: "string",
  arg: "name",
  env: ["OKTA_AWSCLI_FORMAT"],
  help: {
    en:
      "Output: env-var, aws-credentials, process-credentials, noop, or an okta-aws-output-<name> plugin",
    ko:
      "출력 형식: env-var, aws-credentials, process-credentials, noop, 또는 okta-aws-output-<이름> 플러그인",
  },
});
export const PROFILE = flag({
  name: "profile",
  needsTrust: true,
  short: "p",
  type: "string",
  arg: "name",
  env: ["OKTA_AWSCLI_PROFILE"],
  help: {
    en: 'AWS profile to write, and the okta.yaml profile to read (default "default")',
    ko: 'AWS 프로필 이름이자 읽을 okta.yaml 프로필 (기본 "default")',
  },
});
export const WRITE_AWS_CREDENTIALS = flag({
  name: "write-aws-credentials",
  needsTrust: true,
  short: "z",
  type: "boolean",
  env: ["OKTA_AWSCLI_WRITE_AWS_CREDENTIALS"],
  help: {
    en: "Update the profile in the credentials file (implies --format aws-credentials)",
    ko: "자격 증명 파일의 프로필을 갱신 (--format aws-credentials 와 같음)",
  },
});
export const EXEC = flag({
  name: "exec",
  short: "j",
  type: "boolean",
  env: ["OKTA_AWSCLI_EXEC"],
  help: {
    en: "Run the command after -- with the credentials in its environment",
    ko: "-- 뒤의 명령을 자격 증명 환경 변수와 함께 실행",
  },
});
export const REFRESH_WINDOW = flag({
  name: "refresh-window",
  type: "string",
  arg: "duration",
  env: ["OKTA_AWS_REFRESH_WINDOW"],
  help: {
    en: "Refresh cached credentials with less than this left (default 10m; 90s, 1h)",
    ko: "남은 시간이 이보다 짧으면 캐시된 자격 증명을 갱신 (기본 10m; 90s, 1h)",
  },
});

export const DELIVERY_FLAGS = [
  AWS_REGION,
  FORMAT,
  PROFILE,
  WRITE_AWS_CREDENTIALS,
  EXEC,
  REFRESH_WINDOW,
] as const;

/** The flags of every credential flow's output: selection plus each plugin's own. */
export const OUTPUT_FLAGS = [...DELIVERY_FLAGS, ...PLUGIN_FLAGS] as const;

/** The STS session name of m2m and direct's role, and of every --chain hop. */
export const SESSION_NAME = flag({
  name: "aws-sts-role-session-name",
  short: "q",
  type: "string",
  arg: "name",
  env: ["OKTA_AWSCLI_STS_ROLE_SESSION_NAME"],
  help: {
    en:
      "STS role session name, CloudTrail's name of you (default: m2m the client id, direct your login, each --chain hop the hop before's)",
    ko:
      "STS 역할 세션 이름, CloudTrail 에 남는 이름 (기본: m2m 은 클라이언트 ID, direct 는 로그인 이름, --chain 단계는 앞 단계의 이름)",
  },
});

/** web and sso take the session name for their --chain hops (no letter: web's -q is --qr-code). */
export const CHAIN_SESSION_NAME = flag({ ...SESSION_NAME, short: undefined });

// Every flow: second hops after the flow's role (`sts:AssumeRole`).
export const CHAIN = flag({
  name: "chain",
  type: "string",
  arg: "role-arn",
  repeatable: true,
  env: ["OKTA_AWS_CHAIN"],
  help: {
    en: "Then assume this role with sts:AssumeRole (repeat, or commas, for more hops)",
    ko: "그다음 sts:AssumeRole 로 이 역할을 맡기 (여러 번 또는 쉼표로 여러 단계)",
  },
});
export const EXTERNAL_ID = flag({
  name: "external-id",
  type: "string",
  arg: "id",
  env: ["OKTA_AWS_EXTERNAL_ID"],
  help: {
    en: "--chain: the ExternalId the role's trust policy asks for",
    ko: "--chain: 역할 신뢰 정책이 요구하는 ExternalId",
  },
});
export const SOURCE_IDENTITY = flag({
  name: "source-identity",
  type: "string",
  arg: "name",
  env: ["OKTA_AWS_SOURCE_IDENTITY"],
  help: {
    en:
      "--chain: the SourceIdentity of the chained sessions; auto: your Okta login (the role's trust policy must allow sts:SetSourceIdentity)",
    ko:
      "--chain: 체이닝한 세션의 SourceIdentity; auto: Okta 로그인 이름 (역할의 신뢰 정책이 sts:SetSourceIdentity 를 허용해야 함)",
  },
});

export const CHAIN_FLAGS = [CHAIN, EXTERNAL_ID, SOURCE_IDENTITY] as const;

// Every flow: session policies, which narrow the session handed over (the flow's, or with
// --chain the last hop's) to the intersection of the role and the policies.
export const POLICY_ARN_FLAG = flag({
  name: "policy-arn",
  type: "string",
  arg: "arn",
  repeatable: true,
  env: ["OKTA_AWS_POLICY_ARN"],
  help: {
    en: "Narrow the session to this managed policy too (repeat, or commas; at most 10)",
    ko: "세션을 이 관리형 정책으로도 좁힘 (여러 번 또는 쉼표로; 최대 10개)",
  },
});
export const SESSION_POLICY = flag({
  name: "session-policy",
  type: "string",
  arg: "file",
  env: ["OKTA_AWS_SESSION_POLICY"],
  help: {
    en: "Narrow the session to this inline policy too (a JSON file, at most 2048 characters)",
    ko: "세션을 이 인라인 정책으로도 좁힘 (JSON 파일, 최대 2048자)",
  },
});
export const READ_ONLY = flag({
  name: "read-only",
  type: "boolean",
  env: ["OKTA_AWS_READ_ONLY"],
  help: {
    en:
      "Narrow the session to AWS's managed ReadOnlyAccess policy (for a coding agent or a CI step)",
    ko: "세션을 AWS 관리형 ReadOnlyAccess 정책으로 좁힘 (코딩 에이전트나 CI 단계용)",
  },
});
export const POLICY_FLAGS = [POLICY_ARN_FLAG, SESSION_POLICY, READ_ONLY] as const;

/** `status` and `doctor`: JSON on stdout. */
export const JSON = flag({
  name: "json",
  type: "boolean",
  env: [],
  help: {
    en: "Print JSON on stdout instead of a table on stderr",
    ko: "stderr 의 표 대신 JSON 을 stdout 에 출력",
  },
});
