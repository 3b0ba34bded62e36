// `okta-aws profiles sync`: a `[profile NAME]` in the AWS config file for every role the user
// reaches, named as --all-profiles names them: `credential_process = <okta-aws> web ...
// --format process-credentials` for the Federation apps, or the `sso_*` keys for an IAM
// Identity Center session (--sso-session). No secret is written. Sections it wrote carry a
// marker (src/aws/synced_profiles.ts); --prune, --dry-run and --command as the README says.
import type { Deps } from "../../../deps.ts";
import { FlowError, UsageError } from "../../../errors.ts";
import { phrase, t } from "../../../i18n/messages.ts";
import { printable } from "../../../text/printable.ts";
import { profileNames, reachableRoles } from "../../../flow/web/mod.ts";
import { webDeps } from "../web/web.ts";
import { accountsWithRoles, portalOptions, ssoLogin } from "../../../flow/sso/mod.ts";
import { configFilePath } from "../../../aws/paths.ts";
import { applyEdits, bytesToBinary, fromBinary, iniFileError } from "../../../aws/shared_ini.ts";
import { readSsoConfig, resolveSession, type SsoSession } from "../../../aws/sso_config.ts";
import {
  commandLine,
  planSync,
  type SyncPlan,
  type WantedProfile,
} from "../../../aws/synced_profiles.ts";
import { readAwsFileSettled } from "../../../fs/settled_read.ts";
import type { CommandRequest } from "../../command.ts";
import type { OktaYaml } from "../../../config/okta_yaml.ts";
import { typedValues, type Values } from "../../settings.ts";
import { type ServiceRun, serviceRun } from "../../network.ts";
import { checkRegion, profileTemplate } from "../../checks.ts";
import { webRun } from "../web/options.ts";
import { WEB } from "../web/spec.ts";
import { PROFILES_SYNC } from "./spec.ts";
import { editAwsFile } from "../../aws_file.ts";
import { loginOptions, ssoDeps } from "../sso/_options.ts";

/**
 * How credential_process starts okta-aws: --command as given (the user's own quoting, checked
 * only for control characters), else this binary, else (from source) deno with this clone's
 * main.ts and deno.json, quoted here.
 */
export function selfCommand(
  given: string | undefined,
  env: Readonly<Record<string, string>>,
  windows: boolean,
): string {
  if (given !== undefined) {
    // deno-lint-ignore no-control-regex -- a newline would end the INI value
    if (given.trim() === "" || /[\u0000-\u001f\u007f]/.test(given)) {
      throw new UsageError("usage_invalid", {
        flag: "--command",
        value: given,
        reason: phrase("reason_command_unquotable"),
      });
    }
    return given.trim();
  }
  // The clone's root (not an import: main.ts is this program's own entry).
  const url = decodeURIComponent(new URL("../../../../", import.meta.url).pathname);
  const root = windows ? url.slice(1).replaceAll("/", "\\") : url;
  const words = Deno.build.standalone ? [stableBinaryPath(Deno.execPath(), env, windows)] : [
    Deno.execPath(),
    "run",
    "--allow-all",
    "--quiet",
    "--config",
    `${root}deno.json`,
    `${root}main.ts`,
  ];
  const line = commandLine(words, windows);
  if (line === undefined) {
    throw new UsageError("usage_missing", {
      what: phrase("what_command"),
      flag: "--command",
      env: "OKTA_AWS_SYNC_COMMAND",
    });
  }
  return line;
}

/**
 * The binary's path as PATH reaches it, when an `okta-aws` there is this very file: Homebrew's
 * `/opt/homebrew/bin/okta-aws` link outlives an upgrade, the Cellar path it points to does not.
 * Otherwise the path the OS gave.
 */
export function stableBinaryPath(
  exec: string,
  env: Readonly<Record<string, string>>,
  windows: boolean,
): string {
  const real = (path: string) => {
    try {
      return Deno.realPathSync(path);
    } catch {
      return undefined;
    }
  };
  const target = real(exec);
  const name = windows ? "okta-aws.exe" : "okta-aws";
  for (const dir of (env.PATH ?? env.Path ?? "").split(windows ? ";" : ":")) {
    if (!dir) continue;
    const candidate = `${dir}${windows ? "\\" : "/"}${name}`;
    if (target !== undefined && real(candidate) === target) return candidate;
  }
  return exec;
}

/** `acme.okta.com` for an https org (as users type it), the whole origin otherwise (tests). */
function orgArgument(org: URL): string {
  return org.protocol === "https:" ? org.host : org.origin;
}

/** The Federation apps' roles as profiles with credential_process; the marker's source. */
async function webProfiles(
  run: ServiceRun<typeof PROFILES_SYNC.flags>,
  yaml: OktaYaml,
  deps: Deps,
  log: (line: string) => void,
  command: string,
  lang: "en" | "ko",
): Promise<Wanted> {
  const { values, settings } = run;
  // web's options from web's flags as this command's settings give them (the others unset).
  const { web } = webRun(
    typedValues(WEB.flags, settings),
    deps.env,
    yaml,
    [],
    deps,
  );
  const okta = values.profile;
  const windows = deps.os === "windows";
  // The one word a user gives that goes into every line: checked before the sign-in.
  if (okta && commandLine([okta], windows) === undefined) {
    throw new UsageError("usage_invalid", {
      flag: "--profile",
      value: okta,
      reason: phrase("reason_command_unquotable"),
    });
  }
  const trace = values.debug ? (line: string) => log(`[debug] ${printable(line)}`) : undefined;
  // The session is kept: the first credential_process call then needs no second sign-in.
  const roles = await reachableRoles(
    web,
    await webDeps(web, deps, {
      log,
      lang,
      session: "keep",
      debugApiCalls: values.debugApiCalls,
      trace,
    }),
  );
  const shared = [
    "--org-domain",
    orgArgument(web.org),
    "--oidc-client-id",
    web.clientId,
    ...(okta && okta !== "default" ? ["--profile", okta] : []),
    ...(web.durationExplicit ? ["--aws-session-duration", String(web.sessionDuration)] : []),
    ...(values.refreshToken ? ["--refresh-token"] : []),
    ...(values.shortUserAgent ? ["--short-user-agent"] : []),
  ];
  const wanted = roles.map((r) => {
    const words = [
      "web",
      ...shared,
      "--aws-acct-fed-app-id",
      r.appId,
      "--aws-iam-idp",
      r.role.principalArn,
      "--aws-iam-role",
      r.role.roleArn,
      "--format",
      "process-credentials",
    ];
    // Names and ARNs: plain words (checked by the SAML parser); nothing to quote.
    return {
      name: r.name,
      values: {
        credential_process: `${command} ${commandLine(words, windows)}`,
        ...(web.outputRegion ? { region: web.outputRegion } : {}),
      },
    };
  });
  // One org is one source; a sync of one app (--aws-acct-fed-app-id) covers that app's only.
  const app = values.awsAcctFedAppId;
  const covers = app
    ? (values: Record<string, string>) =>
      ` ${values.credential_process ?? ""} `.includes(` --aws-acct-fed-app-id ${app} `)
    : undefined;
  return { wanted, source: `web ${web.org.origin}`, covers };
}

/** What a sync wants in the file, the marker's source, and which of its sections it covers. */
interface Wanted {
  wanted: WantedProfile[];
  source: string;
  covers?: (values: Record<string, string>) => boolean;
}

/** An Identity Center session's accounts and roles as profiles with sso_* keys. */
async function ssoProfiles(
  values: Values<typeof PROFILES_SYNC.flags>,
  name: string,
  deps: Deps,
  log: (line: string) => void,
  lang: "en" | "ko",
): Promise<Wanted> {
  const session: SsoSession = resolveSession(await readSsoConfig(deps.env), name);
  const region = checkRegion(values.awsRegion, "--aws-region") ?? session.region;
  const sso = ssoDeps(deps, values, lang, log);
  const login = await ssoLogin(
    loginOptions(values, session, deps, false),
    sso,
  );
  if (!login.reused) log(t("sso_logged_in", { url: session.startUrl }, lang));
  const token = login.file.accessToken;
  const reached = await accountsWithRoles(portalOptions(session, sso), token);
  // Named by the --all-profiles template: {alias} is the account's name, {idp} the session.
  const roles = reached.flatMap(({ account: a, roles }) =>
    roles.map((roleName) => ({
      roleArn: `arn:aws:iam::${a.accountId}:role/${roleName}`,
      principalArn: `arn:aws:iam::${a.accountId}:saml-provider/${name}`,
      accountId: a.accountId,
      partition: "aws",
      roleName,
    }))
  );
  const names = profileNames(
    roles,
    { idps: [], roles: [] },
    profileTemplate(values.profileNameTemplate),
    new Map(reached.map(({ account: a }) => [a.accountId, a.accountName])),
  );
  const wanted = roles.map((r, i) => ({
    name: names[i]!,
    values: {
      sso_session: name,
      sso_account_id: r.accountId,
      sso_role_name: r.roleName,
      region,
    },
  }));
  return { wanted, source: `sso-session ${name}` };
}

/** A unified diff of the file before and after (jsdiff, loaded only for --dry-run). */
async function diffOf(path: string, before: string, after: string): Promise<string> {
  const { createTwoFilesPatch } = await import("diff");
  return createTwoFilesPatch(path, path, before, after, "", "", { context: 3 });
}

function report(plan: SyncPlan, path: string, lang: "en" | "ko", log: (line: string) => void) {
  log(t("sync_summary", {
    path,
    added: plan.added.length,
    updated: plan.updated.length,
    unchanged: plan.unchanged.length,
    pruned: plan.pruned.length,
  }, lang));
  for (const profile of plan.added) log(t("sso_profile_line", { profile }, lang));
  for (const profile of plan.updated) log(t("sync_updated_line", { profile }, lang));
  for (const profile of plan.pruned) log(t("sso_pruned_line", { profile }, lang));
  if (plan.taken.length > 0) {
    log(t("notice_sync_taken", { profiles: plan.taken.join(", ") }, lang));
  }
  if (plan.stale.length > 0) {
    log(t("notice_sync_stale", { profiles: plan.stale.join(", ") }, lang));
  }
}

export async function run(request: CommandRequest, world: Deps): Promise<number> {
  const run = await serviceRun(PROFILES_SYNC, request, world);
  const { values, yaml, lang, live, deps } = run;
  const log = live.log;
  const command = selfCommand(values.command, deps.env, deps.os === "windows");
  const sessionName = values.ssoSession;
  const { wanted, source, covers } = sessionName !== undefined
    ? await ssoProfiles(values, sessionName, deps, log, lang)
    : await webProfiles(run, yaml, deps, log, command, lang);
  // Nothing reachable is more likely a sign-in to the wrong place than a user with no role:
  // no file is touched (a prune would empty it).
  if (wanted.length === 0) throw new FlowError("sync_no_roles", { source });
  const path = configFilePath(deps.env);
  const prune = values.prune;
  let plan: SyncPlan;
  // Settled: another program may be mid-rewrite.
  const beforeBytes = await readAwsFileSettled(path);
  const before = beforeBytes === undefined ? "" : bytesToBinary(beforeBytes);
  try {
    plan = planSync(before, wanted, source, prune, covers);
  } catch (err) {
    throw iniFileError(err, path);
  }
  if (values.dryRun) {
    if (plan.edits.length > 0) {
      deps.stdout(
        await diffOf(path, fromBinary(before), fromBinary(applyEdits(before, plan.edits))),
      );
    }
    report(plan, path, lang, log);
    log(t("sync_dry_run", {}, lang));
    return 0;
  }
  if (plan.edits.length > 0) {
    // Planned again under the file's lock, on what is there now.
    await editAwsFile(
      path,
      (text) => {
        plan = planSync(text, wanted, source, prune, covers);
        return plan.edits;
      },
      { log, lang, deps },
      beforeBytes,
    );
  }
  report(plan, path, lang, log);
  return 0;
}
