// `okta-aws m2m`: settings -> the m2m provider (private_key_jwt, AssumeRoleWithWebIdentity)
// -> the pipeline. The key comes from --private-key-file, else --private-key or its variable.
import type { Deps } from "../deps.ts";
import { UsageError } from "../errors.ts";
import { type Lang, phrase, t } from "../i18n/messages.ts";
import { expandHome } from "../aws/paths.ts";
import { readOptionalText } from "../fs/read.ts";
import { m2mProvider } from "../flow/m2m.ts";
import { unescapePem } from "../okta/private_key.ts";
import type { CommandRequest } from "./tree.ts";
import { type Settings, stringSetting } from "./settings.ts";
import { runHeadless } from "./headless_options.ts";

const DEFAULT_SCOPE = "okta-m2m-access";

/** Other users may read the file (mode bits beyond the owner's): said, as ssh says it. */
function openToOthers(path: string): boolean {
  try {
    const mode = Deno.statSync(path).mode;
    return mode !== null && Deno.build.os !== "windows" && (mode & 0o077) !== 0;
  } catch {
    return false;
  }
}

/**
 * The PEM text: the file's (capped, a regular file; a notice when others may read it), else
 * the flag's or variable's.
 */
function privateKey(
  settings: Settings,
  env: Readonly<Record<string, string>>,
  log: (line: string) => void,
  lang: Lang,
): string {
  const file = stringSetting(settings, "private-key-file");
  const literal = stringSetting(settings, "private-key");
  if (file !== undefined && literal !== undefined) {
    throw new UsageError("usage_conflict", { reason: phrase("reason_key_twice") });
  }
  if (file !== undefined) {
    const path = expandHome(file, env);
    const text = readOptionalText(path);
    if (text === undefined) {
      throw new UsageError("usage_invalid", {
        flag: "--private-key-file",
        value: file,
        reason: phrase("reason_no_such_file"),
      });
    }
    if (openToOthers(path)) log(t("notice_private_key_open", { path }, lang));
    return text;
  }
  if (literal !== undefined) return unescapePem(literal);
  throw new UsageError("usage_missing", {
    what: phrase("what_private_key"),
    flag: "--private-key-file",
    env: "OKTA_AWSCLI_PRIVATE_KEY_FILE",
  });
}

export function run(request: CommandRequest, deps: Deps): Promise<number> {
  return runHeadless(
    request,
    deps,
    [{ name: "key-id", env: "OKTA_AWSCLI_KEY_ID", what: "what_key_id" }],
    "private-key",
    ({ settings, live, lang }, options, flow) =>
      m2mProvider({
        ...options,
        keyId: stringSetting(settings, "key-id")!,
        privateKey: privateKey(settings, deps.env, live.log, lang),
        scope: stringSetting(settings, "custom-scope") ?? DEFAULT_SCOPE,
      }, flow),
  );
}
