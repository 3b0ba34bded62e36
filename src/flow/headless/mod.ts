// The headless flows (no browser) as the rest of okta-aws sees them: m2m (private_key_jwt
// client credentials) and direct (password and Okta Verify push), both then
// AssumeRoleWithWebIdentity.
export type { HeadlessDeps, HeadlessOptions } from "./common.ts";
export { m2mProvider } from "./m2m.ts";
export { directProvider } from "./direct.ts";
