// aws-credentials: updates one section per credential set in the shared credentials file,
// in place, keeping every other byte; atomic, 0600, under a lock.
import { rfc3339 } from "../src/credentials.ts";
import type { CredentialSet } from "../src/credentials.ts";
import { FlowError } from "../src/errors.ts";
import { t } from "../src/i18n/messages.ts";
import { updateFile } from "../src/fs/atomic_write.ts";
import {
  binaryToBytes,
  bytesToBinary,
  type IniChanges,
  IniSyntaxError,
  updateSection,
} from "../src/aws/shared_ini.ts";
import type { OutputContext, OutputPlugin } from "./types.ts";

/** The keys okta-aws owns in a profile it writes; null removes a stale optional key. */
export function credentialKeys(set: CredentialSet, context: OutputContext): IniChanges {
  const c = set.credentials;
  const changes: IniChanges = {
    aws_access_key_id: c.accessKeyId,
    aws_secret_access_key: c.secretAccessKey,
    aws_session_token: c.sessionToken,
    aws_security_token: context.legacyVariables ? c.sessionToken : null,
    x_security_token_expires: context.expiryVariables ? rfc3339(c.expiration) : null,
  };
  if (set.region) changes.region = set.region;
  return changes;
}

/** Applies every set to the file's bytes; pure, for tests and for the atomic writer. */
export function applySets(
  bytes: Uint8Array,
  sets: CredentialSet[],
  context: OutputContext,
  path: string,
): Uint8Array {
  let text = bytesToBinary(bytes);
  try {
    for (const set of sets) text = updateSection(text, set.profile, credentialKeys(set, context));
  } catch (err) {
    if (err instanceof IniSyntaxError) {
      throw new FlowError("file_invalid", { path, line: err.line, reason: err.reason }, {
        cause: err,
      });
    }
    throw err;
  }
  return binaryToBytes(text);
}

export const awsCredentialsPlugin: OutputPlugin = {
  name: "aws-credentials",
  async emit(sets, context) {
    const path = context.credentialsFile;
    const result = await updateFile(path, (bytes) => applySets(bytes, sets, context, path));
    if (result.tightened) context.log(t("notice_tightened", { path: result.path }, context.lang));
    for (const set of sets) {
      context.log(t("notice_wrote_profile", {
        profile: set.profile,
        path: result.path,
        expires: rfc3339(set.credentials.expiration),
      }, context.lang));
    }
    return 0;
  },
};
