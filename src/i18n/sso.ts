// The catalogue's IAM Identity Center area: okta-aws sso login, configure, logout, remove and
// profiles sync.
import type { Entry } from "./text.ts";

export const SSO_MESSAGES = {
  // IAM Identity Center (okta-aws sso)
  sso_session_expired: {
    en: "The IAM Identity Center session has ended ({operation}: {error})",
    ko: "IAM Identity Center 세션이 끝났습니다 ({operation}: {error})",
    hint: { en: "Sign in again: {command}", ko: "다시 로그인하세요: {command}" },
  },
  sso_not_logged_in: {
    en: 'Not signed in to IAM Identity Center at "{url}"',
    ko: 'IAM Identity Center "{url}"에 로그인되어 있지 않습니다',
    hint: { en: "Sign in first: {command}", ko: "먼저 로그인하세요: {command}" },
  },
  sso_access_denied: {
    en: "The IAM Identity Center sign-in was denied ({operation})",
    ko: "IAM Identity Center 로그인이 거부되었습니다 ({operation})",
    hint: {
      en:
        "Approve the request in the browser; in Okta, check that you are assigned to the AWS IAM Identity Center app.",
      ko:
        "브라우저에서 요청을 승인하세요. Okta 에서 AWS IAM Identity Center 앱에 할당되어 있는지 확인하세요.",
    },
  },
  sso_failed: {
    en: "IAM Identity Center {operation} failed: {error}: {description}",
    ko: "IAM Identity Center {operation} 실패: {error}: {description}",
    hint: {
      en: "Check sso_start_url and sso_region in the config file; run with --debug for details.",
      ko: "config 파일의 sso_start_url 과 sso_region 을 확인하고, --debug 로 자세히 보세요.",
    },
  },
  notice_shared_cache_dir: {
    en:
      'notice: other users may write to "{dir}": they could replace your token files; run: chmod 700 "{dir}"',
    ko:
      '알림: 다른 사용자가 "{dir}"에 쓸 수 있습니다. 토큰 파일을 바꿔치기할 수 있으니 실행하세요: chmod 700 "{dir}"',
  },
  sso_portal_paging: {
    en: "IAM Identity Center {operation} at {portal} never ends: {why}",
    ko: "{portal} 의 IAM Identity Center {operation}{^이} 끝나지 않습니다: {why}",
    hint: {
      en:
        "Nothing was written from a partial list. Try again later; if it persists, the portal (or a proxy in front of it) is broken.",
      ko:
        "불완전한 목록으로는 아무것도 쓰지 않았습니다. 나중에 다시 시도하세요. 계속되면 포털(또는 그 앞의 프록시)이 고장난 것입니다.",
    },
  },
  sso_role_denied: {
    en: 'IAM Identity Center gives you no role "{role}" in account {account}',
    ko: 'IAM Identity Center 에서 계정 {account}의 역할 "{role}"{^을} 받을 권한이 없습니다',
    hint: {
      en: "Pick a role you have: okta-aws sso configure (or ask for the permission set).",
      ko: "가진 역할을 고르세요: okta-aws sso configure (또는 권한 세트를 요청하세요).",
    },
  },
  sso_session_missing: {
    en: 'The config file "{path}" has no [sso-session {session}] section',
    ko: 'config 파일 "{path}"에 [sso-session {session}] 섹션이 없습니다',
    hint: {
      en: "Create it: okta-aws sso configure --sso-session {session}",
      ko: "만드세요: okta-aws sso configure --sso-session {session}",
    },
  },
  sso_profile_missing: {
    en: 'The config file "{path}" has no profile "{profile}"',
    ko: 'config 파일 "{path}"에 프로필 "{profile}"{^이} 없습니다',
    hint: {
      en: "Create it: okta-aws sso configure --profile {profile}",
      ko: "만드세요: okta-aws sso configure --profile {profile}",
    },
  },
  sso_profile_missing_others: {
    en: 'The config file "{path}" has no profile "{profile}"; it has: {profiles}',
    ko: 'config 파일 "{path}"에 프로필 "{profile}"{^이} 없습니다. 있는 프로필: {profiles}',
    hint: {
      en:
        "Choose one with --profile (or AWS_PROFILE), or create it: okta-aws sso configure --profile {profile}",
      ko:
        "--profile (또는 AWS_PROFILE)로 하나를 고르거나, 만드세요: okta-aws sso configure --profile {profile}",
    },
  },
  sso_profile_not_sso: {
    en:
      'The profile "{profile}" in "{path}" is not an IAM Identity Center profile (no sso_session, no sso_start_url)',
    ko:
      '"{path}"의 프로필 "{profile}"{^은} IAM Identity Center 프로필이 아닙니다 (sso_session, sso_start_url 없음)',
    hint: {
      en: "Set it up: okta-aws sso configure --profile {profile}",
      ko: "설정하세요: okta-aws sso configure --profile {profile}",
    },
  },
  sso_config_incomplete: {
    en: 'The section [{section}] of "{path}" lacks {keys}',
    ko: '"{path}"의 [{section}] 섹션에 {keys} 값이 없습니다',
    hint: {
      en: "Run okta-aws sso configure again, or add the keys by hand.",
      ko: "okta-aws sso configure 를 다시 실행하거나 직접 값을 추가하세요.",
    },
  },
  sso_callback_failed: {
    en: "The browser sign-in did not come back right: {reason}",
    ko: "브라우저 로그인이 올바르게 돌아오지 않았습니다: {reason}",
    hint: {
      en: "Run the command again, or sign in with --use-device-code.",
      ko: "명령을 다시 실행하거나 --use-device-code 로 로그인하세요.",
    },
  },
  sso_no_accounts: {
    en: 'IAM Identity Center at "{url}" gives you no AWS account',
    ko: 'IAM Identity Center "{url}"에서 사용할 수 있는 AWS 계정이 없습니다',
    hint: {
      en: "Ask your administrator to assign you a permission set in an account.",
      ko: "관리자에게 계정의 권한 세트 할당을 요청하세요.",
    },
  },
  sso_account_unknown: {
    en: 'IAM Identity Center at "{url}" gives you no account {account}',
    ko: 'IAM Identity Center "{url}"에서 계정 {account}에 접근할 수 없습니다',
    hint: {
      en: "Your accounts: {choices}. Give one of them with --account-id, or leave it out to pick.",
      ko:
        "접근 가능한 계정: {choices}. 이 중 하나를 --account-id 로 주거나, 빼고 목록에서 고르세요.",
    },
  },
  sso_role_unknown: {
    en: 'IAM Identity Center gives you no role "{role}" in account {account}{suggestion}',
    ko: 'IAM Identity Center 에서 계정 {account}에 "{role}" 역할이 없습니다{suggestion}',
    hint: {
      en:
        "Your roles there: {choices}. Give one of them with --role-name, or leave it out to pick.",
      ko:
        "그 계정의 역할: {choices}. 이 중 하나를 --role-name 으로 주거나, 빼고 목록에서 고르세요.",
    },
  },
  sso_no_roles: {
    en: "IAM Identity Center gives you no role in account {account}",
    ko: "IAM Identity Center 에서 계정 {account}에 사용할 수 있는 역할이 없습니다",
    hint: {
      en: "Ask your administrator to assign you a permission set in this account.",
      ko: "관리자에게 이 계정의 권한 세트 할당을 요청하세요.",
    },
  },
  answer_needed: {
    en: 'No terminal to ask "{question}"',
    ko: '"{question}" 질문을 할 터미널이 없습니다',
    hint: { en: "Answer it with {flag}.", ko: "{flag}{^으로} 답을 주세요." },
  },
  callback_page_ok: {
    en: "Signed in. You can close this window and return to the terminal.",
    ko: "로그인했습니다. 이 창을 닫고 터미널로 돌아가세요.",
  },
  callback_page_failed: {
    en: "The sign-in did not finish. Return to the terminal.",
    ko: "로그인이 끝나지 않았습니다. 터미널로 돌아가세요.",
  },
  notice_sso_device: {
    en: "Open this URL in a browser and sign in:\n  {url}\nThen enter the code:\n  {code}",
    ko: "브라우저에서 이 URL을 열고 로그인하세요:\n  {url}\n그다음 코드를 입력하세요:\n  {code}",
  },
  notice_sso_browser: {
    en:
      "Opening the sign-in page in your browser. If it does not open, open this URL on this machine:\n  {url}",
    ko:
      "브라우저에서 로그인 페이지를 엽니다. 열리지 않으면 이 컴퓨터에서 이 URL을 여세요:\n  {url}",
  },
  notice_sso_open: {
    en: "Open this URL in a browser on this machine and sign in:\n  {url}",
    ko: "이 컴퓨터의 브라우저에서 이 URL을 열고 로그인하세요:\n  {url}",
  },
  notice_sso_only_account: {
    en: "The only AWS account available to you is: {account}",
    ko: "사용할 수 있는 AWS 계정은 하나뿐입니다: {account}",
  },
  notice_sso_only_role: {
    en: 'Using the role name "{role}"',
    ko: '역할 이름 "{role}"{^을} 사용합니다',
  },
  prompt_sso_account: {
    en: "There are {count} AWS accounts available to you",
    ko: "사용할 수 있는 AWS 계정이 {count}개 있습니다",
  },
  prompt_sso_role: {
    en: "There are {count} roles available to you",
    ko: "사용할 수 있는 역할이 {count}개 있습니다",
  },
  what_sso_account: { en: "an AWS account", ko: "AWS 계정" },
  what_sso_role: { en: "a role", ko: "역할" },
  ask_sso_session: { en: "SSO session name (Recommended)", ko: "SSO 세션 이름 (권장)" },
  ask_sso_start_url: { en: "SSO start URL", ko: "SSO 시작 URL" },
  ask_sso_region: { en: "SSO region", ko: "SSO 리전" },
  ask_sso_scopes: { en: "SSO registration scopes", ko: "SSO 등록 범위" },
  ask_region: { en: "Default client Region", ko: "기본 클라이언트 리전" },
  ask_output: {
    en: "CLI default output format (json if not specified)",
    ko: "CLI 기본 출력 형식 (지정하지 않으면 json)",
  },
  ask_profile_name: { en: "Profile name", ko: "프로필 이름" },
  sso_logged_in: {
    en: "Successfully logged into Start URL: {url}",
    ko: "시작 URL 에 로그인했습니다: {url}",
  },
  sso_still_logged_in: {
    en:
      "Already signed in to Start URL: {url} (token valid until {expires}; --force signs in again)",
    ko: "시작 URL 에 이미 로그인되어 있습니다: {url} (토큰 만료 {expires}; --force 로 다시 로그인)",
  },
  sso_configured: {
    en:
      'Profile "{profile}" written to "{path}". Try:\n  aws sts get-caller-identity --profile {profile}',
    ko:
      '프로필 "{profile}"{^을} "{path}"에 기록했습니다. 확인:\n  aws sts get-caller-identity --profile {profile}',
  },
  sso_configured_all: {
    en: '"{path}": {added} profiles added, {kept} left as they were, {pruned} removed',
    ko: '"{path}": 프로필 {added}개 추가, {kept}개 유지, {pruned}개 삭제',
  },
  sync_summary: {
    en:
      '"{path}": {added} profiles added, {updated} updated, {unchanged} unchanged, {pruned} removed',
    ko: '"{path}": 프로필 {added}개 추가, {updated}개 갱신, {unchanged}개 그대로, {pruned}개 삭제',
  },
  sync_dry_run: { en: "dry run: nothing was written", ko: "시험 실행: 아무것도 쓰지 않았습니다" },
  sync_updated_line: { en: "  ~ {profile}", ko: "  ~ {profile}" },
  notice_sync_taken: {
    en:
      "notice: left as they are (written by hand, or synced from another org or session): {profiles}; rename them, or pick other names with --profile-name-template",
    ko:
      "알림: 직접 쓰거나 다른 조직이나 세션에서 동기화한 프로필이라 그대로 두었습니다: {profiles}; 이름을 바꾸거나 --profile-name-template 로 다른 이름을 쓰세요",
  },
  notice_sync_stale: {
    en: "notice: profiles of roles you no longer reach: {profiles}; --prune removes them",
    ko: "알림: 더는 닿을 수 없는 역할의 프로필: {profiles}; --prune 으로 삭제합니다",
  },
  sync_no_roles: {
    en: "No role was reachable through {source}; the config file was not changed",
    ko: "{source}에서 닿을 수 있는 역할이 없어 config 파일을 바꾸지 않았습니다",
    hint: {
      en:
        "Check that you signed in as the right user and that the Federation app (or the Identity Center session) assigns you roles.",
      ko:
        "올바른 사용자로 로그인했는지, Federation 앱(또는 Identity Center 세션)이 역할을 할당했는지 확인하세요.",
    },
  },
  sso_profile_line: { en: "  + {profile}", ko: "  + {profile}" },
  sso_pruned_line: { en: "  - {profile}", ko: "  - {profile}" },
  sso_logged_out: {
    en:
      "Signed out of {sessions} IAM Identity Center sessions; removed {tokens} token files and {roles} cached role credentials",
    ko:
      "IAM Identity Center 세션 {sessions}개에서 로그아웃했고, 토큰 파일 {tokens}개와 캐시된 역할 자격 증명 {roles}개를 삭제했습니다",
  },
  notice_sso_token_moved: {
    en:
      'notice: moved the Identity Center token from "{from}" to "{to}" (--no-aws-cli-cache decides which); no copy is left',
    ko:
      '알림: Identity Center 토큰을 "{from}" 에서 "{to}" 로 옮겼습니다 (--no-aws-cli-cache 가 위치를 정함). 사본은 남기지 않습니다',
  },
  notice_sso_logout_failed: {
    en:
      'notice: the portal did not confirm the sign-out of "{url}" ({reason}); the local files are removed anyway',
    ko: '알림: 포털이 "{url}" 로그아웃을 확인하지 않았습니다 ({reason}); 로컬 파일은 삭제합니다',
  },
  notice_sso_nothing_to_sign_out: {
    en:
      'No [sso-session {session}] in "{path}" and no cached sign-in of it: nothing to sign out of',
    ko: '"{path}"에 [sso-session {session}] 섹션도, 캐시된 로그인도 없어 로그아웃할 것이 없습니다',
  },
  sso_removed: {
    en: 'Removed from "{path}": {sections}',
    ko: '"{path}"에서 삭제했습니다: {sections}',
  },
  sso_nothing_removed: {
    en: '"{path}" has no section named {what}; nothing was changed',
    ko: '"{path}"에 {what} 섹션이 없어 아무것도 바꾸지 않았습니다',
    hint: {
      en: "See the profiles there with: aws configure list-profiles",
      ko: "그 파일의 프로필은 aws configure list-profiles 로 볼 수 있습니다",
    },
  },
} satisfies Record<string, Entry>;
