// `okta-aws doctor` (okta-aws-cli's `debug`): every check of the set-up, each a finding.
import { flag } from "../../../config/flag_spec.ts";
import type { CommandSpec } from "../../command.ts";
import { AWS_ACCT_FED_APP_ID, JSON, ORG_FLAGS, PROFILE } from "../../flags.ts";

export const DOCTOR = {
  path: ["doctor"],
  aliases: ["debug"],
  summary: {
    en: "Check okta.yaml, .env, the AWS files, the cache, the org, STS and the Okta app set-up",
    ko: "okta.yaml, .env, AWS 파일, 캐시, 조직, STS, Okta 앱 설정 점검",
  },
  flags: [
    ...ORG_FLAGS,
    AWS_ACCT_FED_APP_ID,
    flag({
      ...PROFILE,
      help: {
        en: 'The okta.yaml profile to check with (default "default")',
        ko: '점검에 쓸 okta.yaml 프로필 (기본 "default")',
      },
    }),
    JSON,
  ],
  module: import.meta.resolve("./doctor.ts"),
  profile: true,
  examples: ["okta-aws doctor -o acme.okta.com -c 0oa...", "okta-aws doctor --json"],
} as const satisfies CommandSpec;
