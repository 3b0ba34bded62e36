// aws-credentials: updates one section per credential set in the shared credentials file,
// in place, keeping every other byte; atomic, 0600, under a lock.
import { fileLocksDir } from "../src/cache/paths.ts";
import { rfc3339 } from "../src/credentials.ts";
import type { CredentialSet } from "../src/credentials.ts";
import { t } from "../src/i18n/messages.ts";
import { updateFile } from "../src/fs/atomic_write.ts";
import {
  binaryToBytes,
  bytesToBinary,
  type IniChanges,
  iniFileError,
  updateSection,
} from "../src/aws/shared_ini.ts";
import { credentialsFilePath } from "../src/aws/paths.ts";
import type { OutputPlugin } from "./types.ts";
import { printable } from "../src/text/printable.ts";

export interface CredentialKeyOptions {
  /** Write aws_security_token too. */
  legacyVariables: boolean;
  /** Write x_security_token_expires. */
  expiryVariables: boolean;
}

/** The keys okta-aws owns in a profile it writes; null removes a stale optional key. */
export function credentialKeys(set: CredentialSet, options: CredentialKeyOptions): IniChanges {
  const c = set.credentials;
  const changes: IniChanges = {
    aws_access_key_id: c.accessKeyId,
    aws_secret_access_key: c.secretAccessKey,
    aws_session_token: c.sessionToken,
    aws_security_token: options.legacyVariables ? c.sessionToken : null,
    x_security_token_expires: options.expiryVariables ? rfc3339(c.expiration) : null,
  };
  if (set.region) changes.region = set.region;
  return changes;
}

/** Applies every set to the file's bytes; pure, for tests and for the atomic writer. */
export function applySets(
  bytes: Uint8Array,
  sets: CredentialSet[],
  options: CredentialKeyOptions,
  path: string,
): Uint8Array {
  let text = bytesToBinary(bytes);
  try {
    for (const set of sets) text = updateSection(text, set.profile, credentialKeys(set, options));
  } catch (err) {
    throw iniFileError(err, path);
  }
  return binaryToBytes(text);
}

export const plugin: OutputPlugin = {
  name: "aws-credentials",
  prepare(values, host) {
    const given = values["aws-credentials"];
    const path = credentialsFilePath(typeof given === "string" ? given : undefined, host.env);
    const options: CredentialKeyOptions = {
      legacyVariables: values["legacy-aws-variables"] === true,
      expiryVariables: values["expiry-aws-variables"] === true,
    };
    return async (sets, context) => {
      const result = await updateFile(path, (bytes) => applySets(bytes, sets, options, path), {
        lockDir: fileLocksDir(host.env, host.os),
      });
      if (result.tightened) {
        context.log(t("notice_tightened", { path: result.path }, context.lang));
      }
      if (sets.length === 1) {
        const set = sets[0]!;
        context.log(t("notice_wrote_profile", {
          profile: set.profile,
          path: result.path,
          expires: rfc3339(set.credentials.expiration),
        }, context.lang));
        return 0;
      }
      // --all-profiles: one summary line and a table, not a line per role.
      const soonest = Math.min(...sets.map((s) => s.credentials.expiration.getTime()));
      context.log(t("notice_wrote_profiles", {
        count: sets.length,
        path: result.path,
        expires: rfc3339(new Date(soonest)),
      }, context.lang));
      const width = Math.max(...sets.map((s) => s.profile.length));
      for (const set of sets) {
        // Role ARNs come from the assertion: shown with any control character escaped.
        context.log(`  ${set.profile.padEnd(width)}  ${printable(set.roleArn)}`);
      }
      return 0;
    };
  },
};
