// Settings from every source in okta-aws-cli's documented order, which okta-aws-cli itself
// does not keep: command-line flag, environment variable, `.env`, okta.yaml profile, default.
// Each command resolves only its own flags.
import type { Deps } from "../deps.ts";
import { UsageError } from "../errors.ts";
import { detectLang, type Lang, type MessageKey, phrase, t } from "../i18n/messages.ts";
import { closest } from "../config/suggest.ts";
import {
  camelCase,
  type FlagSources,
  type FlagSpec,
  type FlagValues,
} from "../config/flag_spec.ts";
import { parseDotenv } from "../config/dotenv.ts";
import { type ManagedConfig, NO_MANAGED, parseManaged } from "../config/managed.ts";
import { managedConfigPath, readManagedText } from "../config/managed_path.ts";
import { EMPTY_OKTA_YAML, type OktaYaml, parseOktaYaml } from "../config/okta_yaml.ts";
import { oktaYamlPath } from "../aws/paths.ts";
import { readOptionalText } from "../fs/read.ts";
import { canonicalPath, isTrusted, readTrustList } from "../config/trust.ts";
import { trustListPath } from "../cache/paths.ts";
import { flagAliases, flagsOf, oktaYamlKeys } from "./tree.ts";
import type { CommandSpec } from "./command.ts";
import { GLOBAL_FLAGS } from "./flags.ts";
import { storeChoice, useTokenStore } from "../secrets/token_store.ts";

export type Source = "flag" | "env" | "dotenv" | "okta.yaml" | "managed" | "enforced";

export interface SettingSources {
  /** Flag values given on the command line, by long name. */
  flags: Readonly<Record<string, string | boolean | undefined>>;
  env: Readonly<Record<string, string>>;
  dotenv: Readonly<Record<string, string>>;
  /** The active okta.yaml profile block. */
  profile: Readonly<Record<string, string | boolean>>;
  /** The managed defaults' profile block (below okta.yaml), and its enforced values (above all). */
  managed?: Readonly<Record<string, string | boolean>>;
  enforced?: Readonly<Record<string, string | boolean>>;
}

/** A setting an enforced managed value overrode: where the user's value came from. */
export interface Overridden {
  name: string;
  source: Exclude<Source, "managed" | "enforced">;
}

export type Settings = Record<string, { value: string | boolean; source: Source } | undefined>;

const TRUE = new Set(["1", "true", "t", "yes", "y", "on"]);
const FALSE = new Set(["0", "false", "f", "no", "n", "off", ""]);

export function toBoolean(raw: string, where: string): boolean {
  const v = raw.trim().toLowerCase();
  if (TRUE.has(v)) return true;
  if (FALSE.has(v)) return false;
  throw new UsageError("usage_invalid", {
    flag: where,
    value: raw,
    reason: phrase("reason_true_false"),
  });
}

function coerce(spec: FlagSpec, value: string | boolean, where: string): string | boolean {
  if (spec.type === "boolean") {
    return typeof value === "boolean" ? value : toBoolean(value, where);
  }
  return String(value);
}

/**
 * Resolves one setting per flag of `specs`; absent settings have no entry. An enforced managed
 * value wins over all; `overridden` hears of each user setting it beat.
 */
export function resolveSettings(
  specs: readonly FlagSpec[],
  sources: SettingSources,
  overridden?: (o: Overridden) => void,
): Settings {
  const settings: Settings = {};
  for (const spec of specs) {
    const enforced = sources.enforced?.[spec.name];
    if (enforced !== undefined) {
      const own = resolveSettings([spec], { ...sources, enforced: undefined, managed: undefined })[
        spec.name
      ];
      const value = coerce(spec, enforced, `${spec.name} (managed, enforced)`);
      if (own && own.value !== value && own.source !== "managed" && own.source !== "enforced") {
        overridden?.({ name: spec.name, source: own.source });
      }
      settings[spec.name] = { value, source: "enforced" };
      continue;
    }
    const flag = sources.flags[spec.name];
    if (flag === "" && spec.type === "string") {
      // `-p "$UNSET"`: an empty value on the command line is a mistake, never "the default".
      throw new UsageError("usage_invalid", {
        flag: `--${spec.name}`,
        value: "",
        reason: phrase("reason_empty"),
      });
    }
    if (flag !== undefined) {
      settings[spec.name] = { value: coerce(spec, flag, `--${spec.name}`), source: "flag" };
      continue;
    }
    const envName = spec.env.find((n) => sources.env[n] !== undefined);
    if (envName) {
      settings[spec.name] = { value: coerce(spec, sources.env[envName]!, envName), source: "env" };
      continue;
    }
    const dotenvName = spec.env.find((n) => sources.dotenv[n] !== undefined);
    if (dotenvName) {
      settings[spec.name] = {
        value: coerce(spec, sources.dotenv[dotenvName]!, `${dotenvName} in .env`),
        source: "dotenv",
      };
      continue;
    }
    const fromYaml = sources.profile[spec.name];
    if (fromYaml !== undefined) {
      settings[spec.name] = {
        value: coerce(spec, fromYaml, `${spec.name} in okta.yaml`),
        source: "okta.yaml",
      };
      continue;
    }
    const managed = sources.managed?.[spec.name];
    if (managed !== undefined) {
      settings[spec.name] = {
        value: coerce(spec, managed, `${spec.name} (managed)`),
        source: "managed",
      };
    }
  }
  return settings;
}

function stringValue(setting: Settings[string]): string | undefined {
  const v = setting?.value;
  return typeof v === "string" && v !== "" ? v : undefined;
}

/** The values of some flags (a plugin's), by long name; empty strings count as unset. */
export function valuesOf(
  settings: Settings,
  specs: readonly FlagSpec[],
): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = {};
  for (const spec of specs) {
    const value = spec.type === "string"
      ? stringValue(settings[spec.name])
      : settings[spec.name]?.value;
    if (value !== undefined) out[spec.name] = value;
  }
  return out;
}

/** A command's values and their sources, typed from its flags and the global ones. */
export type Values<F extends readonly FlagSpec[]> =
  & FlagValues<F>
  & FlagValues<typeof GLOBAL_FLAGS>;
export type Sources<F extends readonly FlagSpec[]> =
  & FlagSources<F, Source>
  & FlagSources<typeof GLOBAL_FLAGS, Source>;

/**
 * The settings of `specs` as typed values by camel-case name (a boolean is false unless set, a
 * string undefined unless non-empty), and where each set one came from.
 */
export function typedValues<F extends readonly FlagSpec[]>(
  specs: F,
  settings: Settings,
): { values: FlagValues<F>; sources: FlagSources<F, Source> } {
  const values: Record<string, string | boolean | undefined> = {};
  const sources: Record<string, Source> = {};
  for (const spec of specs) {
    const key = camelCase(spec.name);
    const setting = settings[spec.name];
    values[key] = spec.type === "boolean" ? setting?.value === true : stringValue(setting);
    if (setting) sources[key] = setting.source;
  }
  // Built above from `specs` one by one, by the rule FlagValues<F> states: the one cast.
  return { values: values as FlagValues<F>, sources: sources as FlagSources<F, Source> };
}

/** What each source of a setting is called in messages (notices, doctor, output choices). */
export const SOURCE_PHRASES = {
  flag: "source_flag",
  env: "source_env",
  dotenv: "source_dotenv",
  "okta.yaml": "source_okta_yaml",
  managed: "source_managed",
  enforced: "source_enforced",
} as const satisfies Record<Source, MessageKey>;

/** The machine's managed defaults (none when the file is absent), with the tree's keys. */
export function loadManaged(deps: Pick<Deps, "env" | "os">): ManagedConfig {
  const text = readManagedText(deps.env, deps.os);
  if (text === undefined) return NO_MANAGED;
  return parseManaged(text, managedConfigPath(deps.env, deps.os), oktaYamlKeys(), flagAliases());
}

/** Reads okta.yaml (empty when absent) with the keys the command tree knows. */
export function loadOktaYaml(env: Readonly<Record<string, string>>): OktaYaml & { path: string } {
  const path = oktaYamlPath(env);
  const text = readOptionalText(path);
  return {
    ...(text === undefined
      ? EMPTY_OKTA_YAML
      : parseOktaYaml(text, path, oktaYamlKeys(), flagAliases())),
    path,
  };
}

/**
 * One warning line per unknown okta.yaml key, with a "did you mean" when one is close: keys
 * of `awscli` itself, and of the profile block in use (`*`: every block, for list-profiles).
 */
export function warnUnknownKeys(
  deps: Deps,
  yaml: OktaYaml & { path: string },
  lang: Lang,
  profile: string,
): void {
  for (const u of yaml.unknown) {
    if (
      u.where !== "awscli" && u.where !== "enforced" && profile !== "*" &&
      u.where !== `awscli.profiles.${profile}`
    ) {
      continue;
    }
    const suggestion = u.suggestion ? t("notice_did_you_mean", { key: u.suggestion }, lang) : "";
    const where = `${yaml.path} (${u.where})`;
    deps.stderr(`${t("notice_unknown_key", { key: u.key, where, suggestion }, lang)}\n`);
  }
}

/**
 * `.env` in the working directory, without the keys of settings that need trust unless the
 * user trusted this file as it is now (`okta-aws trust`); one warning line names the keys
 * left out and the command that trusts the file.
 */
async function trustedDotenv(
  specs: readonly FlagSpec[],
  deps: Deps,
  lang: Lang,
): Promise<Record<string, string>> {
  const path = `${deps.cwd}/.env`;
  const text = readOptionalText(path);
  if (text === undefined) return {};
  const dotenv = parseDotenv(text);
  const guarded = specs.filter((s) => s.needsTrust).flatMap((s) => s.env)
    .filter((name) => dotenv[name] !== undefined);
  if (guarded.length === 0) return dotenv;
  const canonical = canonicalPath(path);
  if (await isTrusted(readTrustList(trustListPath(deps.env, deps.os)), canonical, text)) {
    return dotenv;
  }
  deps.stderr(
    `${
      t("notice_dotenv_untrusted", {
        path: canonical,
        keys: guarded.join(", "),
        command: `okta-aws trust ${shellWord(canonical)}`,
      }, lang)
    }\n`,
  );
  for (const name of guarded) delete dotenv[name];
  return dotenv;
}

/** A path as one POSIX shell word, quoted only when it needs to be. */
function shellWord(path: string): string {
  return /^[\w./~-]+$/.test(path) ? path : `'${path.replaceAll("'", `'\\''`)}'`;
}

/** The languages of the catalogue; a locale (`ko_KR.UTF-8`) names one too. */
const LANGS = ["en", "ko"];

/** `--lang kr` is refused with a did-you-mean, not quietly English. */
function checkLang(setting: Settings[string]): void {
  const value = stringValue(setting);
  if (value === undefined || /^(en|ko)([_.@-].*)?$/i.test(value)) return;
  const near = closest(value.toLowerCase(), LANGS);
  throw new UsageError("usage_invalid", {
    flag: {
      flag: "--lang",
      env: "OKTA_AWS_LANG",
      dotenv: "OKTA_AWS_LANG in .env",
      "okta.yaml": "lang in okta.yaml",
      managed: "lang (managed)",
      enforced: "lang (managed, enforced)",
    }[setting?.source ?? "flag"],
    value,
    reason: phrase("reason_one_of_near", {
      values: LANGS.join(", "),
      suggestion: near ? phrase("suggest_command", { name: near }) : "",
    }),
  });
}

export interface Loaded<F extends readonly FlagSpec[] = readonly FlagSpec[]> {
  /** The command's values, typed from its flags: `values.force`, `values.orgDomain`. */
  values: Values<F>;
  /** Where each value came from (flag, env, dotenv, okta.yaml). */
  sources: Sources<F>;
  /** Every setting by long name with its source: --debug's trace and the plugins' values. */
  settings: Settings;
  /**
   * `AWS_REGION` and `AWS_DEFAULT_REGION` from `.env` that the environment does not set:
   * okta-aws-cli's dotenv loads them into its environment, so they pick the STS region and
   * reach an exec child. No other `.env` variable does.
   */
  dotenvRegion: Record<string, string>;
  yaml: OktaYaml;
  /** The language the settings chose (`lang` from any source, else the locale). */
  lang: Lang;
}

/**
 * Resolves a command's settings from the flags, the environment, `.env` in the working
 * directory and the okta.yaml profile named by --profile (default "default"); warns about
 * unknown okta.yaml keys.
 */
export async function loadSettings<F extends readonly FlagSpec[]>(
  command: CommandSpec<F>,
  flags: Readonly<Record<string, string | boolean>>,
  deps: Deps,
  /** doctor, when the managed file is broken: read the rest without it. */
  options: { managed?: boolean } = {},
): Promise<Loaded<F>> {
  const specs = flagsOf(command);
  // The warning about the .env comes before the settings: --lang and the environment choose.
  const early = detectLang(
    typeof flags.lang === "string" ? flags.lang : deps.env.OKTA_AWS_LANG,
    deps.env,
  );
  const dotenv = await trustedDotenv(specs, deps, early);
  const yaml = command.profile ? loadOktaYaml(deps.env) : { ...EMPTY_OKTA_YAML, path: "" };
  const managed = options.managed === false ? NO_MANAGED : loadManaged(deps);
  const block = (name: string) => managed.profiles[name] ?? managed.profiles.default ?? {};
  const enforcedOf = (name: string) =>
    Object.fromEntries(managed.enforced.flatMap((k) => {
      const v = block(name)[k];
      return v === undefined ? [] : [[k, v]];
    }));
  const sources = { flags, env: deps.env, dotenv, profile: {} };
  const profileName = stringValue(
    resolveSettings(specs, { ...sources, enforced: enforcedOf("default") }).profile,
  ) ?? "default";
  const overridden: Overridden[] = [];
  const settings = resolveSettings(specs, {
    ...sources,
    profile: yaml.profiles[profileName] ?? {},
    // Managed values apply to every command's flags; below okta.yaml, or above all if enforced.
    managed: block(profileName),
    enforced: enforcedOf(profileName),
  }, (o) => overridden.push(o));
  checkLang(settings.lang);
  const lang = detectLang(stringValue(settings.lang), deps.env);
  if (command.profile) warnUnknownKeys(deps, yaml, lang, profileName);
  if (managed.path) warnUnknownKeys(deps, managed, lang, profileName);
  for (const { name, source } of overridden) {
    deps.stderr(
      `${
        t("notice_enforced", {
          setting: `--${name}`,
          source: phrase(SOURCE_PHRASES[source]),
          path: managed.path,
        }, lang)
      }\n`,
    );
  }
  const dotenvRegion: Record<string, string> = {};
  for (const name of ["AWS_REGION", "AWS_DEFAULT_REGION"]) {
    if (dotenv[name] && !deps.env[name]) dotenvRegion[name] = dotenv[name];
  }
  const own = typedValues(command.flags, settings);
  const global = typedValues(GLOBAL_FLAGS, settings);
  // Where the secrets go, before anything reads or writes the cache: chosen the first time,
  // moved when the user chooses the other store.
  const tokenStore = storeChoice(
    global.values.tokenStore,
    global.sources.tokenStore === "flag" ? "--token-store" : "OKTA_AWS_TOKEN_STORE",
  );
  await useTokenStore(tokenStore, deps, (key, params) => deps.stderr(`${t(key, params, lang)}\n`));
  return {
    values: { ...own.values, ...global.values },
    sources: { ...own.sources, ...global.sources },
    settings,
    dotenvRegion,
    yaml,
    lang,
  };
}
