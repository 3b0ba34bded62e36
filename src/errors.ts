// The two error classes of okta-aws: UsageError (fixable on the command line, exit 2)
// and FlowError (a step of a flow failed, exit 1). Both carry a catalogue key and params.
import type { MessageKey } from "./i18n/keys.ts";
import type { Params } from "./i18n/phrase.ts";

type EnglishRenderer = (key: MessageKey, params: Params) => string;
let english: EnglishRenderer | undefined;

/**
 * How an error's `message` is worded: the entry points register the catalogue
 * (i18n/register.ts); this module does not import it, so a cached credential_process answer
 * never loads the catalogue. Before that, `message` is the catalogue key.
 */
export function registerEnglish(render: EnglishRenderer): void {
  english = render;
}

/** Gives `error` a `message` worded from the catalogue when it is read. */
function wordLazily(error: Error, key: MessageKey, params: Params): void {
  Object.defineProperty(error, "message", {
    get: () => english?.(key, params) ?? key,
    enumerable: false,
    configurable: true,
  });
}

/** Codes a flow can fail with; tests assert these, messages come from the catalogue. */
export type FlowErrorCode =
  | "device_authorization_failed"
  | "device_grant_not_enabled"
  | "invalid_client"
  | "device_code_expired"
  | "access_denied"
  | "token_failed"
  | "token_exchange_not_enabled"
  | "web_sso_client_not_allowed"
  | "assurance_not_met"
  | "subject_token_invalid"
  | "token_exchange_failed"
  | "no_federation_apps"
  | "app_links_forbidden"
  | "saml_form_missing"
  | "saml_invalid"
  | "saml_too_large"
  | "saml_dtd"
  | "no_aws_roles"
  | "preset_idp_not_found"
  | "preset_role_not_found"
  | "choice_needed"
  | "sts_denied"
  | "sts_provider_missing"
  | "sts_oidc_provider_missing"
  | "sts_web_identity_denied"
  | "sts_duration_exceeded"
  | "sts_expired_assertion"
  | "sts_failed"
  | "network"
  | "network_dns"
  | "network_refused"
  | "network_timeout"
  | "tls_untrusted"
  | "tls_expired"
  | "tls_not_yet_valid"
  | "tls_wrong_name"
  | "tls_failed"
  | "proxy_auth"
  | "proxy_unreachable"
  | "proxy_tunnel_failed"
  | "ca_bundle_unusable"
  | "http_status"
  | "unexpected_response"
  | "redirect_refused"
  | "server_busy"
  | "response_too_large"
  | "credentials_invalid"
  | "okta_answer_invalid"
  | "verification_uri_refused"
  | "value_unquotable"
  | "file_unusable"
  | "trust_missing"
  | "file_invalid"
  | "file_value_refused"
  | "file_too_large"
  | "file_result_too_large"
  | "file_unsettled"
  | "iam_alias_failed"
  | "private_key_too_short"
  | "console_destination_foreign"
  | "sso_portal_paging"
  | "file_read_only"
  | "file_write_failed"
  | "lock_timeout"
  | "classic_org"
  | "cancelled"
  | "nested_exec"
  | "refresh_token_not_enabled"
  | "session_lock_timeout"
  | "sso_session_expired"
  | "sso_not_logged_in"
  | "sso_access_denied"
  | "sso_failed"
  | "sso_role_denied"
  | "sso_session_missing"
  | "sso_profile_missing"
  | "sso_profile_not_sso"
  | "sso_config_incomplete"
  | "sso_callback_failed"
  | "sso_no_accounts"
  | "sso_no_roles"
  | "sso_account_unknown"
  | "profile_not_found"
  | "sso_profile_missing_others"
  | "sso_role_unknown"
  | "answer_needed"
  | "private_key_unusable"
  | "client_assertion_refused"
  | "m2m_token_failed"
  | "direct_credentials_refused"
  | "direct_auth_failed"
  | "mfa_denied"
  | "mfa_expired"
  | "console_refused"
  | "sts_chain_denied"
  | "chain_one_role"
  | "renewal_needs_user"
  | "sync_no_roles"
  | "sso_nothing_removed"
  | "team_config_invalid"
  | "team_config_missing"
  | "team_config_digest"
  | "source_identity_unknown"
  | "sts_source_identity_denied";

/** A failed step of a flow. `code` is stable; the text is rendered in the user's language. */
export class FlowError extends Error {
  readonly code: FlowErrorCode;
  readonly params: Params;
  constructor(code: FlowErrorCode, params: Params = {}, options?: { cause?: unknown }) {
    super(code, options);
    wordLazily(this, code, params);
    this.name = "FlowError";
    this.code = code;
    this.params = params;
  }
}

/** Bad input on the command line, in the environment or in okta.yaml: exit 2. */
export class UsageError extends Error {
  readonly key: MessageKey;
  readonly params: Params;
  constructor(key: MessageKey, params: Params = {}) {
    super(key);
    wordLazily(this, key, params);
    this.name = "UsageError";
    this.key = key;
    this.params = params;
  }
}
