// The catalogue's HTTP area: answers that are not what a call expects (status, shape, size,
// redirects, busy servers) and what credentials servers send.
import type { Entry } from "./text.ts";

export const HTTP_MESSAGES = {
  // HTTP
  http_status: {
    en: '"{method} {url}" failed with HTTP {status}',
    ko: '"{method} {url}" 요청이 HTTP {status} 응답으로 실패했습니다',
    hint: {
      en: "Try again later; run with --debug-api-calls to see the calls.",
      ko: "잠시 후 다시 시도하세요. --debug-api-calls 로 호출 내역을 볼 수 있습니다.",
    },
  },
  unexpected_response: {
    en: 'Expected {expected} from "{url}", got {contentType} (title: "{title}")',
    ko: '"{url}"에서 {expected}{^을} 기대했지만 {contentType}{^을} 받았습니다 (제목: "{title}")',
    hint: {
      en: "A proxy or captive portal may be in the way; check --org-domain and HTTPS_PROXY.",
      ko:
        "프록시나 캡티브 포털이 끼어 있을 수 있습니다. --org-domain 과 HTTPS_PROXY 를 확인하세요.",
    },
  },
  credentials_invalid: {
    en: '{from} returned unusable credentials for "{role}": {field} {reason}',
    ko: '{from}{^이} "{role}"에 쓸 수 없는 자격 증명을 돌려주었습니다: {field} {reason}',
    hint: {
      en:
        "Nothing was written. Try again; if it persists, the endpoint (AWS_ENDPOINT_URL_STS, a proxy) is not AWS.",
      ko:
        "아무것도 쓰지 않았습니다. 다시 시도하고, 계속되면 엔드포인트(AWS_ENDPOINT_URL_STS, 프록시)가 AWS인지 확인하세요.",
    },
  },
  okta_answer_invalid: {
    en: 'Okta at "{host}" sent an answer okta-aws cannot use ({step}): {detail}',
    ko: 'Okta "{host}"의 응답을 사용할 수 없습니다 ({step}): {detail}',
    hint: {
      en:
        "Check that --org-domain is your Okta org (not a proxy or another service); run with --debug-api-calls to see the answer.",
      ko:
        "--org-domain 이 Okta 조직(프록시나 다른 서비스가 아님)인지 확인하고, --debug-api-calls 로 응답을 확인하세요.",
    },
  },
  verification_uri_refused: {
    en:
      'Okta at "{host}" asked to open "{uri}", which is not an https page of that org; it was not opened',
    ko:
      'Okta "{host}"{^이} 해당 조직의 https 페이지가 아닌 "{uri}"{^을} 열라고 했습니다. 열지 않았습니다',
    hint: {
      en: "Check --org-domain: it must be your Okta org, not a proxy or another site.",
      ko: "--org-domain 이 프록시나 다른 사이트가 아닌 Okta 조직인지 확인하세요.",
    },
  },
  value_unquotable: {
    en: 'Cannot write "{value}" for {shell}: it holds characters that shell cannot quote',
    ko: '"{value}"{^을} {shell}용으로 쓸 수 없습니다: 그 셸이 인용할 수 없는 문자가 있습니다',
    hint: {
      en: "Check --aws-region; or use --format aws-credentials or process-credentials.",
      ko: "--aws-region 을 확인하거나 --format aws-credentials 또는 process-credentials 를 쓰세요.",
    },
  },
  trust_missing: {
    en: 'There is no file "{path}" to trust',
    ko: '신뢰할 파일 "{path}"{^이} 없습니다',
    hint: {
      en: "Give the path of the .env file: okta-aws trust <path>.",
      ko: ".env 파일 경로를 지정하세요: okta-aws trust <경로>.",
    },
  },
  file_unusable: {
    en: 'Cannot read "{path}": {reason}',
    ko: '"{path}"{^을} 읽을 수 없습니다: {reason}',
    hint: {
      en: "Replace it with a regular file, or move it aside.",
      ko: "일반 파일로 바꾸거나 다른 곳으로 옮기세요.",
    },
  },
  response_too_large: {
    en: 'The answer of "{url}" is over {max} bytes; okta-aws stopped reading it',
    ko: '"{url}"의 응답이 {max}바이트를 넘어 okta-aws가 읽기를 멈췄습니다',
    hint: {
      en: "Check --org-domain and AWS_ENDPOINT_URL_STS: a proxy or another service may answer.",
      ko:
        "--org-domain 과 AWS_ENDPOINT_URL_STS 를 확인하세요. 프록시나 다른 서비스가 응답했을 수 있습니다.",
    },
  },
  server_busy: {
    en: '"{url}" answered {status} (busy or failing) {tries} time(s); okta-aws stopped waiting',
    ko: '"{url}"{^이} {status}(바쁨 또는 장애)로 {tries}번 응답해 okta-aws가 기다리기를 멈췄습니다',
    hint: {
      en: "Try again in {seconds} s or more; if it persists, check the service's status page.",
      ko: "{seconds}초 이상 지난 뒤 다시 시도하세요. 계속되면 서비스 상태 페이지를 확인하세요.",
    },
  },
  redirect_refused: {
    en: '"{url}" redirected to "{location}"; okta-aws does not follow redirects on these calls',
    ko:
      '"{url}"{^이} "{location}"{^으로} 리디렉션했습니다. okta-aws는 이 호출의 리디렉션을 따르지 않습니다',
    hint: {
      en: "Use the org's own domain in --org-domain (not a vanity or admin URL).",
      ko: "--org-domain 에 조직의 실제 도메인을 쓰세요 (관리자나 별칭 URL 제외).",
    },
  },
} satisfies Record<string, Entry>;
