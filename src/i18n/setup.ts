// The catalogue's team set-up area: `okta-aws setup` (a team config read, checked, shown as a
// diff, applied or checked for drift).
import type { Entry } from "./text.ts";

export const SETUP_MESSAGES = {
  // Errors
  team_config_invalid: {
    en: 'The team config "{source}" is refused at {where}: {reason}',
    ko: '팀 설정 "{source}"{^을} 받아들일 수 없습니다 ({where}): {reason}',
    hint: {
      en: "Nothing was written. Ask the team that publishes it to fix the file.",
      ko: "아무것도 쓰지 않았습니다. 파일을 배포하는 팀에 수정을 요청하세요.",
    },
  },
  team_config_missing: {
    en: 'There is no team config "{path}"',
    ko: '팀 설정 "{path}"{^이} 없습니다',
    hint: {
      en: "Give the file's path or its https:// URL: okta-aws setup <https-url|file>.",
      ko: "파일 경로나 https:// URL 을 지정하세요: okta-aws setup <https-url|파일>.",
    },
  },
  team_config_digest: {
    en:
      'The team config "{source}" has SHA-256 {actual}, not the {expected} that --sha256 asks for',
    ko:
      '팀 설정 "{source}"의 SHA-256 은 {actual} 입니다. --sha256 이 요구한 값은 {expected} 입니다',
    hint: {
      en:
        "Nothing was written. The file changed since the digest was published: ask the team for the current one.",
      ko:
        "아무것도 쓰지 않았습니다. 다이제스트 공개 후 파일이 바뀌었습니다: 팀에 현재 값을 요청하세요.",
    },
  },
  setup_needs_yes: {
    en: "setup changes the files above only when told to: there is no terminal to ask on",
    ko: "setup 은 위 파일을 바꾸려면 확인이 필요한데, 물어볼 터미널이 없습니다",
    hint: {
      en: "Nothing was written. Run again with --yes to apply it, or with --check to only compare.",
      ko:
        "아무것도 쓰지 않았습니다. 적용하려면 --yes, 비교만 하려면 --check 를 붙여 다시 실행하세요.",
    },
  },
  // What setup tells
  setup_in_step: {
    en: '"{source}": okta.yaml and the AWS config already match it; nothing to change',
    ko: '"{source}": okta.yaml 과 AWS config 가 이미 일치합니다. 바꿀 것이 없습니다',
  },
  setup_confirm: {
    en: "Apply these changes?",
    ko: "이 변경을 적용할까요?",
  },
  setup_declined: {
    en: "Nothing was written",
    ko: "아무것도 쓰지 않았습니다",
  },
  setup_wrote: {
    en: 'Wrote "{path}" ({count} settings from the team config)',
    ko: '"{path}"에 팀 설정 값 {count}개를 썼습니다',
  },
  setup_wrote_sessions: {
    en: 'Wrote "{path}" ({count} sso-session sections from the team config)',
    ko: '"{path}"에 팀 설정의 sso-session 섹션 {count}개를 썼습니다',
  },
  setup_syncing: {
    en: "Syncing profiles: okta-aws profiles sync{args}",
    ko: "프로필 동기화: okta-aws profiles sync{args}",
  },
  notice_setup_hand_written: {
    en:
      'notice: [{section}] in "{path}" was written by hand and differs from the team config; setup leaves it as it is (remove it and run setup again to take the team\'s)',
    ko:
      '알림: "{path}"의 [{section}]{^은} 직접 쓴 것이고 팀 설정과 다릅니다. setup 은 그대로 둡니다 (팀 설정을 쓰려면 지우고 setup 을 다시 실행하세요)',
  },
  setup_check_in_step: {
    en: '"{source}": in step (okta.yaml and the AWS config match it)',
    ko: '"{source}": 일치합니다 (okta.yaml 과 AWS config 가 같음)',
  },
  setup_check_drift: {
    en: '"{source}": {count} differences (listed on stdout); apply it with: okta-aws setup {given}',
    ko: '"{source}": 차이 {count}개 (stdout 에 나열). 적용하려면: okta-aws setup {given}',
  },
  setup_check_sync_skipped: {
    en: "notice: --check does not sign in, so the synced profiles (sync-profiles) are not compared",
    ko: "알림: --check 는 로그인하지 않으므로 동기화된 프로필 (sync-profiles) 은 비교하지 않습니다",
  },
  drift_yaml_missing: {
    en: '{path}: {where} is not set; the team config sets "{wanted}"',
    ko: '{path}: {where} 값이 없습니다. 팀 설정 값은 "{wanted}"',
  },
  drift_yaml_value: {
    en: '{path}: {where} is "{current}"; the team config sets "{wanted}"',
    ko: '{path}: {where} 값이 "{current}" 입니다. 팀 설정 값은 "{wanted}"',
  },
  drift_section_missing: {
    en: "{path}: [{section}] is missing",
    ko: "{path}: [{section}]{^이} 없습니다",
  },
  drift_section_value: {
    en: '{path}: [{section}] {key} is "{current}"; the team config sets "{wanted}"{own}',
    ko: '{path}: [{section}] {key} 값이 "{current}" 입니다. 팀 설정 값은 "{wanted}"{own}',
  },
  drift_own: {
    en: " (written by hand: setup leaves it)",
    ko: " (직접 쓴 섹션: setup 이 바꾸지 않음)",
  },
  drift_none: { en: "(not set)", ko: "(없음)" },
  // Reasons
  reason_text: { en: "{text}", ko: "{text}" },
  reason_unknown_key: {
    en: "unknown key '{key}'{suggestion}",
    ko: "알 수 없는 키 '{key}'{suggestion}",
  },
  reason_team_not_map: {
    en: "it is not a YAML map of version, awscli, sso-sessions and sync-profiles",
    ko: "version, awscli, sso-sessions, sync-profiles 로 된 YAML 맵이 아닙니다",
  },
  reason_team_version: {
    en: "this okta-aws reads version: 1 (update okta-aws for a newer one)",
    ko: "이 okta-aws 는 version: 1 을 읽습니다 (더 새 버전이면 okta-aws 를 업데이트하세요)",
  },
  reason_team_map: { en: "it must be a map of keys", ko: "키로 된 맵이어야 합니다" },
  reason_team_label: {
    en: "a label must be a non-empty string",
    ko: "라벨은 빈 값이 아닌 문자열이어야 합니다",
  },
  reason_team_secret: {
    en: "a secret does not belong in a team config (each person gives it, or keeps it in a file)",
    ko: "비밀 값은 팀 설정에 넣을 수 없습니다 (각자 지정하거나 파일로 두세요)",
  },
  reason_team_scalar: {
    en: "a flag's value must be a string, a number or true/false",
    ko: "플래그 값은 문자열, 숫자, true/false 중 하나여야 합니다",
  },
  reason_team_session_name: {
    en: "a session name is 1-64 letters, digits or _.@+=,- (no spaces)",
    ko: "세션 이름은 영문, 숫자, _.@+=,- 로 된 1-64자입니다 (공백 없이)",
  },
  reason_team_start_url: {
    en: "start-url must be an https:// URL (the AWS access portal's)",
    ko: "start-url 은 https:// URL (AWS 액세스 포털) 이어야 합니다",
  },
  reason_team_required: { en: "it is required", ko: "필수 값입니다" },
  reason_team_scopes: {
    en: "registration-scopes is a scope or a list of scopes, e.g. sso:account:access",
    ko: "registration-scopes 는 범위 하나나 범위 목록입니다 (예: sso:account:access)",
  },
  reason_setup_https: {
    en: "a team config is read over https:// only (or from a file)",
    ko: "팀 설정은 https:// 로만 (또는 파일에서) 읽습니다",
  },
  reason_sha256: {
    en: "give the 64 hex digits of a SHA-256 digest (sha256sum prints them)",
    ko: "SHA-256 다이제스트의 16진수 64자리를 주세요 (sha256sum 이 출력합니다)",
  },
  what_team_config: {
    en: "the team config (a file or an https:// URL)",
    ko: "팀 설정 (파일 또는 https:// URL)",
  },
} as const satisfies Record<string, Entry>;
