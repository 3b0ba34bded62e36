// exec --server: the AWS SDKs and the AWS CLI read the default profile's own credentials
// before a container credential server, so such a profile would silently win over ours.
import { configFilePath, credentialsFilePath } from "../src/aws/paths.ts";
import { bytesToBinary, sectionsOf } from "../src/aws/shared_ini.ts";
import { readCacheText, SETTINGS_FILE_CAP } from "../src/fs/read.ts";

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
  const text = readCacheText(path, SETTINGS_FILE_CAP);
  if (text === undefined) return undefined;
  let all;
  try {
    all = sectionsOf(bytesToBinary(new TextEncoder().encode(text)));
  } catch {
    return undefined; // a file the SDKs cannot parse shadows nothing: they fail on it
  }
  for (const section of sections) {
    const key = CREDENTIAL_KEYS.find((k) => all.get(section)?.[k]);
    if (key) return { path, section, key };
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
