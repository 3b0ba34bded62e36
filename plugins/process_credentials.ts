// process-credentials: exactly one JSON object on stdout, the `credential_process` contract
// of the AWS CLI and SDKs.
import { rfc3339 } from "../src/credentials.ts";
import type { CredentialSet } from "../src/credentials.ts";
import type { OutputPlugin } from "./types.ts";

export function processCredentialsJson(set: CredentialSet): string {
  const c = set.credentials;
  return JSON.stringify({
    Version: 1,
    AccessKeyId: c.accessKeyId,
    SecretAccessKey: c.secretAccessKey,
    SessionToken: c.sessionToken,
    Expiration: rfc3339(c.expiration),
  });
}

export const plugin: OutputPlugin = {
  name: "process-credentials",
  prepare: () => (sets, context) => {
    const set = sets[0];
    if (set) context.write(processCredentialsJson(set) + "\n");
    return Promise.resolve(0);
  },
};
