// The commands that read or clear what okta-aws keeps on this machine, with no sign-in:
// `list-profiles`, `status`, `logout`, `remove` and `trust`.
import { flag } from "../../../config/flag_spec.ts";
import type { CommandSpec } from "../../command.ts";
import { JSON, ORG_DOMAIN, PROFILE, REFRESH_WINDOW } from "../../flags.ts";

/** `status --check` and `prompt`: the profile whose credentials are meant (default: the exec's,
 * else AWS_PROFILE, else default); only from the command line. */
export const VALIDITY_PROFILE = flag({
  ...PROFILE,
  env: [],
  needsTrust: false,
  help: {
    en:
      "The profile whose credentials to look at (default: the exec's, else AWS_PROFILE, else default)",
    ko: "자격 증명을 볼 프로필 (기본: exec 의 것, 없으면 AWS_PROFILE, 없으면 default)",
  },
});

export const CHECK = flag({
  name: "check",
  type: "boolean",
  env: [],
  help: {
    en:
      "Print nothing; exit 0 when valid past the refresh window, 1 when expiring, 2 when expired or none",
    ko: "출력 없이 종료 코드만: 갱신 창보다 오래 유효하면 0, 곧 만료되면 1, 만료됐거나 없으면 2",
  },
});

/** `logout`: the org only from the command line, so that a variable set for sign-ins never
 * narrows a logout by surprise. */
export const LOGOUT_ORG_DOMAIN = flag({
  ...ORG_DOMAIN,
  env: [],
  help: {
    en: "Remove only this org's sessions and credentials",
    ko: "이 조직의 세션과 자격 증명만 삭제",
  },
});

/** `remove`: the profile to remove, only from the command line (never AWS_PROFILE's). */
export const REMOVE_PROFILE = flag({
  ...PROFILE,
  env: [],
  needsTrust: false,
  help: {
    en: "The profile to remove, from the credentials or the config file (required)",
    ko: "삭제할 프로필: 자격 증명 파일 또는 config 파일에서 (필수)",
  },
});

export const FORGET = flag({
  name: "forget",
  type: "boolean",
  env: [],
  help: { en: "Stop trusting the file", ko: "파일 신뢰를 취소" },
});

export const LIST_PROFILES = {
  path: ["list-profiles"],
  summary: {
    en: "List the profiles of ~/.okta/okta.yaml",
    ko: "~/.okta/okta.yaml 의 프로필 목록",
  },
  flags: [],
  module: import.meta.resolve("./list_profiles.ts"),
} as const satisfies CommandSpec;

export const STATUS = {
  path: ["status"],
  summary: {
    en: "Cached Okta sessions, IAM Identity Center sessions and AWS credentials with time left",
    ko: "캐시된 Okta 세션, IAM Identity Center 세션, AWS 자격 증명과 남은 시간",
  },
  flags: [JSON, CHECK, VALIDITY_PROFILE, REFRESH_WINDOW],
  module: import.meta.resolve("./status.ts"),
  examples: ["okta-aws status", "okta-aws status --check --profile dev && terraform plan"],
} as const satisfies CommandSpec;

export const PROMPT = {
  path: ["prompt"],
  summary: {
    en: "A shell prompt's segment: the profile, its role and time left (no network)",
    ko: "셸 프롬프트 조각: 프로필, 역할, 남은 시간 (네트워크 없음)",
  },
  flags: [VALIDITY_PROFILE, REFRESH_WINDOW],
  module: import.meta.resolve("./prompt.ts"),
  examples: ["okta-aws prompt", "okta-aws prompt --profile dev"],
} as const satisfies CommandSpec;

export const LOGOUT = {
  path: ["logout"],
  summary: {
    en: "Remove okta-aws's caches (all, or one org with --org-domain)",
    ko: "okta-aws 캐시 삭제 (전체, 또는 --org-domain 으로 한 조직)",
  },
  flags: [LOGOUT_ORG_DOMAIN],
  module: import.meta.resolve("./logout.ts"),
} as const satisfies CommandSpec;

export const REMOVE = {
  path: ["remove"],
  summary: {
    en: "Remove a profile from the AWS credentials or config file, and its cached credentials",
    ko: "AWS 자격 증명 또는 config 파일에서 프로필과 그 캐시된 자격 증명 삭제",
  },
  flags: [REMOVE_PROFILE],
  module: import.meta.resolve("./remove.ts"),
  examples: ["okta-aws remove --profile dev"],
} as const satisfies CommandSpec;

export const TRUST = {
  path: ["trust"],
  summary: {
    en: "Trust a .env file (default ./.env): let it set the org, programs and output paths",
    ko: ".env 파일 신뢰 (기본 ./.env): 조직, 실행 프로그램, 출력 경로 설정을 허용",
  },
  flags: [FORGET],
  module: import.meta.resolve("./trust.ts"),
  operands: { max: 1, arg: "[path]" },
  examples: ["okta-aws trust", "okta-aws trust ~/work/infra/.env", "okta-aws trust --forget"],
} as const satisfies CommandSpec;
