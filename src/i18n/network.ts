// The catalogue's network area: a request that got no answer (which service, which way, why,
// and that service's knob), the trust and proxy notices, and the CA bundle's errors. Merged
// into the one catalogue by messages.ts.
import type { Entry } from "./text.ts";

const TRUST_HINT = {
  en:
    'Trusted now: {trusted}. Where a TLS-inspecting proxy re-signs HTTPS (Zscaler, Netskope, a DLP appliance), give its CA certificate file with AWS_CA_BUNDLE, ca_bundle in the AWS config file, or --ca-bundle, or install it in the OS trust store (see "Corporate networks" in the README).',
  ko:
    '지금 신뢰하는 것: {trusted}. TLS 검사 프록시(Zscaler, Netskope, DLP 장비)가 HTTPS 를 다시 서명하는 네트워크라면 그 CA 인증서 파일을 AWS_CA_BUNDLE, AWS config 파일의 ca_bundle, --ca-bundle 로 지정하거나 OS 신뢰 저장소에 설치하세요 (README 의 "회사 네트워크" 참고).',
};

export const NETWORK_MESSAGES = {
  // The services, and the knob that points okta-aws at each.
  service_okta: { en: "the Okta org", ko: "Okta 조직" },
  service_sts: { en: "AWS STS", ko: "AWS STS" },
  service_iam: { en: "AWS IAM", ko: "AWS IAM" },
  service_sso_oidc: { en: "IAM Identity Center OIDC", ko: "IAM Identity Center OIDC" },
  service_sso_portal: {
    en: "the IAM Identity Center portal",
    ko: "IAM Identity Center 포털",
  },
  service_signin: { en: "the AWS console sign-in", ko: "AWS 콘솔 로그인 엔드포인트" },
  service_team_config: { en: "the team config's server", ko: "팀 설정 서버" },
  knob_okta: { en: "--org-domain", ko: "--org-domain" },
  knob_sts: {
    en: "--aws-region (or AWS_ENDPOINT_URL_STS)",
    ko: "--aws-region (또는 AWS_ENDPOINT_URL_STS)",
  },
  knob_iam: { en: "AWS_ENDPOINT_URL_IAM", ko: "AWS_ENDPOINT_URL_IAM" },
  knob_sso_oidc: {
    en: "the sso_start_url and sso_region of the session (or AWS_ENDPOINT_URL_SSO_OIDC)",
    ko: "세션의 sso_start_url 과 sso_region (또는 AWS_ENDPOINT_URL_SSO_OIDC)",
  },
  knob_sso_portal: {
    en: "the sso_region of the session (or AWS_ENDPOINT_URL_SSO)",
    ko: "세션의 sso_region (또는 AWS_ENDPOINT_URL_SSO)",
  },
  knob_signin: { en: "OKTA_AWS_SIGNIN_URL", ko: "OKTA_AWS_SIGNIN_URL" },
  knob_team_config: { en: "the URL given to okta-aws setup", ko: "okta-aws setup 에 준 URL" },
  via_proxy: { en: ' through the proxy "{proxy}"', ko: ' (프록시 "{proxy}" 경유)' },
  via_bypassed: { en: " (direct: {variable} lists it)", ko: " (직접 연결: {variable} 에 있음)" },
  dns_advice_no_proxy: {
    en:
      "If this network reaches the internet only through a proxy, set HTTPS_PROXY=http://user:password@proxy:port.",
    ko:
      "이 네트워크가 프록시로만 인터넷에 나간다면 HTTPS_PROXY=http://사용자:비밀번호@프록시:포트 를 설정하세요.",
  },
  dns_advice_bypassed: {
    en: "{variable} sends this host past the proxy: take it out if only the proxy can resolve it.",
    ko:
      "{variable} 때문에 이 호스트는 프록시를 거치지 않습니다: 프록시만 이름을 알 수 있다면 빼세요.",
  },
  proxy_credentials_given: {
    en: "check the user and password in {variable}",
    ko: "{variable} 의 사용자와 비밀번호를 확인하세요",
  },
  proxy_credentials_none: {
    en: "{variable} has no user and password: add them",
    ko: "{variable} 에 사용자와 비밀번호가 없습니다: 추가하세요",
  },

  // A request that got no answer.
  network: {
    en: 'Cannot reach {service} at "{host}"{via}: {detail}',
    ko: '{service} "{host}"에 연결할 수 없습니다{via}: {detail}',
    hint: {
      en: "Check the network (VPN, firewall) and {knob}; behind a proxy, HTTPS_PROXY and NO_PROXY.",
      ko:
        "네트워크(VPN, 방화벽)와 {knob}{^을} 확인하세요. 프록시 뒤라면 HTTPS_PROXY 와 NO_PROXY 도 확인하세요.",
    },
  },
  network_dns: {
    en: 'Cannot reach {service} at "{host}"{via}: no such host (DNS)',
    ko: '{service} "{host}"에 연결할 수 없습니다{via}: 호스트를 찾을 수 없습니다 (DNS)',
    hint: {
      en: "Check {knob} for a typo. {advice}",
      ko: "{knob} 에 오타가 없는지 확인하세요. {advice}",
    },
  },
  network_refused: {
    en: 'Cannot reach {service} at "{host}"{via}: the connection was refused',
    ko: '{service} "{host}"에 연결할 수 없습니다{via}: 연결이 거부되었습니다',
    hint: {
      en:
        "Check {knob} and its port; a firewall or a VPN may block it. If this network needs a proxy, set HTTPS_PROXY.",
      ko:
        "{knob}{^과} 포트를 확인하세요. 방화벽이나 VPN 이 막고 있을 수 있습니다. 프록시가 필요한 네트워크라면 HTTPS_PROXY 를 설정하세요.",
    },
  },
  network_timeout: {
    en: 'Cannot reach {service} at "{host}"{via}: no complete answer within {seconds} s',
    ko: '{service} "{host}"에 연결할 수 없습니다{via}: {seconds}초 안에 응답이 끝나지 않았습니다',
    hint: {
      en:
        "Check the network (VPN, firewall) and {knob}; behind a proxy set HTTPS_PROXY; OKTA_AWS_HTTP_TIMEOUT gives each call more time.",
      ko:
        "네트워크(VPN, 방화벽)와 {knob}{^을} 확인하세요. 프록시 뒤라면 HTTPS_PROXY 를 설정하고, OKTA_AWS_HTTP_TIMEOUT 으로 호출마다 시간을 더 줄 수 있습니다.",
    },
  },
  tls_untrusted: {
    en:
      'Cannot reach {service} at "{host}"{via}: TLS certificate not trusted (its issuer is unknown to this computer)',
    ko:
      '{service} "{host}"에 연결할 수 없습니다{via}: TLS 인증서를 신뢰할 수 없습니다 (발급자를 모릅니다)',
    hint: TRUST_HINT,
  },
  tls_failed: {
    en: 'Cannot reach {service} at "{host}"{via}: TLS failed ({detail})',
    ko: '{service} "{host}"에 연결할 수 없습니다{via}: TLS 실패 ({detail})',
    hint: {
      en: TRUST_HINT.en.replace("Trusted now: {trusted}. ", ""),
      ko: TRUST_HINT.ko.replace("지금 신뢰하는 것: {trusted}. ", ""),
    },
  },
  tls_expired: {
    en: 'Cannot reach {service} at "{host}"{via}: its TLS certificate has expired',
    ko: '{service} "{host}"에 연결할 수 없습니다{via}: TLS 인증서가 만료되었습니다',
    hint: {
      en:
        "Check this computer's clock, date and time zone. If they are right, the server (or a proxy in the way) shows an expired certificate: tell its owner.",
      ko:
        "이 컴퓨터의 시계, 날짜, 시간대를 확인하세요. 맞다면 서버(또는 중간의 프록시)가 만료된 인증서를 보여 주는 것이니 관리자에게 알리세요.",
    },
  },
  tls_not_yet_valid: {
    en: 'Cannot reach {service} at "{host}"{via}: its TLS certificate is not valid yet',
    ko: '{service} "{host}"에 연결할 수 없습니다{via}: TLS 인증서가 아직 유효하지 않습니다',
    hint: {
      en:
        "This computer's clock is probably behind: check the date, time and time zone, then try again.",
      ko: "이 컴퓨터의 시계가 늦을 가능성이 큽니다: 날짜, 시각, 시간대를 확인하고 다시 시도하세요.",
    },
  },
  tls_wrong_name: {
    en: 'Cannot reach {service} at "{host}"{via}: its TLS certificate is for another name',
    ko: '{service} "{host}"에 연결할 수 없습니다{via}: TLS 인증서가 다른 이름용입니다',
    hint: {
      en:
        "Something else answers for this host: a captive portal (sign in to the Wi-Fi first) or a proxy; check {knob}, HTTPS_PROXY and NO_PROXY.",
      ko:
        "다른 무언가가 이 호스트 대신 응답합니다: 캡티브 포털(먼저 Wi-Fi 에 로그인)이나 프록시일 수 있습니다. {knob}, HTTPS_PROXY, NO_PROXY 를 확인하세요.",
    },
  },
  proxy_auth: {
    en:
      'The proxy "{proxy}" ({variable}) refused the way to {service} at "{host}": proxy authentication required (407)',
    ko:
      '프록시 "{proxy}" ({variable}){^이} {service} "{host}" 연결을 거부했습니다: 프록시 인증 필요 (407)',
    hint: {
      en:
        "{given} (as http://user:password@host:port, special characters percent-encoded: @ is %40, : is %3A). okta-aws never prints the password. NTLM or Kerberos proxies need a local relay (README).",
      ko:
        "{given} (형식: http://사용자:비밀번호@호스트:포트, 특수 문자는 퍼센트 인코딩: @ 는 %40, : 는 %3A). okta-aws 는 비밀번호를 출력하지 않습니다. NTLM, Kerberos 프록시는 로컬 중계 프록시가 필요합니다 (README).",
    },
  },
  proxy_unreachable: {
    en:
      'Cannot reach the proxy "{proxy}" ({variable}) on the way to {service} at "{host}": {detail}',
    ko:
      '{service} "{host}"{^으로} 가는 프록시 "{proxy}" ({variable})에 연결할 수 없습니다: {detail}',
    hint: {
      en:
        "Check {variable} (host and port of the proxy); hosts that need no proxy go in NO_PROXY (names or addresses, no ports).",
      ko:
        "{variable} (프록시의 호스트와 포트)를 확인하세요. 프록시가 필요 없는 호스트는 NO_PROXY 에 넣습니다 (이름이나 주소, 포트 없이).",
    },
  },
  proxy_tunnel_failed: {
    en: 'The proxy "{proxy}" ({variable}) could not open the way to {service} at "{host}"',
    ko: '프록시 "{proxy}" ({variable}){^이} {service} "{host}"{^으로} 가는 연결을 열지 못했습니다',
    hint: {
      en:
        "The proxy cannot reach it or blocks it: check {knob}, or ask the network team to allow the host; list it in NO_PROXY if it is reached without the proxy.",
      ko:
        "프록시가 그 호스트에 닿지 못하거나 막고 있습니다: {knob}{^을} 확인하거나 네트워크 담당자에게 허용을 요청하세요. 프록시 없이 닿는 호스트라면 NO_PROXY 에 넣으세요.",
    },
  },

  // What is trusted, in a hint.
  trusted_roots: { en: "Deno's roots only", ko: "Deno 기본 루트 인증서만" },
  trusted_system: {
    en: "Deno's roots and the OS store ({count} certificates){bundle}",
    ko: "Deno 기본 루트 인증서와 OS 저장소 (인증서 {count}개){bundle}",
  },
  trusted_deno_store: {
    en: "the stores DENO_TLS_CA_STORE={value} names{bundle}",
    ko: "DENO_TLS_CA_STORE={value}{^이} 지정한 저장소{bundle}",
  },
  trusted_no_system: {
    en: "Deno's roots (the OS store could not be read){bundle}",
    ko: "Deno 기본 루트 인증서 (OS 저장소를 읽지 못함){bundle}",
  },
  trusted_bundle: { en: ' and "{path}" ({source})', ko: ' 및 "{path}" ({source})' },

  // The CA bundle.
  trust_source_flag: { en: "--ca-bundle", ko: "--ca-bundle" },
  trust_source_env: { en: "AWS_CA_BUNDLE", ko: "AWS_CA_BUNDLE" },
  trust_source_dotenv: { en: "AWS_CA_BUNDLE in .env", ko: ".env 의 AWS_CA_BUNDLE" },
  trust_source_yaml: {
    en: 'ca-bundle of okta.yaml profile "{profile}"',
    ko: 'okta.yaml 프로필 "{profile}"의 ca-bundle',
  },
  trust_source_config: {
    en: 'ca_bundle of profile "{profile}" in {path}',
    ko: '{path} 의 프로필 "{profile}" ca_bundle',
  },
  ca_bundle_unusable: {
    en: 'Cannot use the CA bundle "{path}" (from {source}): {reason}',
    ko: 'CA 번들 "{path}"({source}){^을} 쓸 수 없습니다: {reason}',
    hint: {
      en:
        "Point {source} at a PEM file of CA certificates (-----BEGIN CERTIFICATE-----), or unset it.",
      ko:
        "{source}{^이} CA 인증서 PEM 파일(-----BEGIN CERTIFICATE-----)을 가리키게 하거나 지우세요.",
    },
  },
  reason_not_pem: {
    en: "it holds no PEM certificate",
    ko: "PEM 인증서가 들어 있지 않습니다",
  },
  reason_no_usable_certificate: {
    en: "none of its {count} certificates can be read",
    ko: "인증서 {count}개 중 읽을 수 있는 것이 없습니다",
  },
  reason_os_error: { en: "{reason}", ko: "{reason}" },
  notice_proxy_ignored: {
    en:
      'warning: {variable} ("{proxy}") {why}; Deno ignores it and connects without that proxy. {fix}',
    ko: '경고: {variable} ("{proxy}") {why}; Deno 는 이 프록시를 무시하고 직접 연결합니다. {fix}',
  },
  proxy_why_user_without_password: {
    en: "has a user but no password",
    ko: "에 사용자는 있지만 비밀번호가 없습니다",
  },
  proxy_fix_user_without_password: {
    en: "Write user:password@ (percent-encoded), or user:@ for none.",
    ko: "사용자:비밀번호@ (퍼센트 인코딩) 형식으로, 비밀번호가 없으면 사용자:@ 로 쓰세요.",
  },
  proxy_why_unsupported_scheme: {
    en: "uses a scheme other than http, https or socks5",
    ko: "{^은} http, https, socks5 가 아닌 스킴을 씁니다",
  },
  proxy_fix_unsupported_scheme: {
    en: "Use http://host:port (PAC files need a local relay: see the README).",
    ko: "http://호스트:포트 를 쓰세요 (PAC 파일은 로컬 중계 프록시가 필요합니다: README 참고).",
  },
  proxy_why_unparsable: { en: "is not a URL", ko: "{^은} URL 이 아닙니다" },
  proxy_fix_unparsable: {
    en: "Use http://user:password@host:port.",
    ko: "http://사용자:비밀번호@호스트:포트 형식을 쓰세요.",
  },

  // doctor.
  doctor_check_trust: { en: "trust", ko: "신뢰" },
  doctor_check_proxy: { en: "proxy", ko: "프록시" },
  doctor_trust_ok: { en: "{trusted}{extra}", ko: "{trusted}{extra}" },
  doctor_trust_extra: {
    en: "; Deno also reads {variables}",
    ko: "; Deno 가 {variables} 도 읽습니다",
  },
  doctor_trust_no_system: {
    en:
      "the OS trust store could not be read ({reason}): a company CA installed there is not trusted",
    ko: "OS 신뢰 저장소를 읽지 못했습니다 ({reason}): 그곳에 설치된 회사 CA 를 신뢰하지 않습니다",
    hint: {
      en: "Give the CA certificate file with AWS_CA_BUNDLE, ca_bundle or --ca-bundle.",
      ko: "CA 인증서 파일을 AWS_CA_BUNDLE, ca_bundle, --ca-bundle 로 지정하세요.",
    },
  },
  doctor_trust_skipped: {
    en: "{count} certificates cannot be parsed and are left out: {labels}",
    ko: "인증서 {count}개를 해석할 수 없어 제외했습니다: {labels}",
    hint: {
      en:
        "Remove or re-export them from the OS store or the bundle; the others are trusted as usual.",
      ko: "OS 저장소나 번들에서 지우거나 다시 내보내세요. 나머지는 그대로 신뢰합니다.",
    },
  },
  doctor_proxy_ignored: {
    en: '{variable} ("{proxy}") {why}; Deno ignores it and connects without that proxy',
    ko: '{variable} ("{proxy}") {why}; Deno 는 이 프록시를 무시하고 직접 연결합니다',
    hint: { en: "{fix}", ko: "{fix}" },
  },
  doctor_route_direct: { en: " (direct)", ko: " (직접 연결)" },
  doctor_route_bypassed: {
    en: " (direct: {variable} lists it)",
    ko: " (직접 연결: {variable} 에 있음)",
  },
  doctor_route_proxy: {
    en: ' (through the proxy "{proxy}", {variable})',
    ko: ' (프록시 "{proxy}" 경유, {variable})',
  },
} satisfies Record<string, Entry>;
