// `okta-aws m2m`: settings -> the m2m provider (private_key_jwt, AssumeRoleWithWebIdentity)
// -> the pipeline. The key comes from --private-key-file, else --private-key or its variable.
import type { Deps } from "../../../deps.ts";
import { UsageError } from "../../../errors.ts";
import { type Lang, phrase, t } from "../../../i18n/messages.ts";
import { expandHome } from "../../../aws/paths.ts";
import { readOptionalText } from "../../../fs/read.ts";
import { m2mProvider } from "../../../flow/headless/mod.ts";
import { unescapePem } from "../../../okta/private_key.ts";
import type { CommandRequest } from "../../command.ts";
import type { Values } from "../../settings.ts";
import { KEY_ID, M2M } from "./spec.ts";
import { headlessDelivery } from "./_options.ts";
import { runCredentialCommand } from "../../credential_command.ts";

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
  values: Values<typeof M2M.flags>,
  env: Readonly<Record<string, string>>,
  log: (line: string) => void,
  lang: Lang,
): string {
  const file = values.privateKeyFile;
  const literal = values.privateKey;
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
  return runCredentialCommand(M2M, request, deps, (run) => {
    const { values, sources, live, lang } = run;
    return headlessDelivery(
      run,
      values,
      [{ value: values.keyId, flag: KEY_ID, what: "what_key_id" }],
      "client",
      sources.privateKey === "flag" ? "notice_private_key_flag" : undefined,
      (options, flow) =>
        m2mProvider({
          ...options,
          keyId: values.keyId ?? "",
          privateKey: privateKey(values, deps.env, live.log, lang),
          scope: values.customScope ?? DEFAULT_SCOPE,
        }, flow),
    );
  });
}
