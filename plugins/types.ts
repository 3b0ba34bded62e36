// The interface every output plugin implements, and the narrow context it sees.
import type { CredentialSet } from "../src/credentials.ts";
import type { Lang } from "../src/i18n/messages.ts";

export type Shell = "posix" | "fish" | "powershell" | "cmd";

export interface OutputContext {
  /** Writes to stdout: only what a program parses. */
  write: (text: string) => void;
  /** Writes one line to stderr. */
  log: (line: string) => void;
  lang: Lang;
  /** The shared credentials file (aws-credentials). */
  credentialsFile: string;
  /** Emit aws_security_token / AWS_SECURITY_TOKEN too. */
  legacyVariables: boolean;
  /** Write x_security_token_expires in the credentials file. */
  expiryVariables: boolean;
  shell: Shell;
}

export interface OutputPlugin {
  name: string;
  /** Delivers the credentials; the return value is the exit code. */
  emit(sets: CredentialSet[], context: OutputContext): Promise<number>;
}
