// exec --server: the AWS SDKs and the AWS CLI read the default profile's own credentials
// before a container credential server, so such a profile would silently win over ours.
import { configFilePath, credentialsFilePath } from "../src/aws/paths.ts";
import { bytesToBinary, sectionValues } from "../src/aws/shared_ini.ts";
import { readCacheText } from "../src/fs/read.ts";

/** Keys that make a profile resolve credentials by itself, in the order the SDKs try them. */
const CREDENTIAL_KEYS = [
  "aws_access_key_id",
  "role_arn",
  "web_identity_token_file",
  "sso_session",
  "sso_start_url",
  "credential_process",
];

export interface Shadow {
  path: string;
  section: string;
  key: string;
}

function keyIn(path: string, sections: string[]): Shadow | undefined {
  const text = readCacheText(path, 1024 * 1024);
  if (text === undefined) return undefined;
  for (const section of sections) {
    try {
      const values = sectionValues(bytesToBinary(new TextEncoder().encode(text)), section);
      const key = CREDENTIAL_KEYS.find((k) => values?.[k]);
      if (key) return { path, section, key };
    } catch {
      // A file the SDKs cannot parse shadows nothing: they fail on it with their own error.
    }
  }
  return undefined;
}

/** The default profile's sections that hold credentials (the child runs without AWS_PROFILE). */
export function shadowingProfiles(env: Readonly<Record<string, string>>): Shadow[] {
  try {
    return [
      keyIn(credentialsFilePath(undefined, env), ["default"]),
      keyIn(configFilePath(env), ["default", "profile default"]),
    ].filter((s): s is Shadow => s !== undefined);
  } catch {
    return []; // no home directory: no files to read
  }
}
