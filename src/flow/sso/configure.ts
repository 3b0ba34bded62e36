// `okta-aws sso configure`: the questions of `aws configure sso`, in its order, each answered
// by a flag or a prompt; the sign-in; the account and role (a picker when there are several);
// then the sections and keys the AWS CLI writes. With `all`, one profile per account and role.
// Returns the edits; the command applies them to the config file in one locked write.
import { closest } from "../../config/suggest.ts";
import { FlowError } from "../../errors.ts";
import { phrase, t } from "../../i18n/messages.ts";
import type { IniChanges, IniEdit } from "../../aws/shared_ini.ts";
import {
  type IcOptions,
  listAccountRoles,
  listAccounts,
  type SsoAccount,
} from "../../aws/identity_center.ts";
import {
  profileSection,
  profilesOf,
  sessionSection,
  type SsoConfigFile,
  type SsoSession,
} from "../../aws/sso_config.ts";
import { DEFAULT_SSO_SCOPES } from "../../aws/identity_center.ts";
import type { TokenCacheFile } from "../../aws/sso_cache.ts";
import type { Picker } from "../../ui/picker.ts";
import type { Ask } from "../../ui/ask.ts";
import { portalOptions, type SsoDeps } from "./deps.ts";
import { withoutControls } from "../../text/printable.ts";
import { mapBounded } from "../web/deps.ts";

/** Flag answers, already checked by the command; undefined means "ask". */
export interface ConfigureAnswers {
  sessionName?: string;
  startUrl?: string;
  ssoRegion?: string;
  scopes?: string;
  accountId?: string;
  roleName?: string;
  region?: string;
  output?: string;
  profile?: string;
}

export interface ConfigureOptions {
  given: ConfigureAnswers;
  /** Write the profile as [default]. */
  makeDefault: boolean;
  /** One profile per reachable account and role, named by `template`. */
  all: boolean;
  template: string;
  /** With `all`: remove this session's profiles whose account and role are gone. */
  prune: boolean;
  /** Check typed answers (a reason, in the user's language, when unusable). */
  checkRegion: (region: string) => string | undefined;
  checkStartUrl: (url: string) => string | undefined;
  checkName: (name: string) => string | undefined;
  checkOutput: (output: string) => string | undefined;
}

/** An edit of the config file (the INI editor's). */
export type ConfigEdit = IniEdit;

export interface ConfigureResult {
  session: SsoSession;
  edits: ConfigEdit[];
  /** Profiles written (added or updated), and with `all` those left as they were and pruned. */
  written: string[];
  kept: string[];
  pruned: string[];
}

export interface ConfigureDeps extends SsoDeps {
  ask: Ask;
  pick: Picker;
  config: SsoConfigFile;
  /** Signs in to the session (or reuses its token): the command's `sso login`. */
  login: (session: SsoSession) => Promise<TokenCacheFile>;
}

/** The session: its name (empty: legacy), start URL, region and scopes, asked in that order. */
async function askSession(options: ConfigureOptions, deps: ConfigureDeps): Promise<SsoSession> {
  const { given } = options;
  // A start URL given without a session name means the legacy format: nothing to ask.
  const name = given.sessionName ??
    (given.startUrl !== undefined ? "" : await deps.ask({
      message: t("ask_sso_session", {}, deps.lang),
      flag: "--sso-session",
      validate: options.checkName,
    }));
  const existing = name ? deps.config.sessions[name] : undefined;
  // A session already in the file is not asked about again, as the AWS CLI does.
  const startUrl = given.startUrl ?? existing?.sso_start_url ?? await deps.ask({
    message: t("ask_sso_start_url", {}, deps.lang),
    fallback: existing?.sso_start_url,
    flag: "--sso-start-url",
    required: true,
    validate: options.checkStartUrl,
  });
  const ssoRegion = given.ssoRegion ?? existing?.sso_region ?? await deps.ask({
    message: t("ask_sso_region", {}, deps.lang),
    fallback: existing?.sso_region,
    flag: "--sso-region",
    required: true,
    validate: options.checkRegion,
  });
  let scopes = DEFAULT_SSO_SCOPES.join(",");
  if (name && existing) scopes = existing.sso_registration_scopes ?? scopes;
  // Every answer of the session given as a flag: the default scopes, not a question.
  else if (name && (given.scopes !== undefined || !given.startUrl || !given.ssoRegion)) {
    scopes = given.scopes ?? await deps.ask({
      message: t("ask_sso_scopes", {}, deps.lang),
      fallback: scopes,
      flag: "--scopes",
    });
  }
  return {
    ...(name ? { name } : {}),
    startUrl,
    region: ssoRegion,
    scopes: scopes.split(",").map((s) => s.trim()).filter((s) => s !== ""),
  };
}

/** "name, email (id)", as the AWS CLI lists accounts. */
function accountLabel(a: SsoAccount): string {
  return `${a.accountName}, ${a.emailAddress} (${a.accountId})`;
}

async function chooseAccount(
  options: ConfigureOptions,
  token: string,
  session: SsoSession,
  deps: ConfigureDeps,
): Promise<string> {
  const accounts = (await listAccounts(portalOptions(session, deps), token))
    .sort((a, b) => a.accountName.localeCompare(b.accountName));
  if (accounts.length === 0) throw new FlowError("sso_no_accounts", { url: session.startUrl });
  const given = options.given.accountId;
  if (given !== undefined) {
    // Checked against the portal while the token is at hand: a profile for an account the user
    // cannot see would fail only at use.
    if (accounts.some((a) => a.accountId === given)) return given;
    throw new FlowError("sso_account_unknown", {
      account: given,
      url: session.startUrl,
      choices: accounts.map(accountLabel).join("; "),
    });
  }
  if (accounts.length === 1) {
    deps.log(t("notice_sso_only_account", { account: accountLabel(accounts[0]!) }, deps.lang));
    return accounts[0]!.accountId;
  }
  return await deps.pick({
    message: t("prompt_sso_account", { count: accounts.length }, deps.lang),
    choices: accounts.map((a) => ({ name: accountLabel(a), value: a.accountId })),
    what: { key: "what_sso_account", params: {} },
    flag: "--account-id",
  });
}

async function chooseRole(
  options: ConfigureOptions,
  token: string,
  session: SsoSession,
  accountId: string,
  deps: ConfigureDeps,
): Promise<string> {
  const roles = (await listAccountRoles(portalOptions(session, deps), token, accountId)).sort();
  if (roles.length === 0) throw new FlowError("sso_no_roles", { account: accountId });
  const given = options.given.roleName;
  if (given !== undefined) {
    if (roles.includes(given)) return given;
    const near = closest(given, roles);
    throw new FlowError("sso_role_unknown", {
      role: given,
      account: accountId,
      choices: roles.join(", "),
      suggestion: near ? phrase("suggest_command", { name: near }) : "",
    });
  }
  if (roles.length === 1) {
    deps.log(t("notice_sso_only_role", { role: roles[0]! }, deps.lang));
    return roles[0]!;
  }
  return await deps.pick({
    message: t("prompt_sso_role", { count: roles.length }, deps.lang),
    choices: roles.map((r) => ({ name: r, value: r })),
    what: { key: "what_sso_role", params: {} },
    flag: "--role-name",
  });
}

/** The profile keys `aws configure sso` writes; the other format's keys are removed. */
function profileChanges(
  session: SsoSession,
  accountId: string,
  roleName: string,
  region: string,
  output: string,
): IniChanges {
  return {
    ...(session.name
      ? { sso_session: session.name, sso_start_url: null, sso_region: null }
      : { sso_session: null, sso_start_url: session.startUrl, sso_region: session.region }),
    sso_account_id: accountId,
    sso_role_name: roleName,
    ...(region ? { region } : {}),
    ...(output ? { output } : {}),
  };
}

function sessionEdit(session: SsoSession, deps: ConfigureDeps): ConfigEdit[] {
  if (!session.name) return [];
  const existing = deps.config.sessions[session.name];
  return [{
    section: sessionSection(session.name),
    changes: {
      sso_start_url: session.startUrl,
      sso_region: session.region,
      ...(existing ? {} : { sso_registration_scopes: session.scopes.join(",") }),
    },
  }];
}

const PLACEHOLDERS = ["account_name", "account_id", "role_name", "session"];

/** The placeholders of a --all template that okta-aws does not know. */
export function unknownSsoPlaceholders(template: string): string[] {
  return [...template.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]!)
    .filter((n) => !PLACEHOLDERS.includes(n));
}

/** A name from the template, with what a section name cannot hold (spaces included) as `-`. */
function nameFor(template: string, values: Record<string, string>): string {
  const raw = withoutControls(
    template.replace(/\{([a-z_]+)\}/g, (_, k: string) => values[k] ?? ""),
    "-",
  );
  // deno-lint-ignore no-control-regex -- control characters are what is replaced
  return raw.replace(/[\s[\]=#;"'\u0000-\u001f\u007f]+/g, "-").replace(/^-+|-+$/g, "");
}

/** An account the token reaches, with its role names (sorted). */
export interface AccountRoles {
  account: SsoAccount;
  roles: string[];
}

/**
 * Every account the token reaches, by name, each with its roles (`sso configure --all`,
 * `profiles sync --sso-session`): ListAccounts, then ListAccountRoles four accounts at a time.
 */
export async function accountsWithRoles(
  portal: IcOptions,
  token: string,
): Promise<AccountRoles[]> {
  const accounts = (await listAccounts(portal, token))
    .sort((a, b) => a.accountName.localeCompare(b.accountName));
  const roles = await mapBounded(accounts, 4, (a) => listAccountRoles(portal, token, a.accountId));
  return accounts.map((account, i) => ({ account, roles: roles[i]!.sort() }));
}

async function configureAll(
  options: ConfigureOptions,
  session: SsoSession,
  token: string,
  region: string,
  output: string,
  deps: ConfigureDeps,
): Promise<ConfigureResult> {
  const reached = await accountsWithRoles(portalOptions(session, deps), token);
  const mine = profilesOf(deps.config, session);
  const taken = new Set(Object.keys(deps.config.profiles));
  const has = (accountId: string, roleName: string) =>
    mine.find((p) =>
      deps.config.profiles[p]?.sso_account_id === accountId &&
      deps.config.profiles[p]?.sso_role_name === roleName
    );
  const edits: ConfigEdit[] = [...sessionEdit(session, deps)];
  const written: string[] = [];
  const kept: string[] = [];
  const reachable = new Set<string>();
  for (const { account, roles } of reached) {
    for (const roleName of roles) {
      reachable.add(`${account.accountId}/${roleName}`);
      const existing = has(account.accountId, roleName);
      if (existing) {
        kept.push(existing);
        continue;
      }
      let base = nameFor(options.template, {
        account_name: account.accountName,
        account_id: account.accountId,
        role_name: roleName,
        session: session.name ?? "",
      });
      if (base === "" || options.checkName(base) !== undefined) {
        base = `${roleName}-${account.accountId}`;
      }
      let name = base;
      for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
      taken.add(name);
      written.push(name);
      edits.push({
        section: profileSection(name),
        changes: profileChanges(session, account.accountId, roleName, region, output),
      });
    }
  }
  const pruned = options.prune
    ? mine.filter((p) => {
      const values = deps.config.profiles[p]!;
      return !reachable.has(`${values.sso_account_id}/${values.sso_role_name}`);
    })
    : [];
  for (const p of pruned) edits.push({ section: profileSection(p), remove: true });
  return { session, edits, written, kept, pruned };
}

/** `Default client Region` and `CLI default output format`: empty answers are not written. */
async function askClientDefaults(
  options: ConfigureOptions,
  deps: ConfigureDeps,
): Promise<{ region: string; output: string }> {
  const { given } = options;
  // A profile named beforehand (--profile, --default) offers its current values, as the AWS
  // CLI does; Enter keeps them.
  const name = options.makeDefault ? "default" : given.profile;
  const current = name === undefined || options.all ? undefined : deps.config.profiles[name];
  const region = given.region ?? await deps.ask({
    message: t("ask_region", {}, deps.lang),
    fallback: current?.region,
    flag: "--region",
    validate: options.checkRegion,
  });
  const output = given.output ?? await deps.ask({
    message: t("ask_output", {}, deps.lang),
    fallback: current?.output,
    flag: "--output",
    validate: options.checkOutput,
  });
  return { region, output };
}

/** Runs the wizard: questions, sign-in, account and role, names; returns the config edits. */
export async function ssoConfigure(
  options: ConfigureOptions,
  deps: ConfigureDeps,
): Promise<ConfigureResult> {
  const session = await askSession(options, deps);
  const token = (await deps.login(session)).accessToken;
  const { given } = options;
  if (options.all) {
    const { region, output } = await askClientDefaults(options, deps);
    return await configureAll(options, session, token, region, output, deps);
  }
  const accountId = await chooseAccount(options, token, session, deps);
  const roleName = await chooseRole(options, token, session, accountId, deps);
  const { region, output } = await askClientDefaults(options, deps);
  const profile = options.makeDefault ? "default" : given.profile ?? await deps.ask({
    message: t("ask_profile_name", {}, deps.lang),
    fallback: `${roleName}-${accountId}`,
    flag: "--profile",
    required: true,
    validate: options.checkName,
  });
  return {
    session,
    edits: [...sessionEdit(session, deps), {
      section: profileSection(profile),
      changes: profileChanges(session, accountId, roleName, region, output),
    }],
    written: [profile],
    kept: [],
    pruned: [],
  };
}
