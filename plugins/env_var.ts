// env-var: lines that set the credentials in the user's current shell, quoted for that
// shell: POSIX `export`, fish `set -gx`, PowerShell `$env:`, cmd `set` (never `setx`).
import { rfc3339 } from "../src/credentials.ts";
import type { CredentialSet } from "../src/credentials.ts";
import { FlowError, UsageError } from "../src/errors.ts";
import { phrase, t } from "../src/i18n/messages.ts";
import type { OutputPlugin } from "./types.ts";

export type Shell = "posix" | "fish" | "powershell" | "cmd";

/** Picks the shell syntax from --shell, else from the environment. */
export function detectShell(
  explicit: string | undefined,
  env: Readonly<Record<string, string>>,
  os: string,
): Shell | undefined {
  const name = (explicit ?? "").toLowerCase();
  if (name) {
    if (["bash", "zsh", "sh", "posix", "ksh", "dash"].includes(name)) return "posix";
    if (name === "fish") return "fish";
    if (["powershell", "pwsh", "ps"].includes(name)) return "powershell";
    if (name === "cmd") return "cmd";
    return undefined;
  }
  if (os === "windows") {
    return env.PROMPT !== undefined && env.PSModulePath === undefined ? "cmd" : "powershell";
  }
  if ((env.SHELL ?? "").endsWith("/fish")) return "fish";
  return "posix";
}

/** Characters no shell line may carry: controls (NUL, ESC, line breaks ...). */
// deno-lint-ignore no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/;
/** cmd has no escape inside `set "..."`: `"` ends it, `%` and `!` expand. */
const CMD_UNSAFE = /["%!]/;

/**
 * Quotes a value for the shell by its documented rules: POSIX single quotes (a `'` becomes
 * `'\''`); fish single quotes (`\\` and `\'` are its only escapes); PowerShell single quotes,
 * where U+2018-U+201B are quotes too, each doubled. cmd cannot quote `"`, `%` or `!`; such a
 * value, or any control character, is refused (credentials are checked before this, so only
 * a bad region could get here).
 */
export function quoteFor(shell: Shell, value: string): string {
  if (CONTROL.test(value) || (shell === "cmd" && CMD_UNSAFE.test(value))) {
    throw new FlowError("value_unquotable", { shell, value });
  }
  switch (shell) {
    case "posix":
      return `'${value.replaceAll("'", `'\\''`)}'`;
    case "fish":
      return `'${value.replaceAll("\\", "\\\\").replaceAll("'", "\\'")}'`;
    case "powershell":
      return `'${value.replace(/['\u2018-\u201b]/g, (q) => q + q)}'`;
    case "cmd":
      return value;
  }
}

function line(shell: Shell, name: string, value: string): string {
  switch (shell) {
    case "posix":
      return `export ${name}=${quoteFor(shell, value)}`;
    case "fish":
      return `set -gx ${name} ${quoteFor(shell, value)}`;
    case "powershell":
      return `$env:${name} = ${quoteFor(shell, value)}`;
    case "cmd":
      return `set "${name}=${quoteFor(shell, value)}"`;
  }
}

/** The variables of one credential set, in a stable order. */
export function variables(set: CredentialSet, legacy: boolean): [string, string][] {
  const c = set.credentials;
  const vars: [string, string][] = [
    ["AWS_ACCESS_KEY_ID", c.accessKeyId],
    ["AWS_SECRET_ACCESS_KEY", c.secretAccessKey],
    ["AWS_SESSION_TOKEN", c.sessionToken],
  ];
  if (legacy) vars.push(["AWS_SECURITY_TOKEN", c.sessionToken]);
  if (set.region) vars.push(["AWS_REGION", set.region]);
  vars.push(["AWS_CREDENTIAL_EXPIRATION", rfc3339(c.expiration)]);
  return vars;
}

/** How each shell evaluates what okta-aws prints. */
const EVAL: Record<string, string> = {
  bash: 'eval "$(okta-aws ...)"',
  zsh: 'eval "$(okta-aws ...)"',
  sh: 'eval "$(okta-aws ...)"',
  fish: "okta-aws ... | source",
  powershell: "okta-aws ... | Invoke-Expression",
  cmd: "for /f \"delims=\" %i in ('okta-aws ...') do %i",
};

export const plugin: OutputPlugin = {
  name: "env-var",
  prepare(values, host) {
    const explicit = typeof values.shell === "string" ? values.shell : undefined;
    const shell = detectShell(explicit, host.env, host.os);
    if (!shell) {
      throw new UsageError("usage_invalid", {
        flag: "--shell",
        value: explicit ?? "",
        reason: phrase("reason_shell"),
      });
    }
    const legacy = values["legacy-aws-variables"] === true;
    return (sets, context) => {
      const set = sets[0];
      if (set) {
        const lines = variables(set, legacy).map(([n, v]) => line(shell, n, v));
        context.write(lines.join("\n") + "\n");
        // Printed on a terminal, the lines set nothing: say how a shell takes them.
        if (host.stdoutIsTerminal) {
          context.log(
            t("notice_env_var_terminal", { how: EVAL[shell] ?? EVAL.bash! }, context.lang),
          );
        }
      }
      return Promise.resolve(0);
    };
  },
};
