// The one message catalogue: every user-facing error, hint and notice in English and Korean.
// Templates use {name} placeholders; values are inserted with control characters escaped
// (quote them in the template).
import { printable } from "../text/printable.ts";
import { registerEnglish } from "../errors.ts";
import type { Lang, Params } from "./phrase.ts";
import { NETWORK_MESSAGES } from "./network.ts";

export { detectLang, phrase } from "./phrase.ts";
export type { Lang, Params, Phrase } from "./phrase.ts";

export interface Entry {
  en: string;
  ko: string;
  hintEn?: string;
  hintKo?: string;
}

const GUIDE_11 = "guide step 1.1";
const GUIDE_12 = "guide step 1.2";
const DEBUG_HINT_EN = "Run with --debug-api-calls to see the calls (secrets are redacted).";
const DEBUG_HINT_KO = "--debug-api-calls 로 호출 내역을 확인하세요 (비밀 값은 가려집니다).";

export const CATALOGUE = {
  // Okta device authorization (RFC 8628)
  device_authorization_failed: {
    en: 'Cannot start device authorization at "{host}": Okta returned {error}: {description}',
    ko: '"{host}"에서 장치 인증을 시작할 수 없습니다: Okta 응답 {error}: {description}',
    hintEn: "Check --org-domain and --oidc-client-id.",
    hintKo: "--org-domain 과 --oidc-client-id 값을 확인하세요.",
  },
  device_grant_not_enabled: {
    en:
      'Cannot start device authorization: the OIDC app "{clientId}" does not allow the Device Authorization grant',
    ko:
      '장치 인증을 시작할 수 없습니다: OIDC 앱 "{clientId}"에 Device Authorization 권한 부여 유형이 없습니다',
    hintEn:
      `In the Okta admin console, open the "AWS CLI" app, General, Grant type, and tick "Device Authorization" (${GUIDE_11}).`,
    hintKo:
      `Okta 관리 콘솔에서 "AWS CLI" 앱의 General > Grant type 에서 "Device Authorization"을 체크하세요 (가이드 1.1).`,
  },
  invalid_client: {
    en: 'Okta does not know the client id "{clientId}" at "{host}"',
    ko: 'Okta "{host}"에 클라이언트 ID "{clientId}"가 없습니다',
    hintEn:
      `Copy the Client ID from the "AWS CLI" app's General tab into --oidc-client-id (${GUIDE_11}).`,
    hintKo:
      '"AWS CLI" 앱의 General 탭에서 Client ID를 복사해 --oidc-client-id 로 지정하세요 (가이드 1.1).',
  },
  classic_org: {
    en:
      'The Okta org "{host}" is a Classic engine org: device authorization needs Okta Identity Engine',
    ko: 'Okta 조직 "{host}"는 Classic 엔진입니다: 장치 인증에는 Okta Identity Engine이 필요합니다',
    hintEn:
      "Ask your Okta administrator to upgrade the org to Identity Engine, or use okta-aws direct.",
    hintKo:
      "Okta 관리자에게 Identity Engine 업그레이드를 요청하거나 okta-aws direct 를 사용하세요.",
  },
  device_code_expired: {
    en: "The activation code expired before the sign-in was finished",
    ko: "로그인을 마치기 전에 활성화 코드가 만료되었습니다",
    hintEn: "Run the command again and finish the sign-in in the browser within {minutes} minutes.",
    hintKo: "명령을 다시 실행하고 {minutes}분 안에 브라우저에서 로그인을 마치세요.",
  },
  access_denied: {
    en: "The sign-in was denied in the browser",
    ko: "브라우저에서 로그인이 거부되었습니다",
    hintEn:
      'Run the command again and choose "Allow"; if Okta denies you, ask to be assigned to the "AWS CLI" app (guide step 1.2).',
    hintKo:
      '명령을 다시 실행하고 "허용"을 선택하세요. Okta가 거부하면 "AWS CLI" 앱에 할당을 요청하세요 (가이드 1.2).',
  },
  token_failed: {
    en: 'Cannot get Okta tokens from "{host}": Okta returned {error}: {description}',
    ko: '"{host}"에서 Okta 토큰을 받을 수 없습니다: Okta 응답 {error}: {description}',
    hintEn: DEBUG_HINT_EN,
    hintKo: DEBUG_HINT_KO,
  },
  // Token exchange (RFC 8693)
  token_exchange_not_enabled: {
    en: 'Cannot exchange tokens: the OIDC app "{clientId}" does not allow the Token Exchange grant',
    ko:
      '토큰을 교환할 수 없습니다: OIDC 앱 "{clientId}"에 Token Exchange 권한 부여 유형이 없습니다',
    hintEn:
      `In the "AWS CLI" app, General, Grant type, Advanced, tick "Token Exchange" (${GUIDE_11}).`,
    hintKo:
      '"AWS CLI" 앱의 General > Grant type > Advanced 에서 "Token Exchange"를 체크하세요 (가이드 1.1).',
  },
  web_sso_client_not_allowed: {
    en:
      'Cannot get a web SSO token for app "{appId}": the client "{clientId}" is not its Allowed Web SSO Client',
    ko:
      '앱 "{appId}"의 웹 SSO 토큰을 받을 수 없습니다: 클라이언트 "{clientId}"가 Allowed Web SSO Client가 아닙니다',
    hintEn:
      `In the "AWS Account Federation" app, Sign On, Settings, set "Allowed Web SSO Client" to "{clientId}" (${GUIDE_12}); check --aws-acct-fed-app-id.`,
    hintKo:
      '"AWS Account Federation" 앱의 Sign On > Settings 에서 "Allowed Web SSO Client"에 "{clientId}"를 입력하세요 (가이드 1.2). --aws-acct-fed-app-id 도 확인하세요.',
  },
  assurance_not_met: {
    en:
      'Cannot get a web SSO token for app "{appId}": the app\'s sign-on policy asks for more than this sign-in gave',
    ko:
      '앱 "{appId}"의 웹 SSO 토큰을 받을 수 없습니다: 앱의 로그인 정책 요구 수준을 이번 로그인이 충족하지 못합니다',
    hintEn:
      'Align the sign-on policies of the "AWS CLI" and "AWS Account Federation" apps, or sign out of Okta in the browser and run again.',
    hintKo:
      '"AWS CLI" 앱과 "AWS Account Federation" 앱의 로그인 정책을 맞추거나, 브라우저에서 Okta 로그아웃 후 다시 실행하세요.',
  },
  subject_token_invalid: {
    en: "Cannot exchange tokens: Okta says the sign-in session expired or was ended",
    ko: "토큰을 교환할 수 없습니다: Okta 로그인 세션이 만료되었거나 종료되었습니다",
    hintEn:
      "Run the command again to sign in afresh; sign out of Okta in the browser if it repeats.",
    hintKo:
      "명령을 다시 실행해 새로 로그인하세요. 반복되면 브라우저에서 Okta 로그아웃 후 시도하세요.",
  },
  token_exchange_failed: {
    en: 'Cannot exchange tokens for app "{appId}": Okta returned {error}: {description}',
    ko: '앱 "{appId}"의 토큰을 교환할 수 없습니다: Okta 응답 {error}: {description}',
    hintEn: "Check --aws-acct-fed-app-id and the app's Allowed Web SSO Client (guide step 1.2).",
    hintKo: "--aws-acct-fed-app-id 와 앱의 Allowed Web SSO Client 를 확인하세요 (가이드 1.2).",
  },
  // App discovery
  no_federation_apps: {
    en: "You are not assigned to any AWS Account Federation app",
    ko: "할당된 AWS Account Federation 앱이 없습니다",
    hintEn:
      "Ask your Okta administrator to assign you to the AWS Account Federation app (guide step 1.2), or pass its id with --aws-acct-fed-app-id.",
    hintKo:
      "Okta 관리자에게 AWS Account Federation 앱 할당을 요청하거나 (가이드 1.2), --aws-acct-fed-app-id 로 앱 ID를 지정하세요.",
  },
  app_links_forbidden: {
    en: "Cannot list your Okta apps: the token lacks the okta.users.read.self scope",
    ko: "Okta 앱 목록을 읽을 수 없습니다: 토큰에 okta.users.read.self 범위가 없습니다",
    hintEn:
      'Grant "okta.users.read.self" on the "AWS CLI" app\'s Okta API Scopes tab (guide step 1.1), or pass --aws-acct-fed-app-id.',
    hintKo:
      '"AWS CLI" 앱의 Okta API Scopes 탭에서 "okta.users.read.self"를 허용하거나 (가이드 1.1), --aws-acct-fed-app-id 를 지정하세요.',
  },
  // SAML
  saml_form_missing: {
    en: 'Cannot find a SAML assertion on the Okta page "{title}"',
    ko: 'Okta 페이지 "{title}"에서 SAML 어설션을 찾을 수 없습니다',
    hintEn:
      "Check that you are assigned to the AWS Account Federation app and that --aws-acct-fed-app-id names it (guide step 1.2).",
    hintKo:
      "AWS Account Federation 앱에 할당되어 있는지, --aws-acct-fed-app-id 가 맞는지 확인하세요 (가이드 1.2).",
  },
  saml_invalid: {
    en: "Cannot read the SAML assertion: {reason}",
    ko: "SAML 어설션을 읽을 수 없습니다: {reason}",
    hintEn: "Run again with --debug; if it repeats, report it with the debug output.",
    hintKo: "--debug 로 다시 실행하고, 반복되면 디버그 출력과 함께 알려 주세요.",
  },
  saml_too_large: {
    en: "Cannot use the SAML assertion: it has {size} characters, STS accepts at most {max}",
    ko: "SAML 어설션을 사용할 수 없습니다: {size}자로 STS 허용치 {max}자를 넘습니다",
    hintEn: "Ask your Okta administrator to trim the attribute statements of the Federation app.",
    hintKo: "Okta 관리자에게 Federation 앱의 속성(attribute) 수를 줄여 달라고 요청하세요.",
  },
  saml_dtd: {
    en: "Refusing the SAML assertion: it carries a DTD",
    ko: "SAML 어설션을 거부합니다: DTD가 포함되어 있습니다",
    hintEn: "A real Okta assertion never has one: check the network path to your Okta org.",
    hintKo: "정상적인 Okta 어설션에는 DTD가 없습니다: Okta 조직까지의 네트워크 경로를 확인하세요.",
  },
  no_aws_roles: {
    en: 'The SAML assertion of app "{appId}" grants no AWS role',
    ko: '앱 "{appId}"의 SAML 어설션에 AWS 역할이 없습니다',
    hintEn:
      "Ask your Okta administrator to give you a role in the AWS Account Federation app (its Role attribute).",
    hintKo: "Okta 관리자에게 AWS Account Federation 앱의 역할(Role 속성) 부여를 요청하세요.",
  },
  preset_idp_not_found: {
    en: 'The IdP "{preset}" is not in the SAML assertion; it offers: {available}',
    ko: 'IdP "{preset}"가 SAML 어설션에 없습니다. 가능한 값: {available}',
    hintEn: "Set --aws-iam-idp (or OKTA_AWSCLI_IAM_IDP) to one of these ARNs or okta.yaml labels.",
    hintKo:
      "--aws-iam-idp (또는 OKTA_AWSCLI_IAM_IDP)를 위 ARN 또는 okta.yaml 레이블 중 하나로 지정하세요.",
  },
  preset_role_not_found: {
    en: 'The role "{preset}" is not in the SAML assertion; it offers: {available}',
    ko: '역할 "{preset}"가 SAML 어설션에 없습니다. 가능한 값: {available}',
    hintEn:
      "Set --aws-iam-role (or OKTA_AWSCLI_IAM_ROLE) to one of these ARNs or okta.yaml labels, or a role name (Admin, team/Admin) found once.",
    hintKo:
      "--aws-iam-role (또는 OKTA_AWSCLI_IAM_ROLE)을 위 ARN, okta.yaml 레이블, 또는 한 번만 나오는 역할 이름(Admin, team/Admin) 중 하나로 지정하세요.",
  },
  choice_needed: {
    en: "Cannot ask which {what} to use without a terminal; the choices are: {choices}",
    ko: "터미널이 없어 {what}을(를) 물어볼 수 없습니다. 선택지: {choices}",
    hintEn: "Set {flag} to one of them.",
    hintKo: "그중 하나를 {flag} 플래그로 지정하세요.",
  },
  // STS
  sts_denied: {
    en: 'Cannot assume role "{role}": STS returned AccessDenied',
    ko: '역할 "{role}"을 맡을 수 없습니다: STS가 AccessDenied 를 반환했습니다',
    hintEn:
      "Check the role's trust policy names the provider \"{provider}\", and that the IAM identity provider has the same name in every account (see the guide's warning).",
    hintKo:
      '역할의 신뢰 정책에 공급자 "{provider}"가 있는지, IAM 자격 증명 공급자 이름이 모든 계정에서 같은지 확인하세요 (가이드의 경고 참고).',
  },
  sts_provider_missing: {
    en: 'Cannot assume role "{role}": the identity provider "{provider}" does not exist in IAM',
    ko: '역할 "{role}"을 맡을 수 없습니다: IAM에 자격 증명 공급자 "{provider}"가 없습니다',
    hintEn:
      "Create the SAML identity provider in that account with the same name as in every other account (guide: IdP name).",
    hintKo:
      "해당 계정에 다른 계정과 같은 이름으로 SAML 자격 증명 공급자를 만드세요 (가이드의 IdP 이름 참고).",
  },
  sts_oidc_provider_missing: {
    en: 'Cannot assume role "{role}": STS does not trust tokens of "{provider}" ({description})',
    ko:
      '역할 "{role}"을 맡을 수 없습니다: STS 가 "{provider}"의 토큰을 신뢰하지 않습니다 ({description})',
    hintEn:
      "In the role's account, add an IAM OpenID Connect identity provider with the URL \"{provider}\" and the authorization server's audience (e.g. api://default).",
    hintKo:
      '역할의 계정에 URL "{provider}", 대상(audience)이 권한 서버의 audience(예: api://default)인 IAM OpenID Connect 자격 증명 공급자를 추가하세요.',
  },
  sts_web_identity_denied: {
    en: 'Cannot assume role "{role}" with a token of "{provider}": STS returned AccessDenied',
    ko:
      '"{provider}"의 토큰으로 역할 "{role}"을 맡을 수 없습니다: STS가 AccessDenied 를 반환했습니다',
    hintEn:
      'The role\'s trust policy must allow sts:AssumeRoleWithWebIdentity for the OIDC provider of "{provider}", with an "aud" condition on the authorization server\'s audience.',
    hintKo:
      '역할의 신뢰 정책이 "{provider}" OIDC 공급자에 대해 sts:AssumeRoleWithWebIdentity 를 허용하고, "aud" 조건이 권한 서버의 audience 여야 합니다.',
  },
  sts_chain_denied: {
    en: 'Cannot chain from "{from}" into "{role}": STS returned AccessDenied ({description})',
    ko:
      '"{from}"에서 "{role}"로 체이닝할 수 없습니다: STS가 AccessDenied 를 반환했습니다 ({description})',
    hintEn:
      'The trust policy of "{role}" must allow sts:AssumeRole for "{from}" (and name the --external-id when it requires one); the first role needs sts:AssumeRole on it too.',
    hintKo:
      '"{role}"의 신뢰 정책이 "{from}"의 sts:AssumeRole 을 허용해야 합니다 (external id 를 요구하면 --external-id 로); 앞 역할에도 그 역할에 대한 sts:AssumeRole 권한이 필요합니다.',
  },
  chain_one_role: {
    en: "--chain goes on from one role, and this run has {count}",
    ko: "--chain 은 역할 하나에서 이어지는데 이 실행에는 {count}개가 있습니다",
    hintEn: "Pick the first role with --aws-iam-role (not --all-profiles).",
    hintKo: "--aws-iam-role 로 첫 역할을 고르세요 (--all-profiles 대신).",
  },
  renewal_needs_user: {
    en: "Cannot renew the running command's credentials without you: {reason}",
    ko: "실행 중인 명령의 자격 증명을 사용자 없이 갱신할 수 없습니다: {reason}",
    hintEn: "{next}",
    hintKo: "{next}",
  },
  reason_renewal_okta: {
    en: 'the Okta session at "{org}" ended and no refresh token is kept',
    ko: '"{org}"의 Okta 세션이 끝났고 리프레시 토큰이 없습니다',
  },
  next_renewal_okta: {
    en:
      "In another terminal, sign in with the same okta-aws flags and --cache-access-token -f noop (no command): the credential server uses the new session at the next request. --refresh-token avoids this.",
    ko:
      "다른 터미널에서 같은 okta-aws 플래그와 --cache-access-token -f noop 으로 (명령 없이) 로그인하세요: 자격 증명 서버는 다음 요청부터 새 세션을 씁니다. --refresh-token 을 쓰면 이런 일이 없습니다.",
  },
  reason_renewal_direct: {
    en: "okta-aws direct needs your Okta Verify approval for every sign-in",
    ko: "okta-aws direct 는 로그인할 때마다 Okta Verify 승인이 필요합니다",
  },
  next_renewal_direct: {
    en: "Run jobs longer than one session with okta-aws web (--refresh-token) or m2m.",
    ko: "한 세션보다 긴 작업은 okta-aws web (--refresh-token) 이나 m2m 으로 실행하세요.",
  },
  notice_server_shadowed: {
    en:
      "notice: the [{section}] profile in {path} has credentials of its own ({key}); AWS SDKs and the AWS CLI use them before the credential server. Rename that profile, or run without --server",
    ko:
      "알림: {path}의 [{section}] 프로필에 자체 자격 증명({key})이 있어 AWS SDK와 AWS CLI가 자격 증명 서버보다 먼저 사용합니다. 그 프로필 이름을 바꾸거나 --server 없이 실행하세요",
  },
  notice_server_renewal_failed: {
    en:
      "notice: the credential server could not renew the credentials ({reason}); the command keeps the current ones until {expiration}",
    ko:
      "알림: 자격 증명 서버가 자격 증명을 갱신하지 못했습니다 ({reason}); 명령은 {expiration}까지 현재 자격 증명을 사용합니다",
  },
  notice_chain_hour: {
    en: "notice: chained sessions last at most 1 hour (AWS's limit); {role} gets 3600 s",
    ko: "알림: 체이닝한 세션은 최대 1시간입니다 (AWS 제한); {role} 은(는) 3600초를 받습니다",
  },
  sts_duration_exceeded: {
    en:
      'Cannot assume role "{role}" for {seconds} s: it exceeds the role\'s maximum session duration',
    ko: '역할 "{role}"을 {seconds}초 동안 맡을 수 없습니다: 역할의 최대 세션 시간을 넘습니다',
    hintEn:
      "Every role allows 3600 s: use --aws-session-duration 3600 (or up to the role's maximum), or raise its Maximum session duration in IAM.",
    hintKo:
      "모든 역할은 3600초를 허용합니다: --aws-session-duration 3600 (또는 역할의 최대값까지)을 쓰거나 IAM에서 역할의 최대 세션 시간을 늘리세요.",
  },
  sts_expired_assertion: {
    en: 'Cannot assume role "{role}": the SAML assertion expired before STS saw it',
    ko: '역할 "{role}"을 맡을 수 없습니다: STS에 도달하기 전에 SAML 어설션이 만료되었습니다',
    hintEn: "Run the command again; check that this machine's clock is right.",
    hintKo: "명령을 다시 실행하고 이 컴퓨터의 시계가 맞는지 확인하세요.",
  },
  sts_failed: {
    en: 'Cannot assume role "{role}": STS returned {error}: {description}',
    ko: '역할 "{role}"을 맡을 수 없습니다: STS 응답 {error}: {description}',
    hintEn: DEBUG_HINT_EN,
    hintKo: DEBUG_HINT_KO,
  },
  // HTTP
  http_status: {
    en: '"{method} {url}" failed with HTTP {status}',
    ko: '"{method} {url}" 요청이 HTTP {status} 응답으로 실패했습니다',
    hintEn: "Try again later; run with --debug-api-calls to see the calls.",
    hintKo: "잠시 후 다시 시도하세요. --debug-api-calls 로 호출 내역을 볼 수 있습니다.",
  },
  unexpected_response: {
    en: 'Expected {expected} from "{url}", got {contentType} (title: "{title}")',
    ko: '"{url}"에서 {expected}을(를) 기대했지만 {contentType}을(를) 받았습니다 (제목: "{title}")',
    hintEn: "A proxy or captive portal may be in the way; check --org-domain and HTTPS_PROXY.",
    hintKo:
      "프록시나 캡티브 포털이 끼어 있을 수 있습니다. --org-domain 과 HTTPS_PROXY 를 확인하세요.",
  },
  credentials_invalid: {
    en: '{from} returned unusable credentials for "{role}": {field} {reason}',
    ko: '{from}이(가) "{role}"에 쓸 수 없는 자격 증명을 돌려주었습니다: {field} {reason}',
    hintEn:
      "Nothing was written. Try again; if it persists, the endpoint (AWS_ENDPOINT_URL_STS, a proxy) is not AWS.",
    hintKo:
      "아무것도 쓰지 않았습니다. 다시 시도하고, 계속되면 엔드포인트(AWS_ENDPOINT_URL_STS, 프록시)가 AWS인지 확인하세요.",
  },
  okta_answer_invalid: {
    en: 'Okta at "{host}" sent an answer okta-aws cannot use ({step}): {detail}',
    ko: 'Okta "{host}"의 응답을 사용할 수 없습니다 ({step}): {detail}',
    hintEn:
      "Check that --org-domain is your Okta org (not a proxy or another service); run with --debug-api-calls to see the answer.",
    hintKo:
      "--org-domain 이 Okta 조직(프록시나 다른 서비스가 아님)인지 확인하고, --debug-api-calls 로 응답을 확인하세요.",
  },
  verification_uri_refused: {
    en:
      'Okta at "{host}" asked to open "{uri}", which is not an https page of that org; it was not opened',
    ko:
      'Okta "{host}"가 해당 조직의 https 페이지가 아닌 "{uri}"를 열라고 했습니다. 열지 않았습니다',
    hintEn: "Check --org-domain: it must be your Okta org, not a proxy or another site.",
    hintKo: "--org-domain 이 프록시나 다른 사이트가 아닌 Okta 조직인지 확인하세요.",
  },
  value_unquotable: {
    en: 'Cannot write "{value}" for {shell}: it holds characters that shell cannot quote',
    ko: '"{value}"를 {shell}용으로 쓸 수 없습니다: 그 셸이 인용할 수 없는 문자가 있습니다',
    hintEn: "Check --aws-region; or use --format aws-credentials or process-credentials.",
    hintKo:
      "--aws-region 을 확인하거나 --format aws-credentials 또는 process-credentials 를 쓰세요.",
  },
  trust_missing: {
    en: 'There is no file "{path}" to trust',
    ko: '신뢰할 파일 "{path}"가 없습니다',
    hintEn: "Give the path of the .env file: okta-aws trust <path>.",
    hintKo: ".env 파일 경로를 지정하세요: okta-aws trust <경로>.",
  },
  file_unusable: {
    en: 'Cannot read "{path}": {reason}',
    ko: '"{path}"를 읽을 수 없습니다: {reason}',
    hintEn: "Replace it with a regular file, or move it aside.",
    hintKo: "일반 파일로 바꾸거나 다른 곳으로 옮기세요.",
  },
  response_too_large: {
    en: 'The answer of "{url}" is over {max} bytes; okta-aws stopped reading it',
    ko: '"{url}"의 응답이 {max}바이트를 넘어 okta-aws가 읽기를 멈췄습니다',
    hintEn: "Check --org-domain and AWS_ENDPOINT_URL_STS: a proxy or another service may answer.",
    hintKo:
      "--org-domain 과 AWS_ENDPOINT_URL_STS 를 확인하세요. 프록시나 다른 서비스가 응답했을 수 있습니다.",
  },
  server_busy: {
    en: '"{url}" answered {status} (busy or failing) {tries} time(s); okta-aws stopped waiting',
    ko:
      '"{url}"이(가) {status}(바쁨 또는 장애)로 {tries}번 응답해 okta-aws가 기다리기를 멈췄습니다',
    hintEn: "Try again in {seconds} s or more; if it persists, check the service's status page.",
    hintKo: "{seconds}초 이상 지난 뒤 다시 시도하세요. 계속되면 서비스 상태 페이지를 확인하세요.",
  },
  redirect_refused: {
    en: '"{url}" redirected to "{location}"; okta-aws does not follow redirects on these calls',
    ko:
      '"{url}"이(가) "{location}"(으)로 리디렉션했습니다. okta-aws는 이 호출의 리디렉션을 따르지 않습니다',
    hintEn: "Use the org's own domain in --org-domain (not a vanity or admin URL).",
    hintKo: "--org-domain 에 조직의 실제 도메인을 쓰세요 (관리자나 별칭 URL 제외).",
  },
  // Files
  file_value_refused: {
    en: 'Cannot update "{path}": {reason}',
    ko: '"{path}"를 수정할 수 없습니다: {reason}',
    hintEn: "Nothing was written; fix the value named above.",
    hintKo: "아무것도 쓰지 않았습니다. 위에 적힌 값을 고치세요.",
  },
  file_invalid: {
    en: 'Cannot update "{path}": line {line}: {reason}',
    ko: '"{path}"를 수정할 수 없습니다: {line}번째 줄: {reason}',
    hintEn: "Fix that line (the AWS CLI rejects the file as it is); nothing was written.",
    hintKo: "그 줄을 고치세요 (AWS CLI도 이 파일을 거부합니다). 아무것도 쓰지 않았습니다.",
  },
  file_too_large: {
    en: 'Cannot update "{path}": it is larger than {max} bytes',
    ko: '"{path}"를 수정할 수 없습니다: {max} 바이트보다 큽니다',
    hintEn: "Point --aws-credentials at the right file.",
    hintKo: "--aws-credentials 로 올바른 파일을 지정하세요.",
  },
  file_read_only: {
    en: 'Cannot update "{path}": the file is read-only',
    ko: '"{path}"를 수정할 수 없습니다: 읽기 전용 파일입니다',
    hintEn: 'Make it writable (chmod 600 "{path}") or choose another file with --aws-credentials.',
    hintKo: '쓰기 권한을 주거나 (chmod 600 "{path}") --aws-credentials 로 다른 파일을 지정하세요.',
  },
  file_write_failed: {
    en: 'Cannot write "{path}": {reason}',
    ko: '"{path}"에 쓸 수 없습니다: {reason}',
    hintEn: "Check free space and permissions of that directory; the old file is untouched.",
    hintKo: "그 디렉터리의 남은 공간과 권한을 확인하세요. 기존 파일은 그대로입니다.",
  },
  lock_timeout: {
    en: 'Cannot lock "{path}": another okta-aws process holds it',
    ko: '"{path}"를 잠글 수 없습니다: 다른 okta-aws 프로세스가 잡고 있습니다',
    hintEn: "Wait for that process to finish, then run again; its lock ends when it exits.",
    hintKo: "그 프로세스가 끝난 뒤 다시 실행하세요. 잠금은 프로세스가 끝나면 풀립니다.",
  },
  nested_exec: {
    en: 'Refusing to run inside another okta-aws exec (profile "{profile}")',
    ko: '다른 okta-aws exec (프로필 "{profile}") 안에서 실행하지 않습니다',
    hintEn: "Run it outside that shell, or pass --force-nested if you mean it.",
    hintKo: "그 셸 밖에서 실행하거나, 의도한 것이면 --force-nested 를 주세요.",
  },
  exec_spawn_failed: {
    en: 'Cannot start "{command}": {reason}',
    ko: '"{command}"를 시작할 수 없습니다: {reason}',
    hintEn: "The command exists; the system refused to start it (limits, memory). Try again.",
    hintKo: "명령은 있지만 시스템이 시작을 거부했습니다 (제한, 메모리). 다시 시도하세요.",
  },
  exec_not_found: {
    en: 'Cannot run "{command}": command not found',
    ko: '"{command}"를 실행할 수 없습니다: 명령을 찾을 수 없습니다',
    hintEn: "Check the name, or give its full path; PATH is searched as your shell does.",
    hintKo: "이름을 확인하거나 전체 경로를 주세요. PATH 는 셸과 같은 방식으로 찾습니다.",
  },
  exec_not_executable: {
    en: 'Cannot run "{command}": it is not executable',
    ko: '"{command}"를 실행할 수 없습니다: 실행 권한이 없습니다',
    hintEn: 'Make it executable (chmod +x "{command}") or run it through its interpreter.',
    hintKo: '실행 권한을 주거나 (chmod +x "{command}") 인터프리터로 실행하세요.',
  },
  refresh_token_not_enabled: {
    en: 'Okta refused the offline_access scope for the OIDC app "{clientId}"',
    ko: 'Okta가 OIDC 앱 "{clientId}"의 offline_access 범위를 거부했습니다',
    hintEn:
      'In the "AWS CLI" app, General, Grant type, tick "Refresh Token" (guide step 1.1), or run without --refresh-token.',
    hintKo:
      '"AWS CLI" 앱의 General > Grant type 에서 "Refresh Token"을 체크하거나 (가이드 1.1), --refresh-token 없이 실행하세요.',
  },
  session_lock_timeout: {
    en: 'Gave up waiting for another okta-aws sign-in after {seconds} s (lock "{path}")',
    ko: '다른 okta-aws 로그인을 {seconds}초 기다렸지만 끝나지 않았습니다 (잠금 "{path}")',
    hintEn:
      "Finish or cancel the other sign-in (its URL is on its terminal), then run again; OKTA_AWS_LOCK_TIMEOUT sets the wait in seconds.",
    hintKo:
      "다른 로그인(URL은 그 터미널에 있음)을 마치거나 취소한 뒤 다시 실행하세요. 기다리는 시간은 OKTA_AWS_LOCK_TIMEOUT(초)으로 정합니다.",
  },
  usage_unknown_format: {
    en:
      'Unknown --format "{format}"{suggestion}: built in are {builtin}; plugins found in "{dir}": {found}',
    ko:
      '알 수 없는 --format "{format}"{suggestion}: 내장 형식 {builtin}; "{dir}"의 플러그인: {found}',
    hintEn:
      'Choose a built-in format, or install an executable "okta-aws-output-{format}" in that directory.',
    hintKo: '내장 형식을 고르거나, 그 디렉터리에 실행 파일 "okta-aws-output-{format}"를 두세요.',
  },
  notice_waiting_lock: {
    en: 'Waiting for another okta-aws sign-in to {org} to finish (lock "{path}")...',
    ko: '다른 okta-aws 의 {org} 로그인이 끝나기를 기다립니다 (잠금 "{path}")...',
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
  status_expired: { en: "expired", ko: "만료됨" },
  logout_done: {
    en: 'Removed {count} cached item(s) from "{dir}"',
    ko: '"{dir}"에서 캐시 {count}개를 지웠습니다',
  },
  error_unexpected: {
    en: "Unexpected failure: {message}",
    ko: "예상하지 못한 실패: {message}",
    hintEn: "Run again with --debug and report it with that output.",
    hintKo: "--debug 로 다시 실행하고 그 출력과 함께 알려 주세요.",
  },
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
  reason_credential_past: { en: "is already past", ko: "이(가) 이미 지났습니다" },
  reason_credential_time: { en: "is not a plausible time", ko: "이(가) 올바른 시각이 아닙니다" },
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
  reason_duration_range: {
    en: "give whole seconds from {min} to {max}",
    ko: "{min}에서 {max} 사이의 초 단위 정수를 주세요",
  },
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
  reason_one_of: { en: "it must be one of: {values}", ko: "다음 중 하나여야 합니다: {values}" },
  reason_role_arn: {
    en: "it is not an IAM role ARN (like arn:aws:iam::123456789012:role/CI)",
    ko: "IAM 역할 ARN 이 아닙니다 (예: arn:aws:iam::123456789012:role/CI)",
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
    ko: "IAM Identity Center 가 코드에 {answer} 로 답했습니다",
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
    ko: "섹션 [{section}]이 두 번 나옵니다",
  },
  reason_ini_duplicate_key: {
    en: 'key "{key}" appears twice in [{section}]',
    ko: '[{section}]에 키 "{key}"가 두 번 나옵니다',
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
      '프로필 이름 "{name}"은 비어 있거나 공백으로 시작·끝나거나 [ ] = # ; 또는 제어 문자를 포함할 수 없습니다',
  },
  reason_ini_key: { en: 'key "{key}" is not allowed', ko: '키 "{key}"는 쓸 수 없습니다' },
  reason_ini_control: {
    en: 'the value of "{key}" has a control character (a line break, NUL, ESC ...)',
    ko: '"{key}"의 값에 제어 문자(줄바꿈, NUL, ESC 등)가 있습니다',
  },
  reason_not_base64: { en: "it is not base64", ko: "base64 가 아닙니다" },
  reason_not_utf8: { en: "it is not UTF-8 text", ko: "UTF-8 텍스트가 아닙니다" },
  reason_bad_xml: { en: "bad XML: {detail}", ko: "잘못된 XML: {detail}" },
  reason_role_pair: {
    en: 'the Role value "{value}" is not two ARNs',
    ko: 'Role 값 "{value}"이 ARN 두 개가 아닙니다',
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
  what_org_domain: { en: "Okta org domain", ko: "Okta 조직 도메인" },
  what_client_id: { en: "OIDC client ID", ko: "OIDC 클라이언트 ID" },
  suggest_flag: { en: " (did you mean --{name}?)", ko: " (--{name}을(를) 의도했나요?)" },
  suggest_command: { en: " (did you mean '{name}'?)", ko: " ('{name}'을(를) 의도했나요?)" },
  cancelled: {
    en: "Cancelled",
    ko: "취소되었습니다",
  },
  // Usage errors
  // Usage errors; {command} is the command at hand ("okta-aws web"), filled in by main.
  usage_missing: {
    en: "Missing {what}: set {flag} or {env}",
    ko: "{what} 값이 없습니다: {flag} 플래그나 {env} 환경 변수로 지정하세요",
    hintEn: "See {command} --help.",
    hintKo: "{command} --help 를 참고하세요.",
  },
  usage_missing_two: {
    en: "Missing {first} and {second}",
    ko: "값이 없습니다: {first}, {second}",
    hintEn: "See {command} --help.",
    hintKo: "{command} --help 를 참고하세요.",
  },
  usage_invalid: {
    en: 'Invalid {flag} "{value}": {reason}',
    ko: '잘못된 {flag} "{value}": {reason}',
    hintEn: "See {command} --help.",
    hintKo: "{command} --help 를 참고하세요.",
  },
  usage_conflict: {
    en: "{reason}",
    ko: "{reason}",
    hintEn: "See {command} --help.",
    hintKo: "{command} --help 를 참고하세요.",
  },
  usage_argument: {
    en: "{reason}",
    ko: "{reason}",
    hintEn: "See {command} --help.",
    hintKo: "{command} --help 를 참고하세요.",
  },
  usage_flag_elsewhere: {
    en: '"{command}" does not take {flag}: it is a flag of {owners}',
    ko: '"{command}" 명령은 {flag} 플래그를 받지 않습니다: {owners} 명령의 플래그입니다',
    hintEn: "See {command} --help; run {owners} to use {flag}.",
    hintKo: "{command} --help 를 참고하세요. {flag} 플래그는 {owners} 명령에서 씁니다.",
  },
  yaml_invalid: {
    en: 'Cannot read "{path}": {reason}',
    ko: '"{path}"를 읽을 수 없습니다: {reason}',
    hintEn: "Fix the YAML or move the file aside.",
    hintKo: "YAML을 고치거나 파일을 다른 곳으로 옮기세요.",
  },
  // Notices (stderr)
  notice_unknown_key: {
    en: 'warning: unknown key "{key}" in {where}{suggestion}',
    ko: '경고: {where}에 알 수 없는 키 "{key}"{suggestion}',
  },
  notice_did_you_mean: { en: ' (did you mean "{key}"?)', ko: ' ("{key}"을(를) 의도했나요?)' },
  notice_admin_domain: {
    en: 'warning: using "{fixed}" instead of the admin domain "{given}"',
    ko: '경고: 관리자 도메인 "{given}" 대신 "{fixed}"를 사용합니다',
  },
  notice_open_url: {
    en: "Open this URL in a browser and sign in:\n  {url}\nThe code shown there should be: {code}",
    ko:
      "브라우저에서 이 URL을 열고 로그인하세요:\n  {url}\n화면의 코드가 다음과 같은지 확인하세요: {code}",
  },
  notice_browser_failed: {
    en: "warning: could not open the browser ({reason}); open the URL above by hand",
    ko: "경고: 브라우저를 열 수 없습니다 ({reason}). 위 URL을 직접 여세요",
  },
  notice_duration_retry: {
    en:
      'notice: role "{role}" allows less than {seconds} s; retried with 3600 s (raise its Maximum session duration in IAM to get more)',
    ko:
      '알림: 역할 "{role}"은 {seconds}초를 허용하지 않아 3600초로 다시 시도했습니다 (더 길게 쓰려면 IAM에서 최대 세션 시간을 늘리세요)',
  },
  notice_wrote_profile: {
    en: 'Updated profile "{profile}" in "{path}" (expires {expires})',
    ko: '"{path}"의 프로필 "{profile}"을 갱신했습니다 (만료 {expires})',
  },
  notice_wrote_profiles: {
    en: 'Updated {count} profiles in "{path}" (the first expires {expires}):',
    ko: '"{path}"의 프로필 {count}개를 갱신했습니다 (가장 이른 만료 {expires}):',
  },
  notice_tightened: {
    en: 'notice: "{path}" was readable by others; it is now mode 0600',
    ko: '알림: "{path}"를 다른 사용자도 읽을 수 있었습니다. 이제 권한은 0600 입니다',
  },
  notice_slow_down: {
    en: "notice: Okta asked to poll more slowly; waiting {seconds} s between checks",
    ko: "알림: Okta가 더 천천히 확인하라고 요청해 {seconds}초 간격으로 확인합니다",
  },
  notice_role_skipped: {
    en:
      'warning: skipped the Role value "{value}" of app {appId}: it is not a role ARN and a SAML provider ARN',
    ko:
      '경고: 앱 {appId}의 Role 값 "{value}"는 역할 ARN과 SAML 공급자 ARN 쌍이 아니어서 건너뜁니다',
  },
  notice_cache_unwritable: {
    en: 'warning: cannot use the cache "{dir}" ({reason}); credentials are delivered without it',
    ko: '경고: 캐시 "{dir}"를 쓸 수 없어({reason}) 캐시 없이 자격 증명을 전달합니다',
  },
  trust_done: {
    en: 'Trusted "{path}" as it is now (recorded in "{list}"); a change to it needs trust again',
    ko: '"{path}"를 현재 내용으로 신뢰합니다 ("{list}"에 기록). 내용이 바뀌면 다시 신뢰해야 합니다',
  },
  trust_setting: { en: "it sets {line}", ko: "설정: {line}" },
  trust_forgotten: {
    en: 'No longer trusting "{path}"',
    ko: '"{path}"를 더 이상 신뢰하지 않습니다',
  },
  trust_not_known: {
    en: '"{path}" was not trusted; nothing changed',
    ko: '"{path}"는 신뢰 목록에 없습니다. 바뀐 것이 없습니다',
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
  notice_no_alias: {
    en:
      "notice: account {account} has no IAM alias the role {role} can read; its profile names use the account id",
    ko:
      "알림: 계정 {account}에 역할 {role}로 읽을 수 있는 IAM 별칭이 없어 프로필 이름에 계정 ID 를 씁니다",
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
  // m2m (private_key_jwt) and direct authentication
  private_key_unusable: {
    en: "Cannot sign with the private key: found {seen}; okta-aws signs with {supported}",
    ko: "개인 키로 서명할 수 없습니다: {seen} 을(를) 찾았습니다. 지원 형식: {supported}",
    hintEn:
      "Convert it, e.g. openssl pkcs8 -topk8 -nocrypt -in key.pem -out key-pkcs8.pem, and give --private-key-file.",
    hintKo:
      "변환하세요 (예: openssl pkcs8 -topk8 -nocrypt -in key.pem -out key-pkcs8.pem) 그리고 --private-key-file 로 주세요.",
  },
  notice_private_key_flag: {
    en:
      "notice: --private-key on the command line is visible to other users of this machine (ps); use --private-key-file or OKTA_AWSCLI_PRIVATE_KEY",
    ko:
      "알림: 명령줄의 --private-key 는 이 컴퓨터의 다른 사용자가 볼 수 있습니다 (ps). --private-key-file 이나 OKTA_AWSCLI_PRIVATE_KEY 를 쓰세요",
  },
  notice_password_flag: {
    en:
      "notice: --password on the command line is visible to other users of this machine (ps); use OKTA_AWSCLI_PASSWORD or the prompt",
    ko:
      "알림: 명령줄의 --password 는 이 컴퓨터의 다른 사용자가 볼 수 있습니다 (ps). OKTA_AWSCLI_PASSWORD 나 입력 프롬프트를 쓰세요",
  },
  client_assertion_refused: {
    en: 'Okta at "{host}" refused the client assertion: {error}: {description}',
    ko: '"{host}"의 Okta 가 클라이언트 어서션을 거부했습니다: {error}: {description}',
    hintEn:
      "Check --oidc-client-id, that --key-id is the kid of the public key registered with the API service app (Client authentication: Public key / Private key), and this machine's clock.",
    hintKo:
      "--oidc-client-id, --key-id 가 API 서비스 앱에 등록한 공개 키의 kid 인지 (Client authentication: Public key / Private key), 이 컴퓨터의 시계를 확인하세요.",
  },
  m2m_token_failed: {
    en: 'Okta at "{host}" refused the client credentials request: {error}: {description}',
    ko: '"{host}"의 Okta 가 client credentials 요청을 거부했습니다: {error}: {description}',
    hintEn:
      "Check --authz-id and --custom-scope: the scope must exist on that authorization server and an access policy must allow the client credentials grant for this app.",
    hintKo:
      "--authz-id 와 --custom-scope 를 확인하세요: 그 권한 서버에 범위가 있어야 하고, 접근 정책이 이 앱의 client credentials 를 허용해야 합니다.",
  },
  direct_credentials_refused: {
    en: 'Okta at "{host}" refused the username or password',
    ko: '"{host}"의 Okta 가 사용자 이름 또는 비밀번호를 거부했습니다',
    hintEn: "Check --username and the password (OKTA_AWSCLI_PASSWORD or the prompt).",
    hintKo: "--username 과 비밀번호(OKTA_AWSCLI_PASSWORD 또는 입력)를 확인하세요.",
  },
  direct_auth_failed: {
    en: 'Okta direct authentication at "{host}" failed: {error}: {description}',
    ko: '"{host}"의 Okta 직접 인증 실패: {error}: {description}',
    hintEn:
      "In the OIDC app, enable the Resource Owner Password and MFA OOB grants, and let the authorization server's access policy allow them (--authz-id names a custom server).",
    hintKo:
      "OIDC 앱에서 Resource Owner Password 와 MFA OOB 권한 부여를 켜고, 권한 서버 접근 정책이 이를 허용하게 하세요 (--authz-id 는 사용자 지정 서버).",
  },
  mfa_denied: {
    en: "The Okta Verify push was denied",
    ko: "Okta Verify 푸시가 거부되었습니다",
    hintEn: "Run the command again and approve the push (tap the number shown here).",
    hintKo: "명령을 다시 실행하고 푸시를 승인하세요 (여기 표시된 숫자를 누르세요).",
  },
  mfa_expired: {
    en: "The Okta Verify push expired before it was approved",
    ko: "Okta Verify 푸시가 승인되기 전에 만료되었습니다",
    hintEn: "Run the command again and approve the push within {minutes} minutes.",
    hintKo: "명령을 다시 실행하고 {minutes}분 안에 푸시를 승인하세요.",
  },
  notice_mfa_push: {
    en: "An Okta Verify push was sent to {username}; approve it on your phone.",
    ko: "{username} 에게 Okta Verify 푸시를 보냈습니다. 휴대폰에서 승인하세요.",
  },
  notice_mfa_number: {
    en: "Okta Verify: tap {number} on your phone to approve the sign-in of {username}.",
    ko: "Okta Verify: 휴대폰에서 {number} 을(를) 눌러 {username} 의 로그인을 승인하세요.",
  },
  ask_password: { en: "Okta password for {username}", ko: "{username} 의 Okta 비밀번호" },
  what_password: { en: "the password", ko: "비밀번호" },
  what_private_key: { en: "the private key", ko: "개인 키" },
  what_key_id: { en: "the key ID", ko: "키 ID" },
  what_username: { en: "the username", ko: "사용자 이름" },
  what_role_arn: { en: "the IAM role ARN", ko: "IAM 역할 ARN" },
  // console
  console_refused: {
    en: 'The AWS sign-in endpoint refused a console session for "{role}" (HTTP {status})',
    ko: 'AWS 로그인 엔드포인트가 "{role}"의 콘솔 세션을 거부했습니다 (HTTP {status})',
    hintEn:
      "Credentials from role chaining, expired credentials, or a duration they do not allow are refused: get fresh ones (okta-aws logout clears the cached credentials) and run it again.",
    hintKo:
      "역할 체이닝으로 받은 자격 증명, 만료된 자격 증명, 허용되지 않는 시간은 거부됩니다: 새 자격 증명을 받아 (okta-aws logout 이 캐시된 자격 증명을 지웁니다) 다시 실행하세요.",
  },
  notice_console_opened: {
    en: 'Opened the AWS console as "{role}" in the browser.',
    ko: '브라우저에서 "{role}" 역할로 AWS 콘솔을 열었습니다.',
  },
  reason_destination: {
    en: "give an https:// console URL or a service name such as s3, ec2, cloudwatch",
    ko: "https:// 콘솔 URL 이나 s3, ec2, cloudwatch 같은 서비스 이름을 주세요",
  },
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
    ko: "okta-aws profiles sync 로 만든 프로필 {count}개가 {command} 를 실행합니다",
  },
  doctor_synced_missing: {
    en:
      "{count} profiles from okta-aws profiles sync run {command}, which is not there ({profiles})",
    ko:
      "okta-aws profiles sync 로 만든 프로필 {count}개가 실행하는 {command} 가 없습니다 ({profiles})",
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
    ko: '"{path}"를 읽을 수 있습니다 (프로필 {profiles}개)',
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
    ko: '"{path}"가 {keys} 를 설정하지만, 파일을 신뢰하기 전에는 무시됩니다',
  },
  doctor_fix_trust: {
    en: "if you wrote it, run: {command}",
    ko: "직접 작성한 파일이면 실행하세요: {command}",
  },
  doctor_aws_file_ok: {
    en: '"{path}" parses as the AWS CLI reads it ({sections} sections)',
    ko: '"{path}"를 AWS CLI 처럼 읽을 수 있습니다 (섹션 {sections}개)',
  },
  doctor_fix_line: {
    en: "fix that line: the AWS CLI rejects the file as it is (okta-aws will not write to it)",
    ko: "그 줄을 고치세요: AWS CLI 가 지금 파일을 거부합니다 (okta-aws 도 쓰지 않습니다)",
  },
  doctor_file_open: {
    en: '"{path}" is open to other users (mode {mode})',
    ko: '"{path}"를 다른 사용자가 읽을 수 있습니다 (권한 {mode})',
  },
  doctor_fix_chmod: { en: 'chmod 600 "{path}"', ko: 'chmod 600 "{path}"' },
  doctor_fix_chmod_dir: { en: 'chmod 700 "{path}"', ko: 'chmod 700 "{path}"' },
  doctor_cache_new: {
    en: '"{dir}" does not exist yet; it is created 0700 on first use',
    ko: '"{dir}"가 아직 없습니다; 처음 쓸 때 0700 으로 만듭니다',
  },
  doctor_cache_ok: { en: '"{dir}" is writable', ko: '"{dir}"에 쓸 수 있습니다' },
  doctor_cache_not_dir: {
    en: '"{dir}" is not a directory',
    ko: '"{dir}"는 디렉터리가 아닙니다',
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
    ko: '"{host}"가 응답하며 Okta Identity Engine 입니다{route}',
  },
  doctor_clock_ok: {
    en: 'this machine\'s clock agrees with "{host}"',
    ko: '이 컴퓨터의 시계가 "{host}"와 맞습니다',
  },
  doctor_clock_skew: {
    en:
      "this machine's clock is {seconds} s off \"{host}\"'s: tokens and assertions may be refused",
    ko: '이 컴퓨터의 시계가 "{host}"와 {seconds}초 다릅니다: 토큰과 어서션이 거부될 수 있습니다',
  },
  doctor_fix_clock: {
    en: "synchronise the clock (NTP, or Windows Time)",
    ko: "시계를 동기화하세요 (NTP 또는 Windows 시간)",
  },
  doctor_sts_ok: { en: '"{host}" answers{route}', ko: '"{host}"가 응답합니다{route}' },
  doctor_device_ok: {
    en: 'client "{clientId}" may start device authorization (guide step 1.1)',
    ko: '클라이언트 "{clientId}"가 장치 인증을 시작할 수 있습니다 (가이드 1.1)',
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
      '클라이언트 "{clientId}"가 앱 "{appId}"의 web SSO 토큰을 받을 수 있습니다 (Allowed Web SSO Client, 가이드 1.2)',
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
  // IAM Identity Center (okta-aws sso)
  sso_session_expired: {
    en: "The IAM Identity Center session has ended ({operation}: {error})",
    ko: "IAM Identity Center 세션이 끝났습니다 ({operation}: {error})",
    hintEn: "Sign in again: {command}",
    hintKo: "다시 로그인하세요: {command}",
  },
  sso_not_logged_in: {
    en: 'Not signed in to IAM Identity Center at "{url}"',
    ko: 'IAM Identity Center "{url}"에 로그인되어 있지 않습니다',
    hintEn: "Sign in first: {command}",
    hintKo: "먼저 로그인하세요: {command}",
  },
  sso_access_denied: {
    en: "The IAM Identity Center sign-in was denied ({operation})",
    ko: "IAM Identity Center 로그인이 거부되었습니다 ({operation})",
    hintEn:
      "Approve the request in the browser; in Okta, check that you are assigned to the AWS IAM Identity Center app.",
    hintKo:
      "브라우저에서 요청을 승인하세요. Okta 에서 AWS IAM Identity Center 앱에 할당되어 있는지 확인하세요.",
  },
  sso_failed: {
    en: "IAM Identity Center {operation} failed: {error}: {description}",
    ko: "IAM Identity Center {operation} 실패: {error}: {description}",
    hintEn: "Check sso_start_url and sso_region in the config file; run with --debug for details.",
    hintKo: "config 파일의 sso_start_url 과 sso_region 을 확인하고, --debug 로 자세히 보세요.",
  },
  sso_role_denied: {
    en: 'IAM Identity Center gives you no role "{role}" in account {account}',
    ko: 'IAM Identity Center 에서 계정 {account}의 역할 "{role}"을 받을 권한이 없습니다',
    hintEn: "Pick a role you have: okta-aws sso configure (or ask for the permission set).",
    hintKo: "가진 역할을 고르세요: okta-aws sso configure (또는 권한 세트를 요청하세요).",
  },
  sso_session_missing: {
    en: 'The config file "{path}" has no [sso-session {session}] section',
    ko: 'config 파일 "{path}"에 [sso-session {session}] 섹션이 없습니다',
    hintEn: "Create it: okta-aws sso configure --sso-session {session}",
    hintKo: "만드세요: okta-aws sso configure --sso-session {session}",
  },
  sso_profile_missing: {
    en: 'The config file "{path}" has no profile "{profile}"',
    ko: 'config 파일 "{path}"에 프로필 "{profile}"이 없습니다',
    hintEn: "Create it: okta-aws sso configure --profile {profile}",
    hintKo: "만드세요: okta-aws sso configure --profile {profile}",
  },
  sso_profile_not_sso: {
    en:
      'The profile "{profile}" in "{path}" is not an IAM Identity Center profile (no sso_session, no sso_start_url)',
    ko:
      '"{path}"의 프로필 "{profile}"은 IAM Identity Center 프로필이 아닙니다 (sso_session, sso_start_url 없음)',
    hintEn: "Set it up: okta-aws sso configure --profile {profile}",
    hintKo: "설정하세요: okta-aws sso configure --profile {profile}",
  },
  sso_config_incomplete: {
    en: 'The section [{section}] of "{path}" lacks {keys}',
    ko: '"{path}"의 [{section}] 섹션에 {keys} 값이 없습니다',
    hintEn: "Run okta-aws sso configure again, or add the keys by hand.",
    hintKo: "okta-aws sso configure 를 다시 실행하거나 직접 값을 추가하세요.",
  },
  sso_callback_failed: {
    en: "The browser sign-in did not come back right: {reason}",
    ko: "브라우저 로그인이 올바르게 돌아오지 않았습니다: {reason}",
    hintEn: "Run the command again, or sign in with --use-device-code.",
    hintKo: "명령을 다시 실행하거나 --use-device-code 로 로그인하세요.",
  },
  sso_no_accounts: {
    en: 'IAM Identity Center at "{url}" gives you no AWS account',
    ko: 'IAM Identity Center "{url}"에서 사용할 수 있는 AWS 계정이 없습니다',
    hintEn: "Ask your administrator to assign you a permission set in an account.",
    hintKo: "관리자에게 계정의 권한 세트 할당을 요청하세요.",
  },
  sso_no_roles: {
    en: "IAM Identity Center gives you no role in account {account}",
    ko: "IAM Identity Center 에서 계정 {account}에 사용할 수 있는 역할이 없습니다",
    hintEn: "Ask your administrator to assign you a permission set in this account.",
    hintKo: "관리자에게 이 계정의 권한 세트 할당을 요청하세요.",
  },
  answer_needed: {
    en: 'No terminal to ask "{question}"',
    ko: '"{question}" 질문을 할 터미널이 없습니다',
    hintEn: "Answer it with {flag}.",
    hintKo: "{flag} 로 답을 주세요.",
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
    ko: '역할 이름 "{role}"을 사용합니다',
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
      '프로필 "{profile}"을 "{path}"에 기록했습니다. 확인:\n  aws sts get-caller-identity --profile {profile}',
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
    hintEn:
      "Check that you signed in as the right user and that the Federation app (or the Identity Center session) assigns you roles.",
    hintKo:
      "올바른 사용자로 로그인했는지, Federation 앱(또는 Identity Center 세션)이 역할을 할당했는지 확인하세요.",
  },
  sso_profile_line: { en: "  + {profile}", ko: "  + {profile}" },
  sso_pruned_line: { en: "  - {profile}", ko: "  - {profile}" },
  sso_logged_out: {
    en:
      "Signed out of {sessions} IAM Identity Center sessions; removed {tokens} token files and {roles} cached role credentials",
    ko:
      "IAM Identity Center 세션 {sessions}개에서 로그아웃했고, 토큰 파일 {tokens}개와 캐시된 역할 자격 증명 {roles}개를 삭제했습니다",
  },
  notice_sso_logout_failed: {
    en:
      'notice: the portal did not confirm the sign-out of "{url}" ({reason}); the local files are removed anyway',
    ko: '알림: 포털이 "{url}" 로그아웃을 확인하지 않았습니다 ({reason}); 로컬 파일은 삭제합니다',
  },
  sso_removed: {
    en: 'Removed from "{path}": {sections}',
    ko: '"{path}"에서 삭제했습니다: {sections}',
  },
  sso_nothing_removed: {
    en: '"{path}" has no section named {what}; nothing was changed',
    ko: '"{path}"에 {what} 섹션이 없어 아무것도 바꾸지 않았습니다',
    hintEn: "See the profiles there with: aws configure list-profiles",
    hintKo: "그 파일의 프로필은 aws configure list-profiles 로 볼 수 있습니다",
  },
  prompt_idp: { en: "Choose an AWS account (IdP)", ko: "AWS 계정(IdP)을 선택하세요" },
  prompt_role: { en: "Choose an IAM role", ko: "IAM 역할을 선택하세요" },
  prompt_app: { en: "Choose an AWS Federation app", ko: "AWS Federation 앱을 선택하세요" },
  hint_prefix: { en: "hint: ", ko: "도움말: " },
  error_prefix: { en: "error: ", ko: "오류: " },
  ...NETWORK_MESSAGES,
} satisfies Record<string, Entry>;

export type MessageKey = keyof typeof CATALOGUE;

function fill(template: string, params: Params, lang: Lang): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) => {
    const value = params[name];
    if (value === undefined) return all;
    if (typeof value === "object") return render(value.key, value.params ?? {}, lang).message;
    // Values may come from a server or a file: no escape sequence reaches the terminal.
    return printable(String(value));
  });
}

/** Renders a catalogue entry; `hint` is absent when the entry has none. */
export function render(
  key: MessageKey,
  params: Params,
  lang: Lang,
): { message: string; hint?: string } {
  const entry: Entry = CATALOGUE[key];
  const message = fill(lang === "ko" ? entry.ko : entry.en, params, lang);
  const hintTemplate = lang === "ko" ? entry.hintKo ?? entry.hintEn : entry.hintEn;
  return hintTemplate === undefined
    ? { message }
    : { message, hint: fill(hintTemplate, params, lang) };
}

/** Renders only the message line of an entry. */
export function t(key: MessageKey, params: Params, lang: Lang): string {
  return render(key, params, lang).message;
}

// Errors word their English `message` with this catalogue once it has loaded (errors.ts does
// not import it, so that the warm path never loads it).
registerEnglish((key, params) => render(key, params, "en").message);
