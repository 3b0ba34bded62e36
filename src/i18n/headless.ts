// The catalogue's headless and console area: m2m (private_key_jwt), direct authentication
// (password and Okta Verify push), and the AWS console sign-in.
import type { Entry } from "./text.ts";

export const HEADLESS_MESSAGES = {
  // m2m (private_key_jwt) and direct authentication
  private_key_unusable: {
    en: "Cannot sign with the private key: found {seen}; okta-aws signs with {supported}",
    ko: "개인 키로 서명할 수 없습니다: {seen}{^을} 찾았습니다. 지원 형식: {supported}",
    hint: {
      en:
        "Convert it, e.g. openssl pkcs8 -topk8 -nocrypt -in key.pem -out key-pkcs8.pem, and give --private-key-file.",
      ko:
        "변환하세요 (예: openssl pkcs8 -topk8 -nocrypt -in key.pem -out key-pkcs8.pem) 그리고 --private-key-file 로 주세요.",
    },
  },
  private_key_too_short: {
    en:
      "The private key is RSA with {bits} bits; okta-aws signs with RSA keys of 2048 bits or more",
    ko: "개인 키가 {bits}비트 RSA 입니다. okta-aws 는 2048비트 이상의 RSA 키로만 서명합니다",
    hint: {
      en:
        "Make a new key (openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out key.pem) and register its public key with the API service app.",
      ko:
        "새 키를 만들고 (openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out key.pem) 그 공개 키를 API 서비스 앱에 등록하세요.",
    },
  },
  notice_private_key_open: {
    en: 'notice: other users may read the private key "{path}"; run: chmod 600 "{path}"',
    ko:
      '알림: 다른 사용자가 개인 키 "{path}"{^을} 읽을 수 있습니다. 실행하세요: chmod 600 "{path}"',
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
    hint: {
      en:
        "Check --oidc-client-id, that --key-id is the kid of the public key registered with the API service app (Client authentication: Public key / Private key), and this machine's clock.",
      ko:
        "--oidc-client-id, --key-id 가 API 서비스 앱에 등록한 공개 키의 kid 인지 (Client authentication: Public key / Private key), 이 컴퓨터의 시계를 확인하세요.",
    },
  },
  m2m_token_failed: {
    en: 'Okta at "{host}" refused the client credentials request: {error}: {description}',
    ko: '"{host}"의 Okta 가 client credentials 요청을 거부했습니다: {error}: {description}',
    hint: {
      en:
        "Check --authz-id and --custom-scope: the scope must exist on that authorization server and an access policy must allow the client credentials grant for this app.",
      ko:
        "--authz-id 와 --custom-scope 를 확인하세요: 그 권한 서버에 범위가 있어야 하고, 접근 정책이 이 앱의 client credentials 를 허용해야 합니다.",
    },
  },
  direct_credentials_refused: {
    en: 'Okta at "{host}" refused the username or password',
    ko: '"{host}"의 Okta 가 사용자 이름 또는 비밀번호를 거부했습니다',
    hint: {
      en: "Check --username and the password (OKTA_AWSCLI_PASSWORD or the prompt).",
      ko: "--username 과 비밀번호(OKTA_AWSCLI_PASSWORD 또는 입력)를 확인하세요.",
    },
  },
  direct_auth_failed: {
    en: 'Okta direct authentication at "{host}" failed: {error}: {description}',
    ko: '"{host}"의 Okta 직접 인증 실패: {error}: {description}',
    hint: {
      en:
        "In the OIDC app, enable the Resource Owner Password and MFA OOB grants, and let the authorization server's access policy allow them (--authz-id names a custom server).",
      ko:
        "OIDC 앱에서 Resource Owner Password 와 MFA OOB 권한 부여를 켜고, 권한 서버 접근 정책이 이를 허용하게 하세요 (--authz-id 는 사용자 지정 서버).",
    },
  },
  mfa_denied: {
    en: "The Okta Verify push was denied",
    ko: "Okta Verify 푸시가 거부되었습니다",
    hint: {
      en: "Run the command again and approve the push (tap the number shown here).",
      ko: "명령을 다시 실행하고 푸시를 승인하세요 (여기 표시된 숫자를 누르세요).",
    },
  },
  mfa_expired: {
    en: "The Okta Verify push expired before it was approved",
    ko: "Okta Verify 푸시가 승인되기 전에 만료되었습니다",
    hint: {
      en: "Run the command again and approve the push within {minutes} minutes.",
      ko: "명령을 다시 실행하고 {minutes}분 안에 푸시를 승인하세요.",
    },
  },
  notice_mfa_push: {
    en: "An Okta Verify push was sent to {username}; approve it on your phone.",
    ko: "{username} 에게 Okta Verify 푸시를 보냈습니다. 휴대폰에서 승인하세요.",
  },
  notice_mfa_number: {
    en: "Okta Verify: tap {number} on your phone to approve the sign-in of {username}.",
    ko: "Okta Verify: 휴대폰에서 {number}{^을} 눌러 {username} 의 로그인을 승인하세요.",
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
    hint: {
      en:
        "Credentials from role chaining, expired credentials, or a duration they do not allow are refused: get fresh ones (okta-aws logout clears the cached credentials) and run it again.",
      ko:
        "역할 체이닝으로 받은 자격 증명, 만료된 자격 증명, 허용되지 않는 시간은 거부됩니다: 새 자격 증명을 받아 (okta-aws logout 이 캐시된 자격 증명을 지웁니다) 다시 실행하세요.",
    },
  },
  notice_console_opened: {
    en: 'Opened the AWS console as "{role}" in the browser.',
    ko: '브라우저에서 "{role}" 역할로 AWS 콘솔을 열었습니다.',
  },
  notice_console_not_visited: {
    en:
      "The browser did not open the console within a minute; run again with --print to get the sign-in URL on stdout.",
    ko:
      "브라우저가 1분 안에 콘솔을 열지 않았습니다. --print 로 다시 실행하면 로그인 URL 을 stdout 으로 받습니다.",
  },
  reason_destination: {
    en:
      "give an https:// URL of the AWS console (console.aws.amazon.com and its subdomains) or a service name such as s3, ec2, cloudwatch",
    ko:
      "AWS 콘솔의 https:// URL (console.aws.amazon.com 과 그 하위 도메인) 이나 s3, ec2, cloudwatch 같은 서비스 이름을 주세요",
  },
  console_destination_foreign: {
    en: '"{destination}" is not a page of this role\'s console ({console})',
    ko: '"{destination}"{^은} 이 역할의 콘솔({console}) 페이지가 아닙니다',
    hint: {
      en: "Give --destination a URL of that console, or a service name such as s3.",
      ko: "--destination 에 그 콘솔의 URL 이나 s3 같은 서비스 이름을 주세요.",
    },
  },
} satisfies Record<string, Entry>;
