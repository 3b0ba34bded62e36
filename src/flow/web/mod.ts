// The web flow (SAML federation) as the rest of okta-aws sees it: the provider, the roles a
// user reaches (profiles sync), and the --all-profiles names.
export { type ReachableRole, reachableRoles, webProvider } from "./provider.ts";
export type { WebDeps, WebOptions } from "./deps.ts";
export { nameTemplate, profileNames, unknownPlaceholders } from "./choose_role.ts";
