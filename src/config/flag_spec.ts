// The shape of one command-line flag: its long and short names, its type, the variables that
// set it (also read from `.env`) and its help text. Commands and output plugins declare their
// flags with flag(), which keeps the name and type as literal types: a command's values are
// then typed from its list of flags (FlagValues), so `values.force` is a boolean and a
// misspelt name is a compile error, not a run-time surprise.
import type { Text } from "../i18n/text.ts";

export type FlagType = "string" | "boolean";

export interface FlagSpec<N extends string = string, T extends FlagType = FlagType> {
  /** Long name without dashes; also the okta.yaml profile key. */
  readonly name: N;
  readonly short?: string;
  readonly type: T;
  /** Variables read, first found wins; also the names read from `.env`. */
  readonly env: readonly string[];
  /** The --help line, in every language. */
  readonly help: Text;
  /** Value placeholder in --help. */
  readonly arg?: string;
  /** okta-aws-cli's deprecated long names, accepted (flag and okta.yaml key) with a notice. */
  readonly aliases?: readonly string[];
  /** May be given more than once: the values are joined with commas (`--chain a --chain b`). */
  readonly repeatable?: boolean;
  /**
   * Taken from a `.env` only when the user trusted that file (`okta-aws trust`): the setting
   * runs a program, chooses where secrets go, or chooses the org.
   */
  readonly needsTrust?: boolean;
  /**
   * The value is a secret: never shown in logs, and its variables never reach a program okta-aws
   * starts (src/config/secrets.ts).
   */
  readonly secret?: boolean;
}

/** Declares a flag, keeping its name and type as literal types (see FlagValues). */
export function flag<const N extends string, const T extends FlagType>(
  spec: FlagSpec<N, T>,
): FlagSpec<N, T> {
  return spec;
}

/** `org-domain` -> `orgDomain`, as a type. */
export type CamelCase<S extends string> = S extends `${infer H}-${infer T}`
  ? `${H}${Capitalize<CamelCase<T>>}`
  : S;

/** `org-domain` -> `orgDomain`: the key of a flag's value in FlagValues (CamelCase, at run time). */
export function camelCase(name: string): string {
  return name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/**
 * The resolved values of a list of flags, by camel-case name: a boolean flag is a boolean
 * (false unless set), a string flag a non-empty string or undefined.
 */
export type FlagValues<F extends readonly FlagSpec[]> = {
  readonly [K in F[number] as CamelCase<K["name"]>]: K["type"] extends "boolean" ? boolean
    : string | undefined;
};

/** Where each flag's value came from, for the flags that have one. */
export type FlagSources<F extends readonly FlagSpec[], S> = {
  readonly [K in F[number] as CamelCase<K["name"]>]?: S;
};
