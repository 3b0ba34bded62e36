// The catalogue's Okta area: device authorization (RFC 8628), the token exchange (RFC 8693),
// app discovery and the SAML assertion, each failure mapped to the guide's set-up step.
import type { Entry } from "./text.ts";

const GUIDE_11 = "guide step 1.1";
const GUIDE_12 = "guide step 1.2";
export const DEBUG_HINT = {
  en: "Run with --debug-api-calls to see the calls (secrets are redacted).",
  ko: "--debug-api-calls 로 호출 내역을 확인하세요 (비밀 값은 가려집니다).",
};

export const OKTA_MESSAGES = {
  // Okta device authorization (RFC 8628)
  device_authorization_failed: {
    en: 'Cannot start device authorization at "{host}": Okta returned {error}: {description}',
    ko: '"{host}"에서 장치 인증을 시작할 수 없습니다: Okta 응답 {error}: {description}',
    hint: {
      en: "Check --org-domain and --oidc-client-id.",
      ko: "--org-domain 과 --oidc-client-id 값을 확인하세요.",
    },
  },
  device_grant_not_enabled: {
    en:
      'Cannot start device authorization: the OIDC app "{clientId}" does not allow the Device Authorization grant',
    ko:
      '장치 인증을 시작할 수 없습니다: OIDC 앱 "{clientId}"에 Device Authorization 권한 부여 유형이 없습니다',
    hint: {
      en:
        `In the Okta admin console, open the "AWS CLI" app, General, Grant type, and tick "Device Authorization" (${GUIDE_11}).`,
      ko:
        `Okta 관리 콘솔에서 "AWS CLI" 앱의 General > Grant type 에서 "Device Authorization"을 체크하세요 (가이드 1.1).`,
    },
  },
  invalid_client: {
    en: 'Okta does not know the client id "{clientId}" at "{host}"',
    ko: 'Okta "{host}"에 클라이언트 ID "{clientId}"{^이} 없습니다',
    hint: {
      en:
        `Copy the Client ID from the "AWS CLI" app's General tab into --oidc-client-id (${GUIDE_11}).`,
      ko:
        '"AWS CLI" 앱의 General 탭에서 Client ID를 복사해 --oidc-client-id 로 지정하세요 (가이드 1.1).',
    },
  },
  classic_org: {
    en:
      'The Okta org "{host}" is a Classic engine org: device authorization needs Okta Identity Engine',
    ko:
      'Okta 조직 "{host}"{^은} Classic 엔진입니다: 장치 인증에는 Okta Identity Engine이 필요합니다',
    hint: {
      en:
        "Ask your Okta administrator to upgrade the org to Identity Engine, or use okta-aws direct.",
      ko: "Okta 관리자에게 Identity Engine 업그레이드를 요청하거나 okta-aws direct 를 사용하세요.",
    },
  },
  device_code_expired: {
    en: "The activation code expired before the sign-in was finished",
    ko: "로그인을 마치기 전에 활성화 코드가 만료되었습니다",
    hint: {
      en: "Run the command again and finish the sign-in in the browser within {minutes} minutes.",
      ko: "명령을 다시 실행하고 {minutes}분 안에 브라우저에서 로그인을 마치세요.",
    },
  },
  access_denied: {
    en: "The sign-in was denied in the browser",
    ko: "브라우저에서 로그인이 거부되었습니다",
    hint: {
      en:
        'Run the command again and choose "Allow"; if Okta denies you, ask to be assigned to the "AWS CLI" app (guide step 1.2).',
      ko:
        '명령을 다시 실행하고 "허용"을 선택하세요. Okta가 거부하면 "AWS CLI" 앱에 할당을 요청하세요 (가이드 1.2).',
    },
  },
  token_failed: {
    en: 'Cannot get Okta tokens from "{host}": Okta returned {error}: {description}',
    ko: '"{host}"에서 Okta 토큰을 받을 수 없습니다: Okta 응답 {error}: {description}',
    hint: DEBUG_HINT,
  },
  // Token exchange (RFC 8693)
  token_exchange_not_enabled: {
    en: 'Cannot exchange tokens: the OIDC app "{clientId}" does not allow the Token Exchange grant',
    ko:
      '토큰을 교환할 수 없습니다: OIDC 앱 "{clientId}"에 Token Exchange 권한 부여 유형이 없습니다',
    hint: {
      en:
        `In the "AWS CLI" app, General, Grant type, Advanced, tick "Token Exchange" (${GUIDE_11}).`,
      ko:
        '"AWS CLI" 앱의 General > Grant type > Advanced 에서 "Token Exchange"를 체크하세요 (가이드 1.1).',
    },
  },
  web_sso_client_not_allowed: {
    en:
      'Cannot get a web SSO token for app "{appId}": the client "{clientId}" is not its Allowed Web SSO Client',
    ko:
      '앱 "{appId}"의 웹 SSO 토큰을 받을 수 없습니다: 클라이언트 "{clientId}"{^이} Allowed Web SSO Client가 아닙니다',
    hint: {
      en:
        `In the "AWS Account Federation" app, Sign On, Settings, set "Allowed Web SSO Client" to "{clientId}" (${GUIDE_12}); check --aws-acct-fed-app-id.`,
      ko:
        '"AWS Account Federation" 앱의 Sign On > Settings 에서 "Allowed Web SSO Client"에 "{clientId}"{^을} 입력하세요 (가이드 1.2). --aws-acct-fed-app-id 도 확인하세요.',
    },
  },
  assurance_not_met: {
    en:
      'Cannot get a web SSO token for app "{appId}": the app\'s sign-on policy asks for more than this sign-in gave',
    ko:
      '앱 "{appId}"의 웹 SSO 토큰을 받을 수 없습니다: 앱의 로그인 정책 요구 수준을 이번 로그인이 충족하지 못합니다',
    hint: {
      en:
        'Align the sign-on policies of the "AWS CLI" and "AWS Account Federation" apps, or sign out of Okta in the browser and run again.',
      ko:
        '"AWS CLI" 앱과 "AWS Account Federation" 앱의 로그인 정책을 맞추거나, 브라우저에서 Okta 로그아웃 후 다시 실행하세요.',
    },
  },
  subject_token_invalid: {
    en: "Cannot exchange tokens: Okta says the sign-in session expired or was ended",
    ko: "토큰을 교환할 수 없습니다: Okta 로그인 세션이 만료되었거나 종료되었습니다",
    hint: {
      en: "Run the command again to sign in afresh; sign out of Okta in the browser if it repeats.",
      ko:
        "명령을 다시 실행해 새로 로그인하세요. 반복되면 브라우저에서 Okta 로그아웃 후 시도하세요.",
    },
  },
  token_exchange_failed: {
    en: 'Cannot exchange tokens for app "{appId}": Okta returned {error}: {description}',
    ko: '앱 "{appId}"의 토큰을 교환할 수 없습니다: Okta 응답 {error}: {description}',
    hint: {
      en: "Check --aws-acct-fed-app-id and the app's Allowed Web SSO Client (guide step 1.2).",
      ko: "--aws-acct-fed-app-id 와 앱의 Allowed Web SSO Client 를 확인하세요 (가이드 1.2).",
    },
  },
  // App discovery
  no_federation_apps: {
    en: "You are not assigned to any AWS Account Federation app",
    ko: "할당된 AWS Account Federation 앱이 없습니다",
    hint: {
      en:
        "Ask your Okta administrator to assign you to the AWS Account Federation app (guide step 1.2), or pass its id with --aws-acct-fed-app-id.",
      ko:
        "Okta 관리자에게 AWS Account Federation 앱 할당을 요청하거나 (가이드 1.2), --aws-acct-fed-app-id 로 앱 ID를 지정하세요.",
    },
  },
  app_links_forbidden: {
    en: "Cannot list your Okta apps: the token lacks the okta.users.read.self scope",
    ko: "Okta 앱 목록을 읽을 수 없습니다: 토큰에 okta.users.read.self 범위가 없습니다",
    hint: {
      en:
        'Grant "okta.users.read.self" on the "AWS CLI" app\'s Okta API Scopes tab (guide step 1.1), or pass --aws-acct-fed-app-id.',
      ko:
        '"AWS CLI" 앱의 Okta API Scopes 탭에서 "okta.users.read.self"를 허용하거나 (가이드 1.1), --aws-acct-fed-app-id 를 지정하세요.',
    },
  },
  // SAML
  saml_form_missing: {
    en: 'Cannot find a SAML assertion on the Okta page "{title}"',
    ko: 'Okta 페이지 "{title}"에서 SAML 어설션을 찾을 수 없습니다',
    hint: {
      en:
        "Check that you are assigned to the AWS Account Federation app and that --aws-acct-fed-app-id names it (guide step 1.2).",
      ko:
        "AWS Account Federation 앱에 할당되어 있는지, --aws-acct-fed-app-id 가 맞는지 확인하세요 (가이드 1.2).",
    },
  },
  saml_invalid: {
    en: "Cannot read the SAML assertion: {reason}",
    ko: "SAML 어설션을 읽을 수 없습니다: {reason}",
    hint: {
      en: "Run again with --debug; if it repeats, report it with the debug output.",
      ko: "--debug 로 다시 실행하고, 반복되면 디버그 출력과 함께 알려 주세요.",
    },
  },
  saml_too_large: {
    en: "Cannot use the SAML assertion: it has {size} characters, STS accepts at most {max}",
    ko: "SAML 어설션을 사용할 수 없습니다: {size}자로 STS 허용치 {max}자를 넘습니다",
    hint: {
      en: "Ask your Okta administrator to trim the attribute statements of the Federation app.",
      ko: "Okta 관리자에게 Federation 앱의 속성(attribute) 수를 줄여 달라고 요청하세요.",
    },
  },
  saml_dtd: {
    en: "Refusing the SAML assertion: it carries a DTD",
    ko: "SAML 어설션을 거부합니다: DTD가 포함되어 있습니다",
    hint: {
      en: "A real Okta assertion never has one: check the network path to your Okta org.",
      ko: "정상적인 Okta 어설션에는 DTD가 없습니다: Okta 조직까지의 네트워크 경로를 확인하세요.",
    },
  },
  no_aws_roles: {
    en: 'The SAML assertion of app "{appId}" grants no AWS role',
    ko: '앱 "{appId}"의 SAML 어설션에 AWS 역할이 없습니다',
    hint: {
      en:
        "Ask your Okta administrator to give you a role in the AWS Account Federation app (its Role attribute).",
      ko: "Okta 관리자에게 AWS Account Federation 앱의 역할(Role 속성) 부여를 요청하세요.",
    },
  },
  preset_idp_not_found: {
    en: 'The IdP "{preset}" is not in the SAML assertion; it offers: {available}',
    ko: 'IdP "{preset}"{^이} SAML 어설션에 없습니다. 가능한 값: {available}',
    hint: {
      en: "Set --aws-iam-idp (or OKTA_AWSCLI_IAM_IDP) to one of these ARNs or okta.yaml labels.",
      ko:
        "--aws-iam-idp (또는 OKTA_AWSCLI_IAM_IDP)를 위 ARN 또는 okta.yaml 레이블 중 하나로 지정하세요.",
    },
  },
  notice_session_ended: {
    en: "notice: the Okta session kept for {org} has ended; signing in again",
    ko: "알림: {org}에 보관한 Okta 세션이 끝나 다시 로그인합니다",
  },
  notice_role_reused: {
    en:
      "notice: using {role}, the role picked on an earlier run; choose another with -r (--aws-iam-role), or start over with okta-aws logout",
    ko:
      "알림: 이전 실행에서 고른 역할 {role}{^을} 씁니다. 다른 역할은 -r (--aws-iam-role) 로 고르거나, okta-aws logout 으로 처음부터 하세요",
  },
  preset_role_not_found: {
    en: 'The role "{preset}" is not in the SAML assertion{suggestion}; it offers: {available}',
    ko: '역할 "{preset}"{^은} SAML 어설션에 없습니다{suggestion}. 가능한 값: {available}',
    hint: {
      en:
        "Set --aws-iam-role (or OKTA_AWSCLI_IAM_ROLE) to one of these ARNs or okta.yaml labels, or a role name (Admin, team/Admin) found once.",
      ko:
        "--aws-iam-role (또는 OKTA_AWSCLI_IAM_ROLE)을 위 ARN, okta.yaml 레이블, 또는 한 번만 나오는 역할 이름(Admin, team/Admin) 중 하나로 지정하세요.",
    },
  },
  choice_needed: {
    en: "Cannot ask which {what} to use without a terminal; the choices are: {choices}",
    ko: "터미널이 없어 {what}{^을} 물어볼 수 없습니다. 선택지: {choices}",
    hint: { en: "Set {flag} to one of them.", ko: "그중 하나를 {flag} 플래그로 지정하세요." },
  },
} satisfies Record<string, Entry>;
