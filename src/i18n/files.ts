// The catalogue's files area: the credentials and config files, caches, locks and their errors.
import type { Entry } from "./text.ts";

export const FILE_MESSAGES = {
  // Files
  file_value_refused: {
    en: 'Cannot update "{path}": {reason}',
    ko: '"{path}"{^을} 수정할 수 없습니다: {reason}',
    hint: {
      en: "Nothing was written; fix the value named above.",
      ko: "아무것도 쓰지 않았습니다. 위에 적힌 값을 고치세요.",
    },
  },
  file_invalid: {
    en: 'Cannot update "{path}": line {line}: {reason}',
    ko: '"{path}"{^을} 수정할 수 없습니다: {line}번째 줄: {reason}',
    hint: {
      en: "Fix that line (the AWS CLI rejects the file as it is); nothing was written.",
      ko: "그 줄을 고치세요 (AWS CLI도 이 파일을 거부합니다). 아무것도 쓰지 않았습니다.",
    },
  },
  file_too_large: {
    en: 'Cannot update "{path}": it is larger than {max} bytes',
    ko: '"{path}"{^을} 수정할 수 없습니다: {max} 바이트보다 큽니다',
    hint: {
      en: "Point --aws-credentials at the right file.",
      ko: "--aws-credentials 로 올바른 파일을 지정하세요.",
    },
  },
  file_result_too_large: {
    en:
      'Nothing was written to "{path}": the result would be {size} bytes, over the {max} okta-aws reads',
    ko:
      '"{path}"에 아무것도 쓰지 않았습니다: 결과가 {size} 바이트로, okta-aws 가 읽는 한도 {max} 바이트를 넘습니다',
    hint: {
      en:
        "Write fewer profiles (one app with --aws-acct-fed-app-id, or --prune the ones you no longer use).",
      ko:
        "프로필을 더 적게 쓰세요 (--aws-acct-fed-app-id 로 앱 하나씩, 또는 --prune 으로 안 쓰는 프로필 정리).",
    },
  },
  file_unsettled: {
    en: 'Nothing was written to "{path}": another program kept rewriting it',
    ko: '"{path}"에 아무것도 쓰지 않았습니다: 다른 프로그램이 계속 다시 쓰고 있었습니다',
    hint: {
      en: "Let it finish (an `aws configure` still running?), then run the command again.",
      ko: "그 프로그램이 끝나면 (`aws configure` 가 실행 중인가요?) 명령을 다시 실행하세요.",
    },
  },
  file_read_only: {
    en: 'Cannot update "{path}": the file is read-only',
    ko: '"{path}"{^을} 수정할 수 없습니다: 읽기 전용 파일입니다',
    hint: {
      en: 'Make it writable (chmod 600 "{path}") or choose another file with --aws-credentials.',
      ko: '쓰기 권한을 주거나 (chmod 600 "{path}") --aws-credentials 로 다른 파일을 지정하세요.',
    },
  },
  file_write_failed: {
    en: 'Cannot write "{path}": {reason}',
    ko: '"{path}"에 쓸 수 없습니다: {reason}',
    hint: {
      en: "Check free space and permissions of that directory; the old file is untouched.",
      ko: "그 디렉터리의 남은 공간과 권한을 확인하세요. 기존 파일은 그대로입니다.",
    },
  },
  lock_timeout: {
    en: 'Cannot lock "{path}": another okta-aws process holds it',
    ko: '"{path}"{^을} 잠글 수 없습니다: 다른 okta-aws 프로세스가 잡고 있습니다',
    hint: {
      en: "Wait for that process to finish, then run again; its lock ends when it exits.",
      ko: "그 프로세스가 끝난 뒤 다시 실행하세요. 잠금은 프로세스가 끝나면 풀립니다.",
    },
  },
  nested_exec: {
    en: 'Refusing to run inside another okta-aws exec (profile "{profile}")',
    ko: '다른 okta-aws exec (프로필 "{profile}") 안에서 실행하지 않습니다',
    hint: {
      en: "Run it outside that shell, or pass --force-nested if you mean it.",
      ko: "그 셸 밖에서 실행하거나, 의도한 것이면 --force-nested 를 주세요.",
    },
  },
  exec_spawn_failed: {
    en: 'Cannot start "{command}": {reason}',
    ko: '"{command}"{^을} 시작할 수 없습니다: {reason}',
    hint: {
      en: "The command exists; the system refused to start it (limits, memory). Try again.",
      ko: "명령은 있지만 시스템이 시작을 거부했습니다 (제한, 메모리). 다시 시도하세요.",
    },
  },
  exec_not_found: {
    en: 'Cannot run "{command}": command not found',
    ko: '"{command}"{^을} 실행할 수 없습니다: 명령을 찾을 수 없습니다',
    hint: {
      en: "Check the name, or give its full path; PATH is searched as your shell does.",
      ko: "이름을 확인하거나 전체 경로를 주세요. PATH 는 셸과 같은 방식으로 찾습니다.",
    },
  },
  exec_not_executable: {
    en: 'Cannot run "{command}": it is not executable',
    ko: '"{command}"{^을} 실행할 수 없습니다: 실행 권한이 없습니다',
    hint: {
      en: 'Make it executable (chmod +x "{command}") or run it through its interpreter.',
      ko: '실행 권한을 주거나 (chmod +x "{command}") 인터프리터로 실행하세요.',
    },
  },
  refresh_token_not_enabled: {
    en: 'Okta refused the offline_access scope for the OIDC app "{clientId}"',
    ko: 'Okta가 OIDC 앱 "{clientId}"의 offline_access 범위를 거부했습니다',
    hint: {
      en:
        'In the "AWS CLI" app, General, Grant type, tick "Refresh Token" (guide step 1.1), or run without --refresh-token.',
      ko:
        '"AWS CLI" 앱의 General > Grant type 에서 "Refresh Token"을 체크하거나 (가이드 1.1), --refresh-token 없이 실행하세요.',
    },
  },
  session_lock_timeout: {
    en: 'Gave up waiting for another okta-aws sign-in after {seconds} s (lock "{path}")',
    ko: '다른 okta-aws 로그인을 {seconds}초 기다렸지만 끝나지 않았습니다 (잠금 "{path}")',
    hint: {
      en:
        "Finish or cancel the other sign-in (its URL is on its terminal), then run again; OKTA_AWS_LOCK_TIMEOUT sets the wait in seconds.",
      ko:
        "다른 로그인(URL은 그 터미널에 있음)을 마치거나 취소한 뒤 다시 실행하세요. 기다리는 시간은 OKTA_AWS_LOCK_TIMEOUT(초)으로 정합니다.",
    },
  },
  usage_unknown_format: {
    en:
      'Unknown --format "{format}"{suggestion}: built in are {builtin}; plugins found in "{dir}": {found}',
    ko:
      '알 수 없는 --format "{format}"{suggestion}: 내장 형식 {builtin}; "{dir}"의 플러그인: {found}',
    hint: {
      en:
        'Choose a built-in format, or install an executable "okta-aws-output-{format}" in that directory.',
      ko: '내장 형식을 고르거나, 그 디렉터리에 실행 파일 "okta-aws-output-{format}"{^을} 두세요.',
    },
  },
  notice_waiting_lock: {
    en: 'Waiting for another okta-aws sign-in to {org} to finish (lock "{path}")...',
    ko: '다른 okta-aws 의 {org} 로그인이 끝나기를 기다립니다 (잠금 "{path}")...',
  },
  notice_env_var_terminal: {
    en:
      "notice: these lines set nothing in this shell by themselves: run {how} with the same arguments, or -z to write a profile",
    ko:
      "알림: 위 줄은 그대로는 이 셸에 아무것도 설정하지 않습니다: 같은 인자로 {how} 를 실행하거나, -z 로 프로필을 기록하세요",
  },
  status_none: {
    en: 'No cached Okta sessions or AWS credentials in "{dir}", and no IAM Identity Center session',
    ko: '"{dir}"에 캐시된 Okta 세션이나 AWS 자격 증명이 없고, IAM Identity Center 세션도 없습니다',
  },
  status_header: { en: "KIND|WHAT|EXPIRES|LEFT", ko: "종류|대상|만료|남은 시간" },
  list_profiles_none: {
    en: 'No profiles in "{path}" (awscli.profiles); see the README for its format',
    ko: '"{path}"에 프로필(awscli.profiles)이 없습니다. 형식은 README 를 참고하세요',
  },
  status_refresh: { en: "+refresh", ko: "+갱신 토큰" },
  status_asked_got: { en: "asked {asked}, got {got}", ko: "요청 {asked}, 받음 {got}" },
  notice_keychain_failed: {
    en:
      "notice: {keychain} did not answer ({detail}); this run keeps its secrets in 0600 files under {dir}",
    ko:
      "알림: {keychain}{^이} 응답하지 않았습니다 ({detail}). 이번 실행의 비밀 값은 {dir} 아래 0600 파일에 둡니다",
  },
  notice_token_store_file: {
    en:
      "notice: no keychain answers here ({keychain}: {detail}); okta-aws keeps its tokens and cached credentials in 0600 files under {dir} (--token-store keychain tries again)",
    ko:
      "알림: 응답하는 키체인이 없습니다 ({keychain}: {detail}). okta-aws 는 토큰과 캐시된 자격 증명을 {dir} 아래 0600 파일에 둡니다 (--token-store keychain 으로 다시 시도)",
  },
  notice_token_store_moved: {
    en:
      "notice: okta-aws's tokens and cached credentials are now in {store}; no copy is left behind",
    ko:
      "알림: okta-aws 의 토큰과 캐시된 자격 증명을 {store}{^으로} 옮겼습니다. 남은 사본은 없습니다",
  },
  status_token_store: {
    en: "secrets: {store}",
    ko: "비밀 값 보관: {store}",
  },
  notice_exec_short_lived: {
    en:
      "notice: the credentials handed to the command expire in {left}, within the refresh window ({window}), and nothing renews them; for a longer job use --server, which renews them while it runs",
    ko:
      "알림: 명령에 넘긴 자격 증명이 {left} 뒤 만료되어 갱신 창 ({window}) 안에 있고, 갱신할 방법이 없습니다. 오래 걸리는 작업에는 실행 중에 갱신하는 --server 를 쓰세요",
  },
  status_session_name: { en: "as {name}", ko: "세션 이름 {name}" },
  status_policies: { en: "within {policies}", ko: "정책 {policies} 안에서" },
  status_sso_token: { en: "access token ({region})", ko: "액세스 토큰 ({region})" },
  status_okta_aws_only: {
    en: "okta-aws only (--no-aws-cli-cache)",
    ko: "okta-aws 전용 (--no-aws-cli-cache)",
  },
  status_sso_registration: {
    en: "client registration (bounds the refresh)",
    ko: "클라이언트 등록 (갱신 가능 기한)",
  },
  status_aws_cli_role: { en: "role credentials {file}", ko: "역할 자격 증명 {file}" },
  status_expired: { en: "expired", ko: "만료됨" },
  logout_done: {
    en: 'Removed {count} cached item(s) from "{dir}"',
    ko: '"{dir}"에서 캐시 {count}개를 지웠습니다',
  },
  error_unexpected: {
    en: "Unexpected failure: {message}",
    ko: "예상하지 못한 실패: {message}",
    hint: {
      en: "Run again with --debug and report it with that output.",
      ko: "--debug 로 다시 실행하고 그 출력과 함께 알려 주세요.",
    },
  },
  profile_not_found: {
    en: 'No profile "{profile}" in "{credentials}" or "{config}"; nothing was changed',
    ko:
      '"{credentials}", "{config}" 어디에도 없는 프로필입니다: "{profile}". 아무것도 바꾸지 않았습니다',
    hint: {
      en: "The profiles there: {profiles}.",
      ko: "그 파일들의 프로필: {profiles}.",
    },
  },
  profile_removed: {
    en: 'Removed [{section}] from "{path}"',
    ko: '삭제했습니다: [{section}] ("{path}")',
  },
  profile_cache_removed: {
    en: "Removed {count} cached credential set(s) of profile {profile}",
    ko: "캐시된 자격 증명 {count}개를 삭제했습니다 (프로필 {profile})",
  },
} satisfies Record<string, Entry>;
