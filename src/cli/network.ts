// The run's network from its settings: every command that reaches a service takes its deps from
// here, so that every request shares one client trusting Deno's roots, the OS store and the CA
// bundle (--ca-bundle / AWS_CA_BUNDLE / .env / okta.yaml, else ca_bundle of the command's AWS
// profile, the AWS CLI's order), made at the first request.
import type { Deps } from "../deps.ts";
import { type Lang, type MessageKey, type Params, phrase, t } from "../i18n/messages.ts";
import { configFilePath, expandHome } from "../aws/paths.ts";
import { profileSection } from "../aws/sso_config.ts";
import { bytesToBinary, sectionsOf } from "../aws/shared_ini.ts";
import { readAwsFileText } from "../fs/read.ts";
import { createNetwork, type Network } from "../http/network.ts";
import type { BundleChoice, BundleSource } from "../http/trust.ts";
import type { IgnoredProxy } from "../http/proxy.ts";
import { printable } from "../text/printable.ts";
import { type Loaded, loadSettings, type Source } from "./settings.ts";
import type { FlagSpec } from "../config/flag_spec.ts";
import type { CommandSpec } from "./command.ts";
import { type Progress, progress } from "../ui/progress.ts";
import type { CommandRequest } from "./command.ts";

/** What a proxy variable Deno ignores is told, and how to write it. */
const IGNORED: Record<IgnoredProxy["reason"], [MessageKey, MessageKey]> = {
  user_without_password: ["proxy_why_user_without_password", "proxy_fix_user_without_password"],
  unsupported_scheme: ["proxy_why_unsupported_scheme", "proxy_fix_unsupported_scheme"],
  unparsable: ["proxy_why_unparsable", "proxy_fix_unparsable"],
};

/**
 * `ca_bundle` of the profile in the AWS config file, when the file has it. A file the AWS CLI
 * would reject gives none here (doctor names its broken line).
 */
function configBundle(deps: Deps, profile: string): BundleChoice | undefined {
  const path = configFilePath(deps.env);
  let value: string | undefined;
  try {
    const text = readAwsFileText(path);
    if (text === undefined) return undefined;
    value = sectionsOf(bytesToBinary(new TextEncoder().encode(text))).get(profileSection(profile))
      ?.ca_bundle;
  } catch {
    return undefined;
  }
  if (!value) return undefined;
  return { path: expandHome(value, deps.env), source: { from: "config", profile, path } };
}

/** Where the CA bundle comes from, strongest first; undefined when nothing names one. */
function bundleChoice(
  loaded: NetworkSettings,
  deps: Deps,
  awsProfile: string,
): BundleChoice | undefined {
  const value = loaded.values.caBundle;
  const from = loaded.sources.caBundle;
  if (!from || !value) return configBundle(deps, awsProfile);
  const source: BundleSource = from === "okta.yaml"
    ? { from: "okta.yaml", profile: loaded.values.profile ?? "default" }
    : { from };
  // `~` expanded as the AWS CLI does; a relative path is the working directory's, as there.
  return { path: expandHome(value, deps.env), source };
}

/** What the network reads of a command's settings: --ca-bundle, --debug and its --profile. */
export interface NetworkSettings {
  values: {
    readonly caBundle: string | undefined;
    readonly debug: boolean;
    readonly profile?: string;
  };
  sources: { readonly caBundle?: Source };
  lang: Lang;
}

/** The words of notice_proxy_ignored for one variable (its password is never among them). */
export function ignoredProxyWords(ignored: IgnoredProxy): Params {
  return {
    variable: ignored.variable,
    proxy: ignored.display,
    why: phrase(IGNORED[ignored.reason][0]),
    fix: phrase(IGNORED[ignored.reason][1]),
  };
}

/**
 * The run's deps with the network's fetch, and the network itself (doctor reads its trust).
 * `awsProfile` is the command's AWS profile (its --profile), else AWS_PROFILE, else default. A
 * proxy variable Deno would ignore is a notice on `log` unless `ignoredProxy` takes it.
 */
export function withNetwork(
  deps: Deps,
  loaded: NetworkSettings,
  log: (line: string) => void,
  awsProfile?: string,
  ignoredProxy?: (ignored: IgnoredProxy) => void,
): { deps: Deps; network: Network } {
  const { lang } = loaded;
  const profile = awsProfile ?? deps.env.AWS_PROFILE ?? "default";
  const network = createNetwork({
    fetch: deps.fetch,
    env: deps.env,
    os: deps.os,
    bundle: () => bundleChoice(loaded, deps, profile),
    ignoredProxy: ignoredProxy ??
      ((ignored) => log(t("notice_proxy_ignored", ignoredProxyWords(ignored), lang))),
    trace: loaded.values.debug ? (line) => log(`[debug] ${printable(line)}`) : undefined,
  });
  return { deps: { ...deps, fetch: network.fetch }, network };
}

/** What every command that reaches a service starts with. */
export interface ServiceRun<F extends readonly FlagSpec[] = readonly FlagSpec[]> extends Loaded<F> {
  /** On a terminal, long waits draw one live line; every other stderr line clears it first. */
  live: Progress;
  /** The run's deps, its fetch on the run's network. */
  deps: Deps;
  network: Network;
}

/**
 * Loads the command's settings (telling main the language) and puts the run on its network,
 * trusting the bundle of the command's --profile (else AWS_PROFILE, else default).
 */
export async function serviceRun<F extends readonly FlagSpec[]>(
  spec: CommandSpec<F>,
  request: CommandRequest,
  world: Deps,
): Promise<ServiceRun<F>> {
  const loaded = await loadSettings(spec, request.flags, world);
  request.setLang(loaded.lang);
  const live = progress(world.stderr, world.stderrIsTerminal);
  const profile = profileOf(loaded.values);
  return { ...loaded, live, ...withNetwork(world, loaded, live.log, profile) };
}

/** The command's --profile, for the commands that have one. */
function profileOf(values: object): string | undefined {
  return "profile" in values && typeof values.profile === "string" ? values.profile : undefined;
}
