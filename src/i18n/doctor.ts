// The catalogue's doctor area: each check's label, its findings and their fixes.
import type { Entry } from "./text.ts";

export const DOCTOR_MESSAGES = {
  doctor_level_ok: { en: "ok", ko: "정상" },
  doctor_managed_ok: {
    en: 'managed defaults "{path}" read; enforced: {enforced}',
    ko: '관리 기본값 "{path}"{^을} 읽었습니다. 강제: {enforced}',
  },
  doctor_settings_from: {
    en: "where each setting comes from: {settings}",
    ko: "각 설정의 출처: {settings}",
  },
  doctor_login_profiles: {
    en: "profiles from aws login (login_session), which the AWS CLI manages: {profiles}",
    ko: "aws login 이 만든 프로필(login_session), AWS CLI 가 관리: {profiles}",
  },
  doctor_sso_start_url: {
    en: 'the start URL "{url}" is not an https URL',
    ko: '시작 URL "{url}"{^은} https URL 이 아닙니다',
    hint: {
      en:
        "Set sso_start_url to the AWS access portal URL (https://d-xxxxxxxxxx.awsapps.com/start, a vanity alias, or your domain).",
      ko:
        "sso_start_url 을 AWS 액세스 포털 URL(https://d-xxxxxxxxxx.awsapps.com/start, 별칭, 또는 회사 도메인)로 설정하세요.",
    },
  },
  doctor_sso_region: {
    en: '"{region}" is not an AWS region',
    ko: '"{region}"{^은} AWS 리전이 아닙니다',
    hint: {
      en: "Set sso_region to the region IAM Identity Center runs in (like ap-northeast-2).",
      ko: "sso_region 을 IAM Identity Center 가 실행되는 리전(예: ap-northeast-2)으로 설정하세요.",
    },
  },
  doctor_sso_no_token: {
    en: "not signed in",
    ko: "로그인하지 않았습니다",
    hint: { en: "Sign in: {command}", ko: "로그인하세요: {command}" },
  },
  doctor_sso_token_refreshable: {
    en: "the access token has expired; the next use refreshes it",
    ko: "액세스 토큰이 만료되었습니다. 다음 사용 때 갱신합니다",
  },
  doctor_sso_token_expired: {
    en: "the sign-in has expired",
    ko: "로그인이 만료되었습니다",
    hint: { en: "Sign in again: {command}", ko: "다시 로그인하세요: {command}" },
  },
  doctor_sso_ok: {
    en: 'signed in to "{url}" ({minutes} min left); the portal lists {accounts} account(s)',
    ko: '"{url}"에 로그인됨 ({minutes}분 남음). 포털의 계정 {accounts}개',
  },
  doctor_level_warn: { en: "warn", ko: "경고" },
  doctor_level_fail: { en: "fail", ko: "실패" },
  // okta-aws doctor
  doctor_fix: { en: "fix: {fix}", ko: "해결: {fix}" },
  doctor_check_yaml: { en: "okta.yaml", ko: "okta.yaml" },
  doctor_check_dotenv: { en: ".env", ko: ".env" },
  doctor_check_credentials: { en: "credentials", ko: "자격 증명 파일" },
  doctor_check_config: { en: "config", ko: "config 파일" },
  doctor_check_cache: { en: "cache", ko: "캐시" },
  doctor_check_synced: { en: "synced profiles", ko: "동기화한 프로필" },
  doctor_synced_ok: {
    en: "{count} profiles from okta-aws profiles sync run {command}",
    ko: "okta-aws profiles sync 로 만든 프로필 {count}개가 {command}{^을} 실행합니다",
  },
  doctor_synced_missing: {
    en:
      "{count} profiles from okta-aws profiles sync run {command}, which is not there ({profiles})",
    ko:
      "okta-aws profiles sync 로 만든 프로필 {count}개가 실행하는 {command}{^이} 없습니다 ({profiles})",
  },
  doctor_fix_synced: {
    en:
      "Run okta-aws profiles sync again (with --command when okta-aws lives elsewhere): it rewrites their command in place.",
    ko:
      "okta-aws profiles sync 를 다시 실행하세요 (okta-aws 가 다른 곳에 있으면 --command 와 함께): 명령을 제자리에서 고칩니다.",
  },
  doctor_check_sts: { en: "STS", ko: "STS" },
  doctor_check_org: { en: "Okta org", ko: "Okta 조직" },
  doctor_check_clock: { en: "clock", ko: "시계" },
  doctor_check_app: { en: "OIDC app", ko: "OIDC 앱" },
  doctor_check_exchange: { en: "Web SSO client", ko: "Web SSO 클라이언트" },
  doctor_absent: { en: 'none at "{path}" (optional)', ko: '"{path}"에 없음 (선택 사항)' },
  doctor_yaml_ok: {
    en: '"{path}" reads ({profiles} profiles)',
    ko: '"{path}"{^을} 읽을 수 있습니다 (프로필 {profiles}개)',
  },
  doctor_yaml_unknown: {
    en: 'unknown key "{key}" in {where}{suggestion}',
    ko: '{where}에 알 수 없는 키 "{key}"{suggestion}',
  },
  doctor_dotenv_ok: {
    en: '"{path}" ({count} settings) is used as it is',
    ko: '"{path}" (설정 {count}개)를 그대로 씁니다',
  },
  doctor_dotenv_untrusted: {
    en: '"{path}" sets {keys}, which are ignored until you trust the file',
    ko: '"{path}"{^이} {keys}{^을} 설정하지만, 파일을 신뢰하기 전에는 무시됩니다',
  },
  doctor_fix_trust: {
    en: "if you wrote it, run: {command}",
    ko: "직접 작성한 파일이면 실행하세요: {command}",
  },
  doctor_aws_file_ok: {
    en: '"{path}" parses as the AWS CLI reads it ({sections} sections)',
    ko: '"{path}"{^을} AWS CLI 처럼 읽을 수 있습니다 (섹션 {sections}개)',
  },
  doctor_fix_line: {
    en: "fix that line: the AWS CLI rejects the file as it is (okta-aws will not write to it)",
    ko: "그 줄을 고치세요: AWS CLI 가 지금 파일을 거부합니다 (okta-aws 도 쓰지 않습니다)",
  },
  doctor_file_open: {
    en: '"{path}" is open to other users (mode {mode})',
    ko: '"{path}"{^을} 다른 사용자가 읽을 수 있습니다 (권한 {mode})',
  },
  doctor_fix_chmod: { en: 'chmod 600 "{path}"', ko: 'chmod 600 "{path}"' },
  doctor_fix_chmod_dir: { en: 'chmod 700 "{path}"', ko: 'chmod 700 "{path}"' },
  doctor_cache_new: {
    en: '"{dir}" does not exist yet; it is created 0700 on first use',
    ko: '"{dir}"{^이} 아직 없습니다; 처음 쓸 때 0700 으로 만듭니다',
  },
  doctor_cache_ok: { en: '"{dir}" is writable', ko: '"{dir}"에 쓸 수 있습니다' },
  doctor_cache_not_dir: {
    en: '"{dir}" is not a directory',
    ko: '"{dir}"{^은} 디렉터리가 아닙니다',
  },
  doctor_cache_unwritable: {
    en: 'cannot write in "{dir}": {reason}',
    ko: '"{dir}"에 쓸 수 없습니다: {reason}',
  },
  doctor_fix_cache: {
    en:
      "move it away, or set OKTA_AWS_CACHE_DIR to a writable directory (credentials are still delivered, uncached)",
    ko:
      "치우거나 OKTA_AWS_CACHE_DIR 를 쓸 수 있는 디렉터리로 지정하세요 (캐시 없이도 자격 증명은 전달됩니다)",
  },
  doctor_org_ok: {
    en: '"{host}" answers and runs Okta Identity Engine{route}',
    ko: '"{host}"{^이} 응답하며 Okta Identity Engine 입니다{route}',
  },
  doctor_clock_ok: {
    en: 'this machine\'s clock agrees with "{host}"',
    ko: '이 컴퓨터의 시계가 "{host}"{^과} 맞습니다',
  },
  doctor_clock_skew: {
    en:
      "this machine's clock is {seconds} s off \"{host}\"'s: tokens and assertions may be refused",
    ko: '이 컴퓨터의 시계가 "{host}"{^과} {seconds}초 다릅니다: 토큰과 어서션이 거부될 수 있습니다',
  },
  doctor_fix_clock: {
    en: "synchronise the clock (NTP, or Windows Time)",
    ko: "시계를 동기화하세요 (NTP 또는 Windows 시간)",
  },
  doctor_sts_ok: { en: '"{host}" answers{route}', ko: '"{host}"{^이} 응답합니다{route}' },
  doctor_device_ok: {
    en: 'client "{clientId}" may start device authorization (guide step 1.1)',
    ko: '클라이언트 "{clientId}"{^이} 장치 인증을 시작할 수 있습니다 (가이드 1.1)',
  },
  doctor_exchange_skipped: {
    en: "no cached Okta session to test the token exchange with",
    ko: "토큰 교환을 시험할 캐시된 Okta 세션이 없습니다",
  },
  doctor_fix_session: {
    en: "run okta-aws web once with --cache-access-token, then doctor again",
    ko: "okta-aws web 을 --cache-access-token 과 함께 한 번 실행한 뒤 doctor 를 다시 실행하세요",
  },
  doctor_exchange_ok: {
    en:
      'client "{clientId}" may get web SSO tokens for app "{appId}" (Allowed Web SSO Client, guide step 1.2)',
    ko:
      '클라이언트 "{clientId}"{^이} 앱 "{appId}"의 web SSO 토큰을 받을 수 있습니다 (Allowed Web SSO Client, 가이드 1.2)',
  },
  doctor_org_unset: {
    en: "no org set: the org and app checks are skipped",
    ko: "조직이 설정되지 않아 조직과 앱 점검을 건너뜁니다",
  },
  doctor_fix_org: {
    en: "give --org-domain (or OKTA_AWSCLI_ORG_DOMAIN, or an okta.yaml profile)",
    ko: "--org-domain (또는 OKTA_AWSCLI_ORG_DOMAIN, okta.yaml 프로필)을 주세요",
  },
  doctor_client_unset: {
    en: "no OIDC client id set: the app checks are skipped",
    ko: "OIDC 클라이언트 ID 가 없어 앱 점검을 건너뜁니다",
  },
  doctor_fix_client: {
    en: "give --oidc-client-id (or OKTA_AWSCLI_OIDC_CLIENT_ID)",
    ko: "--oidc-client-id (또는 OKTA_AWSCLI_OIDC_CLIENT_ID)를 주세요",
  },
} satisfies Record<string, Entry>;
