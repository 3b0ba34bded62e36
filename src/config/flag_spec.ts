// The shape of one command-line flag: its long and short names, its type, the variables that
// set it (also read from `.env`) and its help text. Commands and output plugins declare their
// flags in this shape; src/cli/ parses, resolves and documents them.

export type FlagType = "string" | "boolean";

export interface FlagSpec {
  /** Long name without dashes; also the okta.yaml profile key. */
  name: string;
  short?: string;
  type: FlagType;
  /** Variables read, first found wins; also the names read from `.env`. */
  env: string[];
  description: string;
  descriptionKo: string;
  /** Value placeholder in --help. */
  arg?: string;
  /** okta-aws-cli's deprecated long names, accepted (flag and okta.yaml key) with a notice. */
  aliases?: string[];
  /** May be given more than once: the values are joined with commas (`--chain a --chain b`). */
  repeatable?: boolean;
  /**
   * Taken from a `.env` only when the user trusted that file (`okta-aws trust`): the setting
   * runs a program, chooses where secrets go, or chooses the org.
   */
  needsTrust?: boolean;
  /**
   * The value is a secret: never shown in logs, and its variables never reach a program okta-aws
   * starts (src/config/secrets.ts).
   */
  secret?: boolean;
}
