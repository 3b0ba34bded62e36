// The headless commands: `okta-aws m2m` (private_key_jwt client credentials) and `okta-aws
// direct` (password and Okta Verify push), both then AssumeRoleWithWebIdentity, with the flags
// only they take (okta-aws-cli 2.x letters, which differ from web's).
import { flag } from "../../../config/flag_spec.ts";
import type { CommandSpec } from "../../command.ts";
import {
  AWS_IAM_ROLE,
  AWS_SESSION_DURATION,
  CHAIN_FLAGS,
  DEBUG_API_CALLS,
  OIDC_CLIENT_ID,
  ORG_DOMAIN,
  ORG_FLAGS,
  OUTPUT_FLAGS,
  POLICY_FLAGS,
  SESSION_NAME,
  SHORT_USER_AGENT,
} from "../../flags.ts";

/** The role m2m and direct assume with the Okta access token. */
export const ROLE_ARN = flag({
  ...AWS_IAM_ROLE,
  arg: "arn",
  help: {
    en: "IAM role ARN to assume with the Okta access token (required)",
    ko: "Okta 액세스 토큰으로 맡을 IAM 역할 ARN (필수)",
  },
});

/** The headless flows have no app to read a SessionDuration from. */
export const HEADLESS_DURATION = flag({
  ...AWS_SESSION_DURATION,
  help: {
    en: "Session duration: seconds 900-43200, or 15m-12h (default 1h)",
    ko: "세션 시간: 900-43200 초, 또는 15m-12h (기본 1h)",
  },
});

/** m2m's client is an API service app, not the native app of web. */
export const M2M_CLIENT_ID = flag({
  ...OIDC_CLIENT_ID,
  help: {
    en: "Client ID of the Okta API service app (private_key_jwt)",
    ko: "Okta API 서비스 앱의 Client ID (private_key_jwt)",
  },
});

export const AUTHZ_ID = flag({
  name: "authz-id",
  short: "u",
  type: "string",
  arg: "id",
  env: ["OKTA_AWSCLI_AUTHZ_ID"],
  help: {
    en: 'Custom authorization server ID (default "default"; "org": the org server)',
    ko: '사용자 지정 권한 서버 ID (기본 "default"; "org": 조직 권한 서버)',
  },
});

/** Both headless flows: the authorization server and the STS session name. */
export const HEADLESS_FLAGS = [AUTHZ_ID, SESSION_NAME, SHORT_USER_AGENT, DEBUG_API_CALLS] as const;

export const KEY_ID = flag({
  name: "key-id",
  short: "i",
  type: "string",
  arg: "kid",
  env: ["OKTA_AWSCLI_KEY_ID"],
  help: {
    en: "Key ID (kid) of the public key registered with the API service app (required)",
    ko: "API 서비스 앱에 등록한 공개 키의 Key ID (kid) (필수)",
  },
});
export const PRIVATE_KEY_FILE = flag({
  name: "private-key-file",
  short: "b",
  type: "string",
  arg: "path",
  env: ["OKTA_AWSCLI_PRIVATE_KEY_FILE"],
  help: {
    en: "PEM private key file: PKCS#8, PKCS#1 or SEC1; RSA or EC",
    ko: "PEM 개인 키 파일: PKCS#8, PKCS#1, SEC1; RSA 또는 EC",
  },
});
export const PRIVATE_KEY = flag({
  name: "private-key",
  short: "k",
  type: "string",
  arg: "pem",
  // A secret: config/secrets.ts lists its variable (a test holds every `secret` flag to it).
  env: ["OKTA_AWSCLI_PRIVATE_KEY"],
  secret: true,
  help: {
    en: "The PEM private key itself (\\n for newlines); prefer the file or the variable",
    ko: "PEM 개인 키 내용 (줄바꿈은 \\n); 파일이나 환경 변수를 권장",
  },
});
export const CUSTOM_SCOPE = flag({
  name: "custom-scope",
  short: "m",
  type: "string",
  arg: "scope",
  env: ["OKTA_AWSCLI_CUSTOM_SCOPE"],
  help: {
    en: 'Scope to ask for (default "okta-m2m-access")',
    ko: '요청할 범위 (기본 "okta-m2m-access")',
  },
});
export const USERNAME = flag({
  name: "username",
  short: "a",
  type: "string",
  arg: "name",
  env: ["OKTA_AWSCLI_USERNAME"],
  help: { en: "Okta username (required)", ko: "Okta 사용자 이름 (필수)" },
});
export const PASSWORD = flag({
  name: "password",
  short: "b",
  type: "string",
  arg: "password",
  env: ["OKTA_AWSCLI_PASSWORD"],
  secret: true,
  help: {
    en: "Okta password; prefer OKTA_AWSCLI_PASSWORD or the prompt (echo off)",
    ko: "Okta 비밀번호; OKTA_AWSCLI_PASSWORD 나 입력 프롬프트(화면에 안 보임)를 권장",
  },
});

export const M2M = {
  path: ["m2m"],
  summary: {
    en: "Machine to machine: private_key_jwt client credentials, then AssumeRoleWithWebIdentity",
    ko: "머신 간 인증: private_key_jwt client credentials 후 AssumeRoleWithWebIdentity",
  },
  flags: [
    ORG_DOMAIN,
    M2M_CLIENT_ID,
    ROLE_ARN,
    HEADLESS_DURATION,
    KEY_ID,
    PRIVATE_KEY_FILE,
    PRIVATE_KEY,
    CUSTOM_SCOPE,
    ...HEADLESS_FLAGS,
    ...CHAIN_FLAGS,
    ...POLICY_FLAGS,
    ...OUTPUT_FLAGS,
  ],
  module: import.meta.resolve("./m2m.ts"),
  exec: true,
  profile: true,
  examples: [
    "okta-aws m2m -o acme.okta.com -c 0oa... -i kid1 -b key.pem -r arn:aws:iam::123456789012:role/CI -f process-credentials",
  ],
} as const satisfies CommandSpec;

export const DIRECT = {
  path: ["direct"],
  summary: {
    en: "Okta direct authentication: password and Okta Verify push, then AssumeRoleWithWebIdentity",
    ko: "Okta 직접 인증: 비밀번호와 Okta Verify 푸시 후 AssumeRoleWithWebIdentity",
  },
  flags: [
    ...ORG_FLAGS,
    ROLE_ARN,
    HEADLESS_DURATION,
    USERNAME,
    PASSWORD,
    ...HEADLESS_FLAGS,
    ...CHAIN_FLAGS,
    ...POLICY_FLAGS,
    ...OUTPUT_FLAGS,
  ],
  module: import.meta.resolve("./direct.ts"),
  exec: true,
  profile: true,
  examples: [
    "okta-aws direct -o acme.okta.com -c 0oa... -a alice@example.com -r arn:aws:iam::123456789012:role/Dev",
  ],
} as const satisfies CommandSpec;
