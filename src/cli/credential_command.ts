// The one skeleton of every credential command (web, sso, m2m, direct): its settings and
// network, the outputs it delivers to, then the flow's provider (which the command builds),
// wrapped in the --chain hops, through the delivery pipeline (cache, lock, plugins, exec).
import type { Deps } from "../deps.ts";
import type { FlagSpec } from "../config/flag_spec.ts";
import type { CredentialProvider } from "../credentials.ts";
import { t } from "../i18n/messages.ts";
import { printable } from "../text/printable.ts";
import type { CommandRequest, CommandSpec } from "./command.ts";
import { type ServiceRun, serviceRun } from "./network.ts";
import { selectOutputs } from "./outputs.ts";
import { deliver, type OutputRequest } from "./pipeline.ts";
import { typedValues, type Values } from "./settings.ts";
import { DELIVERY_FLAGS } from "./flags.ts";
import { PLUGIN_FLAGS } from "../../plugins/mod.ts";
import { withChain } from "./chain.ts";

/** A credential command's run: its settings, network, live line and outputs. */
export interface CredentialRun<F extends readonly FlagSpec[] = readonly FlagSpec[]>
  extends ServiceRun<F> {
  outputs: OutputRequest[];
  /** --debug's lines (on the live line), when --debug is on. */
  trace?: (line: string) => void;
}

/** What a command makes of its run: the provider and how the delivery treats its sets. */
export interface Delivery {
  provider: CredentialProvider;
  /** The duration the flow asked for; --chain's hops ask for the same. */
  askedSeconds: number;
  refreshWindowSeconds: number;
  /** Where a sign-in goes (the org's host, the start URL): part of the cache key. */
  signInTo: string;
}

const OUTPUT_VIEW = [...DELIVERY_FLAGS, ...PLUGIN_FLAGS] as const;

/**
 * Loads the command's settings (telling main the language), puts the run on its network and
 * picks the outputs (a notice about conflicting settings goes to stderr). `allProfiles`: web's
 * --all-profiles, which sends every set to the credentials file.
 */
export async function credentialRun<F extends readonly FlagSpec[]>(
  spec: CommandSpec<F>,
  request: CommandRequest,
  world: Deps,
  allProfiles: (values: Values<F>) => boolean = () => false,
): Promise<CredentialRun<F>> {
  const run = await serviceRun(spec, request, world);
  const outputs = selectOutputs(
    { ...typedValues(OUTPUT_VIEW, run.settings), settings: run.settings },
    request.rest,
    {
      allProfiles: allProfiles(run.values),
      notice: (key, params) => run.live.log(t(key, params, run.lang)),
      dotenvRegion: run.dotenvRegion,
    },
  );
  const trace = run.values.debug
    ? (line: string) => run.live.log(`[debug] ${printable(line)}`)
    : undefined;
  return { ...run, outputs, trace };
}

/**
 * Runs a credential command: its run (credentialRun), the provider `build` makes of it, the
 * --chain hops, and the delivery.
 */
export async function runCredentialCommand<F extends readonly FlagSpec[]>(
  spec: CommandSpec<F>,
  request: CommandRequest,
  world: Deps,
  build: (run: CredentialRun<F>) => Delivery | Promise<Delivery>,
  allProfiles?: (values: Values<F>) => boolean,
): Promise<number> {
  const run = await credentialRun(spec, request, world, allProfiles);
  const delivery = await build(run);
  const { deps, lang, live } = run;
  return await deliver(
    {
      provider: withChain(delivery.provider, run, live.log, delivery.askedSeconds),
      command: request.rest,
      outputs: run.outputs,
      refreshWindowSeconds: delivery.refreshWindowSeconds,
      signInTo: delivery.signInTo,
      trace: run.trace,
    },
    deps,
    lang,
  );
}
