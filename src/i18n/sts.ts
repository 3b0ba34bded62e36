// The catalogue's STS area: what AssumeRoleWithSAML, AssumeRoleWithWebIdentity and AssumeRole
// refusals mean, with the next step.
import type { Entry } from "./text.ts";
import { DEBUG_HINT } from "./okta.ts";

export const STS_MESSAGES = {
  // IAM (profile names)
  iam_alias_failed: {
    en: "IAM ListAccountAliases failed: {error}; the profile names depend on it",
    ko: "IAM ListAccountAliases 실패: {error}; 프로필 이름이 이 값에 달려 있습니다",
    hint: {
      en:
        "Nothing was changed. Run it again; a --profile-name-template without {alias} needs no IAM call.",
      ko:
        "아무것도 바꾸지 않았습니다. 다시 실행하세요. {alias}{^이} 없는 --profile-name-template 은 IAM 호출이 필요 없습니다.",
    },
  },
  // STS
  sts_denied: {
    en: 'Cannot assume role "{role}": STS returned AccessDenied',
    ko: '역할 "{role}"{^을} 맡을 수 없습니다: STS가 AccessDenied 를 반환했습니다',
    hint: {
      en:
        "Check the role's trust policy names the provider \"{provider}\", and that the IAM identity provider has the same name in every account (see the guide's warning).",
      ko:
        '역할의 신뢰 정책에 공급자 "{provider}"{^이} 있는지, IAM 자격 증명 공급자 이름이 모든 계정에서 같은지 확인하세요 (가이드의 경고 참고).',
    },
  },
  sts_provider_missing: {
    en: 'Cannot assume role "{role}": the identity provider "{provider}" does not exist in IAM',
    ko: '역할 "{role}"{^을} 맡을 수 없습니다: IAM에 자격 증명 공급자 "{provider}"{^이} 없습니다',
    hint: {
      en:
        "Create the SAML identity provider in that account with the same name as in every other account (guide: IdP name).",
      ko:
        "해당 계정에 다른 계정과 같은 이름으로 SAML 자격 증명 공급자를 만드세요 (가이드의 IdP 이름 참고).",
    },
  },
  sts_oidc_provider_missing: {
    en: 'Cannot assume role "{role}": STS does not trust tokens of "{provider}" ({description})',
    ko:
      '역할 "{role}"{^을} 맡을 수 없습니다: STS 가 "{provider}"의 토큰을 신뢰하지 않습니다 ({description})',
    hint: {
      en:
        "In the role's account, add an IAM OpenID Connect identity provider with the URL \"{provider}\" and the authorization server's audience (e.g. api://default).",
      ko:
        '역할의 계정에 URL "{provider}", 대상(audience)이 권한 서버의 audience(예: api://default)인 IAM OpenID Connect 자격 증명 공급자를 추가하세요.',
    },
  },
  sts_web_identity_denied: {
    en: 'Cannot assume role "{role}" with a token of "{provider}": STS returned AccessDenied',
    ko:
      '"{provider}"의 토큰으로 역할 "{role}"{^을} 맡을 수 없습니다: STS가 AccessDenied 를 반환했습니다',
    hint: {
      en:
        'The role\'s trust policy must allow sts:AssumeRoleWithWebIdentity for the OIDC provider of "{provider}", with an "aud" condition on the authorization server\'s audience.',
      ko:
        '역할의 신뢰 정책이 "{provider}" OIDC 공급자에 대해 sts:AssumeRoleWithWebIdentity 를 허용하고, "aud" 조건이 권한 서버의 audience 여야 합니다.',
    },
  },
  sts_chain_denied: {
    en: 'Cannot chain from "{from}" into "{role}": STS returned AccessDenied ({description})',
    ko:
      '"{from}"에서 "{role}"{^으로} 체이닝할 수 없습니다: STS가 AccessDenied 를 반환했습니다 ({description})',
    hint: {
      en:
        'The trust policy of "{role}" must allow sts:AssumeRole for "{from}" (and name the --external-id when it requires one); the first role needs sts:AssumeRole on it too.',
      ko:
        '"{role}"의 신뢰 정책이 "{from}"의 sts:AssumeRole 을 허용해야 합니다 (external id 를 요구하면 --external-id 로); 앞 역할에도 그 역할에 대한 sts:AssumeRole 권한이 필요합니다.',
    },
  },
  sts_source_identity_denied: {
    en:
      'Cannot chain from "{from}" into "{role}" with a SourceIdentity: STS returned AccessDenied ({description})',
    ko:
      '"{from}"에서 "{role}"{^으로} SourceIdentity 를 붙여 체이닝할 수 없습니다: STS가 AccessDenied 를 반환했습니다 ({description})',
    hint: {
      en:
        'The trust policy of "{role}" must allow sts:SetSourceIdentity (beside sts:AssumeRole) for "{from}"; or leave out --source-identity.',
      ko:
        '"{role}"의 신뢰 정책이 "{from}"에 sts:AssumeRole 과 함께 sts:SetSourceIdentity 를 허용해야 합니다. 아니면 --source-identity 를 빼세요.',
    },
  },
  source_identity_unknown: {
    en: "--source-identity auto needs the login of the person signed in, and this flow gives none",
    ko:
      "--source-identity auto 에는 로그인한 사람의 로그인 이름이 필요한데, 이 흐름은 알려 주지 않습니다",
    hint: {
      en: "Give the name itself: --source-identity jane@example.com.",
      ko: "이름을 직접 주세요: --source-identity jane@example.com.",
    },
  },
  chain_one_role: {
    en: "--chain goes on from one role, and this run has {count}",
    ko: "--chain 은 역할 하나에서 이어지는데 이 실행에는 {count}개가 있습니다",
    hint: {
      en: "Pick the first role with --aws-iam-role (not --all-profiles).",
      ko: "--aws-iam-role 로 첫 역할을 고르세요 (--all-profiles 대신).",
    },
  },
  renewal_needs_user: {
    en: "Cannot renew the running command's credentials without you: {reason}",
    ko: "실행 중인 명령의 자격 증명을 사용자 없이 갱신할 수 없습니다: {reason}",
    hint: { en: "{next}", ko: "{next}" },
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
      "알림: {path}의 [{section}] 프로필에 자체 자격 증명({key}){^이} 있어 AWS SDK와 AWS CLI가 자격 증명 서버보다 먼저 사용합니다. 그 프로필 이름을 바꾸거나 --server 없이 실행하세요",
  },
  notice_server_renewal_failed: {
    en:
      "notice: the credential server could not renew the credentials ({reason}); the command keeps the current ones until {expiration}",
    ko:
      "알림: 자격 증명 서버가 자격 증명을 갱신하지 못했습니다 ({reason}); 명령은 {expiration}까지 현재 자격 증명을 사용합니다",
  },
  notice_chain_hour: {
    en: "notice: chained sessions last at most 1 hour (AWS's limit); {role} gets 3600 s",
    ko: "알림: 체이닝한 세션은 최대 1시간입니다 (AWS 제한); {role}{^은} 3600초를 받습니다",
  },
  sts_duration_exceeded: {
    en:
      'Cannot assume role "{role}" for {seconds} s: it exceeds the role\'s maximum session duration',
    ko: '역할 "{role}"{^을} {seconds}초 동안 맡을 수 없습니다: 역할의 최대 세션 시간을 넘습니다',
    hint: {
      en:
        "Every role allows 3600 s: use --aws-session-duration 3600 (or up to the role's maximum), or raise its Maximum session duration in IAM.",
      ko:
        "모든 역할은 3600초를 허용합니다: --aws-session-duration 3600 (또는 역할의 최대값까지)을 쓰거나 IAM에서 역할의 최대 세션 시간을 늘리세요.",
    },
  },
  sts_expired_assertion: {
    en: 'Cannot assume role "{role}": the SAML assertion expired before STS saw it',
    ko: '역할 "{role}"{^을} 맡을 수 없습니다: STS에 도달하기 전에 SAML 어설션이 만료되었습니다',
    hint: {
      en: "Run the command again; check that this machine's clock is right.",
      ko: "명령을 다시 실행하고 이 컴퓨터의 시계가 맞는지 확인하세요.",
    },
  },
  sts_failed: {
    en: 'Cannot assume role "{role}": STS returned {error}: {description}',
    ko: '역할 "{role}"{^을} 맡을 수 없습니다: STS 응답 {error}: {description}',
    hint: DEBUG_HINT,
  },
} satisfies Record<string, Entry>;
