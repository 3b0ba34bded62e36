// The catalogue's reasons: phrases used as {reason}, {what} or {suggestion} inside other
// messages, and the words of a cancelled run.
import type { Entry } from "./text.ts";

export const REASON_MESSAGES = {
  // Reasons, used as {reason} (or {suggestion}) inside the messages above.
  reason_not_regular: {
    en: "it is not a regular file (a pipe or a device)",
    ko: "일반 파일이 아닙니다 (파이프 또는 장치)",
  },
  reason_over_cap: { en: "it is over {max} bytes", ko: "{max}바이트를 넘습니다" },
  reason_credential_charset: {
    en: "has characters AWS never issues",
    ko: "에 AWS가 발급하지 않는 문자가 있습니다",
  },
  reason_credential_past: { en: "is already past", ko: "{^이} 이미 지났습니다" },
  reason_paging_repeated: {
    en: "it sent a page token it had already sent",
    ko: "이미 보낸 페이지 토큰을 다시 보냈습니다",
  },
  reason_paging_endless: {
    en: "it sent more than {pages} pages",
    ko: "{pages} 페이지를 넘게 보냈습니다",
  },
  reason_credential_time: { en: "is not a plausible time", ko: "{^이} 올바른 시각이 아닙니다" },
  reason_placeholders: {
    en:
      "unknown placeholder(s) {names}; use {alias} {account} {idp} {role} {role-name} {label}, or okta-aws-cli or label",
    ko:
      "알 수 없는 자리표시자 {names}; {alias} {account} {idp} {role} {role-name} {label} 또는 okta-aws-cli, label 을 쓰세요",
  },
  reason_empty: { en: "it is empty", ko: "비어 있습니다" },
  reason_seconds_range: {
    en: "use whole seconds from {min} to {max}",
    ko: "{min}~{max} 사이의 정수 초를 쓰세요",
  },
  reason_region: {
    en: "it is not an AWS region name (like us-east-1 or ap-northeast-2)",
    ko: "AWS 리전 이름이 아닙니다 (예: us-east-1, ap-northeast-2)",
  },
  reason_is_directory: { en: "it is a directory", ko: "디렉터리입니다" },
  reason_window: {
    en: "give a duration such as 600, 90s, 10m or 1h",
    ko: "600, 90s, 10m, 1h 처럼 시간을 주세요",
  },
  reason_all_profiles_process: {
    en: "--all-profiles writes many profiles; --format process-credentials prints one",
    ko: "--all-profiles 는 여러 프로필을 쓰지만 --format process-credentials 는 하나만 출력합니다",
  },
  reason_all_profiles_exec: {
    en: "--all-profiles writes many profiles; a command after -- runs with one",
    ko: "--all-profiles 는 여러 프로필을 쓰지만 -- 뒤의 명령은 하나로 실행됩니다",
  },
  reason_cli_cache_both: {
    en:
      "--write-cli-cache writes the AWS CLI's cache and --no-aws-cli-cache keeps out of it: give one of the two",
    ko:
      "--write-cli-cache 는 AWS CLI 캐시에 쓰고 --no-aws-cli-cache 는 쓰지 않습니다: 둘 중 하나만 주세요",
  },
  reason_profile_or_session: {
    en: "{command} takes --profile or --sso-session, not both",
    ko: "{command} 에는 --profile 과 --sso-session 중 하나만 주세요",
  },
  reason_name_spaces: {
    en: "a name with spaces is invisible to the AWS SDKs",
    ko: "공백이 든 이름은 AWS SDK 가 보지 못합니다",
  },
  reason_start_url: {
    en:
      "it is not an https URL (the AWS access portal URL, like https://d-1234567890.awsapps.com/start)",
    ko: "https URL 이 아닙니다 (AWS 액세스 포털 URL, 예: https://d-1234567890.awsapps.com/start)",
  },
  reason_sys_permission: { en: "permission denied", ko: "권한이 없습니다" },
  reason_sys_not_found: {
    en: "no such file or directory",
    ko: "그런 파일이나 디렉터리가 없습니다",
  },
  reason_sys_no_space: { en: "no space left on the disk", ko: "디스크에 남은 공간이 없습니다" },
  reason_sys_read_only: { en: "the disk is read-only", ko: "읽기 전용 디스크입니다" },
  reason_no_browser_program: {
    en: 'no "{program}" is installed here to open one (install it, or give --open-browser-command)',
    ko:
      '브라우저를 열 "{program}" 프로그램이 설치되어 있지 않습니다 (설치하거나 --open-browser-command 를 주세요)',
  },
  reason_browser_start: {
    en: '"{program}" would not start (check it, or give --open-browser-command)',
    ko: '"{program}"{^이} 시작되지 않았습니다 (확인하거나 --open-browser-command 를 주세요)',
  },
  reason_browser_other: { en: "{detail}", ko: "{detail}" },
  reason_one_of_near: {
    en: "it must be one of: {values}{suggestion}",
    ko: "다음 중 하나여야 합니다: {values}{suggestion}",
  },
  reason_duration_words: {
    en: "give whole seconds from {min} to {max}, or a duration such as 12h or 90m",
    ko: "{min}에서 {max} 사이의 초, 또는 12h, 90m 같은 시간을 주세요",
  },
  reason_one_of: { en: "it must be one of: {values}", ko: "다음 중 하나여야 합니다: {values}" },
  reason_role_arn: {
    en: "it is not an IAM role ARN (like arn:aws:iam::123456789012:role/CI)",
    ko: "IAM 역할 ARN 이 아닙니다 (예: arn:aws:iam::123456789012:role/CI)",
  },
  reason_source_identity: {
    en: "auto, or 2-64 characters of letters, digits and +=,.@_-",
    ko: "auto, 또는 영문자, 숫자, +=,.@_- 로 된 2-64자",
  },
  reason_sso_policies: {
    en:
      "IAM Identity Center hands over a permission set's credentials as they are (GetRoleCredentials takes no session policy): add --chain <role-arn> to narrow a hop, or ask for a narrower permission set",
    ko:
      "IAM Identity Center 는 권한 집합의 자격 증명을 그대로 줍니다 (GetRoleCredentials 는 세션 정책을 받지 않음): --chain <역할-arn> 으로 한 단계를 좁히거나, 더 좁은 권한 집합을 요청하세요",
  },
  reason_policy_arn: {
    en: "it is not a managed policy ARN (like arn:aws:iam::aws:policy/ReadOnlyAccess)",
    ko: "관리형 정책 ARN 이 아닙니다 (예: arn:aws:iam::aws:policy/ReadOnlyAccess)",
  },
  reason_policy_count: {
    en: "STS takes at most {max} managed policies (--read-only is one)",
    ko: "STS 는 관리형 정책을 최대 {max}개 받습니다 (--read-only 도 하나)",
  },
  reason_policy_json: { en: "it is not JSON ({why})", ko: "JSON 이 아닙니다 ({why})" },
  reason_policy_statement: {
    en: 'it is not an IAM policy (a JSON object with "Statement")',
    ko: 'IAM 정책이 아닙니다 ("Statement" 가 있는 JSON 객체)',
  },
  reason_policy_size: {
    en: "{size} characters once minified; STS takes at most {max}",
    ko: "공백을 빼면 {size}자입니다. STS 는 최대 {max}자를 받습니다",
  },
  reason_session_name: {
    en: "STS takes 2-64 characters of letters, digits and +=,.@_-",
    ko: "STS 는 영문자, 숫자, +=,.@_- 로 된 2-64자를 받습니다",
  },
  reason_authz_id: {
    en: 'it is not an authorization server id (like "default", "aus1a2b3c", or "org")',
    ko: '권한 서버 ID 가 아닙니다 (예: "default", "aus1a2b3c", "org")',
  },
  reason_key_twice: {
    en: "give the private key once: --private-key-file or --private-key, not both",
    ko: "개인 키는 한 번만 주세요: --private-key-file 또는 --private-key 중 하나",
  },
  reason_no_such_file: { en: "no such file", ko: "파일이 없습니다" },
  reason_console_format: {
    en: "okta-aws console delivers to the console: it takes no --format or -z (use okta-aws web)",
    ko:
      "okta-aws console 은 콘솔로만 전달합니다: --format 이나 -z 는 받지 않습니다 (okta-aws web 을 쓰세요)",
  },
  reason_chain_all_profiles: {
    en: "--chain goes on from one role: pick it with --aws-iam-role instead of --all-profiles",
    ko: "--chain 은 역할 하나에서 이어집니다: --all-profiles 대신 --aws-iam-role 로 고르세요",
  },
  reason_state_mismatch: {
    en: "the state it carries is not the one sent",
    ko: "돌아온 state 가 보낸 값과 다릅니다",
  },
  reason_no_token: {
    en: "IAM Identity Center answered {answer} to the code",
    ko: "IAM Identity Center 가 코드에 {answer}{^으로} 답했습니다",
  },
  reason_all_one_profile: {
    en: "--all writes many profiles: it takes neither --profile nor --default",
    ko: "--all 은 여러 프로필을 기록하므로 --profile 이나 --default 와 함께 쓸 수 없습니다",
  },
  reason_prune_needs_all: {
    en: "--prune removes what --all no longer finds: give --all too",
    ko: "--prune 은 --all 이 더는 찾지 못한 프로필을 지웁니다: --all 도 주세요",
  },
  reason_remove_what: {
    en: "say what to remove: --profile NAME or --sso-session NAME",
    ko: "삭제할 대상을 주세요: --profile 이름 또는 --sso-session 이름",
  },
  reason_command_unquotable: {
    en: "a credential_process line is one line: no control characters, not empty",
    ko: "credential_process 는 한 줄입니다: 제어 문자나 빈 값은 쓸 수 없습니다",
  },
  what_command: {
    en: "an okta-aws command line for credential_process (this path cannot be quoted safely)",
    ko: "credential_process 에 쓸 okta-aws 명령 (이 경로는 안전하게 인용할 수 없습니다)",
  },
  reason_server_no_command: {
    en:
      "--server serves credentials to a command after --, e.g. okta-aws web --server -- terraform apply",
    ko:
      "--server 는 -- 뒤의 명령에 자격 증명을 제공합니다. 예: okta-aws web --server -- terraform apply",
  },
  reason_exec_no_command: {
    en: "--exec needs a command after --, e.g. okta-aws web --exec -- aws s3 ls",
    ko: "--exec 에는 -- 뒤에 명령이 필요합니다. 예: okta-aws web --exec -- aws s3 ls",
  },
  reason_shell: {
    en: "choose bash, zsh, sh, fish, powershell or cmd",
    ko: "bash, zsh, sh, fish, powershell, cmd 중에서 고르세요",
  },
  reason_true_false: { en: "use true or false", ko: "true 또는 false 를 쓰세요" },
  reason_unknown_option: {
    en: "unknown option '{option}'{suggestion}",
    ko: "알 수 없는 옵션 '{option}'{suggestion}",
  },
  reason_no_exec: {
    en: "{command} runs no command after --",
    ko: "{command} 명령은 -- 뒤의 명령을 실행하지 않습니다",
  },
  reason_unexpected_argument: {
    en: "unexpected argument '{argument}'{suggestion}",
    ko: "예상하지 못한 인자 '{argument}'{suggestion}",
  },
  reason_needs_value: {
    en: "option '{option}' needs a value",
    ko: "옵션 '{option}'에는 값이 필요합니다",
  },
  reason_not_host: { en: "it is not a host name", ko: "호스트 이름이 아닙니다" },
  reason_bare_host: {
    en: "a bare word is not a domain: write it whole, like acme.okta.com",
    ko: "단어 하나는 도메인이 아닙니다: acme.okta.com 처럼 전체를 쓰세요",
  },
  reason_userinfo: {
    en: "it may not hold a user name or password",
    ko: "사용자 이름이나 비밀번호를 넣을 수 없습니다",
  },
  reason_host_only: {
    en: "give the host only, without a path or query",
    ko: "경로나 쿼리 없이 호스트만 주세요",
  },
  reason_http_loopback: {
    en: "http is allowed only for 127.0.0.1; use https",
    ko: "http 는 127.0.0.1 에만 허용됩니다. https 를 쓰세요",
  },
  reason_use_https: { en: "use https", ko: "https 를 쓰세요" },
  reason_ini_duplicate_section: {
    en: "section [{section}] appears twice",
    ko: "섹션 [{section}]{^이} 두 번 나옵니다",
  },
  reason_ini_duplicate_key: {
    en: 'key "{key}" appears twice in [{section}]',
    ko: '[{section}]에 키 "{key}"{^이} 두 번 나옵니다',
  },
  reason_ini_no_section: {
    en: "a key comes before any [section] header",
    ko: "[섹션] 머리글보다 키가 먼저 나옵니다",
  },
  reason_ini_syntax: {
    en: "not a [section], key = value, or comment",
    ko: "[섹션], 키 = 값, 주석 중 어느 것도 아닙니다",
  },
  reason_ini_section_name: {
    en:
      'the profile name "{name}" may not be empty, start or end with a space, or contain [ ] = # ; or a control character',
    ko:
      '프로필 이름 "{name}"{^은} 비어 있거나 공백으로 시작·끝나거나 [ ] = # ; 또는 제어 문자를 포함할 수 없습니다',
  },
  reason_ini_key: { en: 'key "{key}" is not allowed', ko: '키 "{key}"{^은} 쓸 수 없습니다' },
  reason_ini_control: {
    en: 'the value of "{key}" has a control character (a line break, NUL, ESC ...)',
    ko: '"{key}"의 값에 제어 문자(줄바꿈, NUL, ESC 등)가 있습니다',
  },
  reason_not_base64: { en: "it is not base64", ko: "base64 가 아닙니다" },
  reason_not_utf8: { en: "it is not UTF-8 text", ko: "UTF-8 텍스트가 아닙니다" },
  reason_bad_xml: { en: "bad XML: {detail}", ko: "잘못된 XML: {detail}" },
  reason_role_pair: {
    en: 'the Role value "{value}" is not two ARNs',
    ko: 'Role 값 "{value}"{^이} ARN 두 개가 아닙니다',
  },
  reason_role_arns: {
    en: 'the Role value "{value}" needs a role ARN and a saml-provider ARN',
    ko: 'Role 값 "{value}"에는 role ARN 과 saml-provider ARN 이 필요합니다',
  },
  what_idp: { en: "IdP", ko: "IdP" },
  what_role: { en: "role", ko: "역할" },
  what_app: { en: "AWS Federation app", ko: "AWS Federation 앱" },
  what_home: { en: "home directory", ko: "홈 디렉터리" },
  missing_item: { en: "{what} (set {flag} or {env})", ko: "{what} ({flag} 또는 {env} 지정)" },
  none_found: { en: "none", ko: "없음" },
  what_profile: { en: "the profile to remove", ko: "삭제할 프로필" },
  what_org_domain: { en: "Okta org domain", ko: "Okta 조직 도메인" },
  what_client_id: { en: "OIDC client ID", ko: "OIDC 클라이언트 ID" },
  suggest_flag: { en: " (did you mean --{name}?)", ko: " (--{name}{^을} 의도했나요?)" },
  suggest_command: { en: " (did you mean '{name}'?)", ko: " ('{name}'{^을} 의도했나요?)" },
  cancelled: {
    en: "Cancelled",
    ko: "취소되었습니다",
  },
} satisfies Record<string, Entry>;
