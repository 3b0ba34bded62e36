// The commands of SAML federation: `okta-aws web` (the default command) and `okta-aws console`,
// with the flags only they take.
import { flag } from "../../../config/flag_spec.ts";
import type { CommandSpec } from "../../command.ts";
import {
  ALL_PROFILES,
  AWS_ACCT_FED_APP_ID,
  AWS_IAM_ROLE,
  AWS_SESSION_DURATION,
  CHAIN_FLAGS,
  CHAIN_SESSION_NAME,
  DEBUG_API_CALLS,
  OPEN_BROWSER,
  ORG_FLAGS,
  OUTPUT_FLAGS,
  POLICY_FLAGS,
  PROFILE_NAME_TEMPLATE,
  QR_CODE,
  REFRESH_TOKEN,
  SHORT_USER_AGENT,
} from "../../flags.ts";

export const AWS_IAM_IDP = flag({
  name: "aws-iam-idp",
  short: "i",
  type: "string",
  arg: "arn-or-label",
  env: ["OKTA_AWSCLI_IAM_IDP"],
  help: {
    en: "Preset IAM identity provider: an ARN or an okta.yaml idps label",
    ko: "미리 정한 IAM 자격 증명 공급자: ARN 또는 okta.yaml idps 레이블",
  },
});
export const CACHE_ACCESS_TOKEN = flag({
  name: "cache-access-token",
  short: "e",
  type: "boolean",
  env: ["OKTA_AWSCLI_CACHE_ACCESS_TOKEN"],
  help: {
    en: "Cache the Okta access token to avoid the browser next time",
    ko: "다음 실행 때 브라우저를 피하도록 Okta 액세스 토큰 캐시",
  },
});

/** web's own flags, in okta-aws-cli's order. */
export const WEB_FLAGS = [
  AWS_ACCT_FED_APP_ID,
  AWS_IAM_IDP,
  AWS_IAM_ROLE,
  AWS_SESSION_DURATION,
  ALL_PROFILES,
  PROFILE_NAME_TEMPLATE,
  OPEN_BROWSER,
  QR_CODE,
  CACHE_ACCESS_TOKEN,
  REFRESH_TOKEN,
  SHORT_USER_AGENT,
  DEBUG_API_CALLS,
] as const;

export const WEB = {
  path: ["web"],
  summary: {
    en: "AWS Account Federation (SAML) through Okta device authorization (default)",
    ko: "Okta 장치 인증을 통한 AWS Account Federation (SAML) (기본 명령)",
  },
  flags: [
    ...ORG_FLAGS,
    ...WEB_FLAGS,
    ...CHAIN_FLAGS,
    CHAIN_SESSION_NAME,
    ...POLICY_FLAGS,
    ...OUTPUT_FLAGS,
  ],
  module: import.meta.resolve("./web.ts"),
  exec: true,
  profile: true,
  examples: [
    "okta-aws web -o acme.okta.com -c 0oa... -p dev -z",
    "aws sts get-caller-identity --profile dev",
    "okta-aws web -r Admin -- terraform plan",
  ],
} as const satisfies CommandSpec;

export const CONSOLE = {
  path: ["console"],
  summary: {
    en: "The AWS console as the role web signs in to (any flow: --format console)",
    ko: "web 으로 로그인한 역할로 AWS 콘솔 열기 (다른 흐름: --format console)",
  },
  flags: WEB.flags,
  module: import.meta.resolve("./console.ts"),
  examples: [
    "okta-aws console -r Admin --destination s3",
    "okta-aws console --print",
    "okta-aws sso --profile dev -f console",
  ],
} as const satisfies CommandSpec;
