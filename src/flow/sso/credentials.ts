// `okta-aws sso [--profile P]` as a credential provider: the session's access token (refreshed
// when under 15 minutes are left), then the portal's GetRoleCredentials for the profile's
// account and role; optionally also the AWS CLI's own role-credential cache entry.
import type { CredentialProvider, CredentialSet } from "../../credentials.ts";
import { getRoleCredentials } from "../../aws/identity_center.ts";
import type { SsoRoleProfile } from "../../aws/sso_config.ts";
import { roleCachePath, writeRoleCache } from "../../aws/sso_cache.ts";
import { accessToken, withLogin } from "./token.ts";
import { portalOptions, sharedDirNotice, type SsoDeps } from "./deps.ts";

export interface SsoCredentialsOptions {
  profile: SsoRoleProfile;
  /** The region to deliver with the credentials (--aws-region, else the profile's). */
  outputRegion?: string;
  /** Also write `~/.aws/cli/cache/<sha1>.json`, so the AWS CLI reuses these credentials. */
  writeCliCache: boolean;
  /** The command that signs in again, for the hint of an ended session. */
  login: string;
}

export function ssoProvider(options: SsoCredentialsOptions, deps: SsoDeps): CredentialProvider {
  const { profile } = options;
  return {
    identity: {
      org: profile.session.startUrl,
      flow: "sso",
      session: profile.session.name ?? "",
      account: profile.accountId,
      role: profile.roleName,
    },
    async retrieve(): Promise<CredentialSet[]> {
      const token = await accessToken(profile.session, deps, options.login);
      let credentials;
      try {
        credentials = await getRoleCredentials(portalOptions(profile.session, deps), {
          accessToken: token.accessToken,
          accountId: profile.accountId,
          roleName: profile.roleName,
        }, deps.now);
      } catch (err) {
        throw withLogin(err, options.login);
      }
      if (options.writeCliCache) {
        const path = await roleCachePath(
          deps.env,
          profile.session,
          profile.accountId,
          profile.roleName,
        );
        writeRoleCache(path, credentials, sharedDirNotice(deps));
        deps.trace?.(`AWS CLI role-credential cache written (${path})`);
      }
      return [{
        profile: profile.profile,
        credentials,
        roleArn: `arn:aws:iam::${profile.accountId}:role/${profile.roleName}`,
        ...(options.outputRegion ? { region: options.outputRegion } : {}),
      }];
    },
  };
}
