// The IAM Identity Center flows as the rest of okta-aws sees them: sign-in, the provider of a
// profile's role credentials, and `sso configure`'s questions.
export { type LoginMethod, ssoLogin, type SsoLoginOptions } from "./login.ts";
export { ssoProvider } from "./credentials.ts";
export {
  accountsWithRoles,
  type ConfigEdit,
  ssoConfigure,
  unknownSsoPlaceholders,
} from "./configure.ts";
export { portalOptions, type SsoDeps } from "./deps.ts";
