// `okta-aws m2m`: client credentials with private_key_jwt (PROTOCOLS section 2), then STS
// AssumeRoleWithWebIdentity, as a provider. No person, no prompt: for CI.
import { policyKey } from "../../aws/session_policy.ts";
import type { CredentialProvider } from "../../credentials.ts";
import { clientCredentialsToken } from "../../okta/client_credentials.ts";
import { signingKey } from "../../okta/private_key.ts";
import { timed } from "../web/deps.ts";
import {
  assumeWithToken,
  type HeadlessDeps,
  type HeadlessOptions,
  headlessServer,
} from "./common.ts";

export interface M2mOptions extends HeadlessOptions {
  keyId: string;
  /** The PEM text (from --private-key-file, --private-key or the variable): never logged. */
  privateKey: string;
  /** `--custom-scope` (default okta-m2m-access). */
  scope: string;
}

export function m2mProvider(options: M2mOptions, deps: HeadlessDeps): CredentialProvider {
  return {
    identity: {
      org: options.org.origin,
      flow: "m2m",
      client: options.clientId,
      authz: options.authzId ?? "",
      key: options.keyId,
      scope: options.scope,
      role: options.roleArn,
      session: options.roleSessionName,
      duration: options.sessionDuration,
      ...(options.policies ? { policies: policyKey(options.policies) } : {}),
    },
    async retrieve() {
      const key = await signingKey(options.privateKey);
      const server = headlessServer(options, deps, "m2m");
      const token = await timed(
        deps,
        `client credentials (${key.alg}, kid ${options.keyId}, scope "${options.scope}")`,
        () => clientCredentialsToken(server, key, options.keyId, options.scope),
      );
      return [await assumeWithToken(token.access_token, server.as.issuer, options, deps)];
    },
  };
}
