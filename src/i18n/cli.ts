// The catalogue's command-line area: usage errors (exit 2), notices on stderr, and the prefixes
// and prompts every command shares.
import type { Entry } from "./text.ts";

export const CLI_MESSAGES = {
  // Usage errors; {command} is the command at hand ("okta-aws web"), filled in by main.
  usage_missing: {
    en: "Missing {what}: set {flag} or {env}",
    ko: "{what} 값이 없습니다: {flag} 플래그나 {env} 환경 변수로 지정하세요",
    hint: { en: "See {command} --help.", ko: "{command} --help 를 참고하세요." },
  },
  usage_missing_flag: {
    en: "Missing {what}: give {flag}",
    ko: "{what} 값이 없습니다: {flag}{^으로} 지정하세요",
    hint: { en: "See {command} --help.", ko: "{command} --help 를 참고하세요." },
  },
  usage_missing_shell: {
    en: "Missing the shell: okta-aws completions <shell>, one of {shells}",
    ko: "셸이 없습니다: okta-aws completions <셸>, {shells} 중 하나",
    hint: {
      en: 'For bash: eval "$(okta-aws completions bash)"',
      ko: 'bash 라면: eval "$(okta-aws completions bash)"',
    },
  },
  usage_missing_two: {
    en: "Missing {first} and {second}",
    ko: "값이 없습니다: {first}, {second}",
    hint: { en: "See {command} --help.", ko: "{command} --help 를 참고하세요." },
  },
  usage_invalid: {
    en: 'Invalid {flag} "{value}": {reason}',
    ko: '잘못된 {flag} "{value}": {reason}',
    hint: { en: "See {command} --help.", ko: "{command} --help 를 참고하세요." },
  },
  usage_conflict: {
    en: "{reason}",
    ko: "{reason}",
    hint: { en: "See {command} --help.", ko: "{command} --help 를 참고하세요." },
  },
  usage_argument: {
    en: "{reason}",
    ko: "{reason}",
    hint: { en: "See {command} --help.", ko: "{command} --help 를 참고하세요." },
  },
  usage_flag_elsewhere: {
    en: '"{command}" does not take {flag}: it is a flag of {owners}',
    ko: '"{command}" 명령은 {flag} 플래그를 받지 않습니다: {owners} 명령의 플래그입니다',
    hint: {
      en: "See {command} --help; run {owners} to use {flag}.",
      ko: "{command} --help 를 참고하세요. {flag} 플래그는 {owners} 명령에서 씁니다.",
    },
  },
  usage_sso_duration: {
    en:
      '"{command}" takes no {flag}: the permission set decides how long an IAM Identity Center session lasts',
    ko:
      '"{command}" 명령에는 {flag}{^이} 없습니다: IAM Identity Center 세션 시간은 권한 세트가 정합니다',
    hint: {
      en:
        "An administrator sets it in IAM Identity Center > Permission sets > (the set) > Session duration (1 to 12 hours).",
      ko:
        "관리자가 IAM Identity Center > 권한 세트(Permission sets) > (해당 세트) > 세션 기간(Session duration) 에서 정합니다 (1~12시간).",
    },
  },
  yaml_invalid: {
    en: 'Cannot read "{path}": {reason}',
    ko: '"{path}"{^을} 읽을 수 없습니다: {reason}',
    hint: {
      en: "Fix the YAML or move the file aside.",
      ko: "YAML을 고치거나 파일을 다른 곳으로 옮기세요.",
    },
  },
  // Notices (stderr)
  notice_unknown_key: {
    en: 'warning: unknown key "{key}" in {where}{suggestion}',
    ko: '경고: {where}에 알 수 없는 키 "{key}"{suggestion}',
  },
  notice_did_you_mean: { en: ' (did you mean "{key}"?)', ko: ' ("{key}"{^을} 의도했나요?)' },
  notice_admin_domain: {
    en: 'warning: using "{fixed}" instead of the admin domain "{given}"',
    ko: '경고: 관리자 도메인 "{given}" 대신 "{fixed}"{^을} 사용합니다',
  },
  notice_open_url: {
    en: "Open this URL in a browser and sign in:\n  {url}\nThe code shown there should be: {code}",
    ko:
      "브라우저에서 이 URL을 열고 로그인하세요:\n  {url}\n화면의 코드가 다음과 같은지 확인하세요: {code}",
  },
  notice_browser_failed: {
    en: "warning: the browser did not open: {reason}. Open this URL by hand: {url}",
    ko: "경고: 브라우저를 열지 못했습니다: {reason}. 이 URL 을 직접 여세요: {url}",
  },
  notice_duration_retry: {
    en:
      'notice: role "{role}" allows less than {seconds} s; retried with 3600 s (raise its Maximum session duration in IAM to get more)',
    ko:
      '알림: 역할 "{role}"{^은} {seconds}초를 허용하지 않아 3600초로 다시 시도했습니다 (더 길게 쓰려면 IAM에서 최대 세션 시간을 늘리세요)',
  },
  notice_wrote_profile: {
    en: 'Updated profile "{profile}" in "{path}" (expires {expires})',
    ko: '"{path}"의 프로필 "{profile}"{^을} 갱신했습니다 (만료 {expires})',
  },
  notice_wrote_profiles: {
    en: 'Updated {count} profiles in "{path}" (the first expires {expires}):',
    ko: '"{path}"의 프로필 {count}개를 갱신했습니다 (가장 이른 만료 {expires}):',
  },
  notice_tightened: {
    en: 'notice: "{path}" was readable by others; it is now mode 0600',
    ko: '알림: "{path}"{^을} 다른 사용자도 읽을 수 있었습니다. 이제 권한은 0600 입니다',
  },
  notice_slow_down: {
    en: "notice: Okta asked to poll more slowly; waiting {seconds} s between checks",
    ko: "알림: Okta가 더 천천히 확인하라고 요청해 {seconds}초 간격으로 확인합니다",
  },
  notice_role_skipped: {
    en:
      'warning: skipped the Role value "{value}" of app {appId}: it is not a role ARN and a SAML provider ARN',
    ko:
      '경고: 앱 {appId}의 Role 값 "{value}"{^은} 역할 ARN과 SAML 공급자 ARN 쌍이 아니어서 건너뜁니다',
  },
  notice_cache_unwritable: {
    en: 'warning: cannot use the cache "{dir}" ({reason}); credentials are delivered without it',
    ko: '경고: 캐시 "{dir}"{^을} 쓸 수 없어({reason}) 캐시 없이 자격 증명을 전달합니다',
  },
  trust_done: {
    en: 'Trusted "{path}" as it is now (recorded in "{list}"); a change to it needs trust again',
    ko:
      '"{path}"{^을} 현재 내용으로 신뢰합니다 ("{list}"에 기록). 내용이 바뀌면 다시 신뢰해야 합니다',
  },
  trust_setting: { en: "it sets {line}", ko: "설정: {line}" },
  trust_forgotten: {
    en: 'No longer trusting "{path}"',
    ko: '"{path}"{^을} 더 이상 신뢰하지 않습니다',
  },
  trust_not_known: {
    en: '"{path}" was not trusted; nothing changed',
    ko: '"{path}"{^은} 신뢰 목록에 없습니다. 바뀐 것이 없습니다',
  },
  notice_dotenv_untrusted: {
    en:
      'warning: ignored {keys} in "{path}": that .env is not trusted; read it, then run: {command}',
    ko:
      '경고: "{path}"의 {keys} 설정을 무시했습니다: 신뢰하지 않은 .env 입니다. 내용을 확인한 뒤 실행하세요: {command}',
  },
  notice_deprecated_flag: {
    en:
      "notice: {typed} is okta-aws-cli's deprecated name of {current}; it works, {current} is preferred",
    ko:
      "알림: {typed} 플래그는 okta-aws-cli 에서 폐기 예정인 {current} 플래그의 옛 이름입니다. 동작하지만 {current} 플래그를 쓰세요",
  },
  notice_setting_ignored: {
    en: "notice: {ignored} ({ignoredSource}) is ignored: {used} ({usedSource}) wins",
    ko: "알림: {used}({usedSource}) 설정이 우선하므로 {ignored}({ignoredSource}) 설정은 무시합니다",
  },
  source_flag: { en: "command line", ko: "명령줄" },
  source_env: { en: "environment", ko: "환경 변수" },
  source_dotenv: { en: ".env", ko: ".env" },
  source_okta_yaml: { en: "okta.yaml", ko: "okta.yaml" },
  source_managed: { en: "the managed defaults", ko: "관리 기본값" },
  source_enforced: { en: "the managed defaults (enforced)", ko: "관리 기본값(강제)" },
  notice_enforced: {
    en:
      'notice: {setting} is enforced by your organisation\'s managed config "{path}"; the {source} value is ignored',
    ko:
      '알림: {setting}{^은} 조직의 관리 설정 "{path}"{^이} 강제합니다. {source}의 값은 무시합니다',
  },
  notice_no_alias: {
    en:
      "notice: account {account} has no IAM alias the role {role} can read; its profile names use the account id",
    ko:
      "알림: 계정 {account}에 역할 {role}{^으로} 읽을 수 있는 IAM 별칭이 없어 프로필 이름에 계정 ID 를 씁니다",
  },
  progress_waiting: {
    en: "Waiting for your approval in the browser... (code valid for {time})",
    ko: "브라우저에서 승인을 기다리는 중... (코드 유효 시간 {time})",
  },
  progress_roles: { en: "Assuming roles: {done}/{total}", ko: "역할 맡는 중: {done}/{total}" },
  notice_retry_wait: {
    en: 'notice: "{host}" answered {status}; retrying in {seconds} s',
    ko: '알림: "{host}" 서버가 {status} 응답을 보내 {seconds}초 후 다시 시도합니다',
  },
  prompt_idp: { en: "Choose an AWS account (IdP)", ko: "AWS 계정(IdP)을 선택하세요" },
  prompt_role: { en: "Choose an IAM role", ko: "IAM 역할을 선택하세요" },
  prompt_app: { en: "Choose an AWS Federation app", ko: "AWS Federation 앱을 선택하세요" },
  hint_prefix: { en: "hint: ", ko: "도움말: " },
  error_prefix: { en: "error: ", ko: "오류: " },
} satisfies Record<string, Entry>;
