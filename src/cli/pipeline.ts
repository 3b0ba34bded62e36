// The one delivery pipeline of every credential flow: cache lookup -> lock -> provider ->
// remember -> output plugins (exec is one of them). A flow only supplies its provider and
// its outputs. serveCached() is the first step on its own, run before argv is parsed or any
// setting read (the warm path: two small files, no npm package); deliver() is the rest.
// Both key the cache by the same fingerprint of the raw request.
import { activeStore } from "../secrets/vault.ts";
import { duration } from "../text/duration.ts";
import type { Deps, Env } from "../deps.ts";
import { jsonObject } from "../text/json.ts";
import type { CredentialProvider, CredentialSet, RetrieveRequest } from "../credentials.ts";
import { type Lang, phrase } from "../i18n/phrase.ts";
import { systemReason } from "../fs/system_reason.ts";
import {
  type Emit,
  loadPlugin,
  type OptionValues,
  type OutputContext,
  type OutputPlugin,
  PLUGIN_FLAGS,
  type PluginHost,
  type Renew,
} from "../../plugins/mod.ts";
import { secretVariables } from "../config/secrets.ts";
import { plugin as processCredentials } from "../../plugins/process_credentials.ts";
import { lookupCached, rememberCredentials } from "../cache/aws_credentials.ts";
import { acquireCacheLock } from "../cache/store.ts";
import type { Lock } from "../fs/lock.ts";
import { FlowError } from "../errors.ts";
import { commandAfterDashes, type RequestKey, requestKey } from "./request_key.ts";

/** One plugin to run and its option values: plain data, kept with cached credentials. */
export interface OutputRequest {
  plugin: string;
  values: OptionValues;
}

export interface Delivery {
  provider: CredentialProvider;
  /** The exec command as parsed (after `--`, or the words with --exec). */
  command: readonly string[];
  outputs: readonly OutputRequest[];
  refreshWindowSeconds: number;
  /** What a waiting caller waits for (the org's host), for its one line on stderr. */
  signInTo: string;
  /** --debug: cache hits and misses, outputs. */
  trace?: (line: string) => void;
}

/** Longer than a device code lives (10 minutes), so a waiter outlasts a real sign-in. */
const LOCK_TIMEOUT_MS = 11 * 60_000;

/** `OKTA_AWS_LOCK_TIMEOUT` seconds, else 11 minutes. */
export function lockTimeoutMs(env: Env): number {
  const seconds = Number(env.OKTA_AWS_LOCK_TIMEOUT);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : LOCK_TIMEOUT_MS;
}

/**
 * The plugins a cached request may be delivered by: programs that ask again for every run
 * (credential_process, exec) and the console, which keeps nothing. A file or a shell gets
 * fresh credentials.
 */
const CACHEABLE: readonly string[] = ["process-credentials", "exec", "console"];

/**
 * The one rule for the credential cache: exactly one delivery by a CACHEABLE plugin, with at
 * most the credentials file besides (`-z -f process-credentials`: the profile is rewritten
 * from the cache, unchanged, and the JSON printed).
 */
export function isCacheable(outputs: readonly OutputRequest[]): boolean {
  return outputs.filter((o) => CACHEABLE.includes(o.plugin)).length === 1 &&
    outputs.every((o) => CACHEABLE.includes(o.plugin) || o.plugin === "aws-credentials");
}

/**
 * credential_process's plugin loads with this module: the AWS SDKs call it once per client,
 * so its warm path must not wait for one more module. The others load when used.
 */
function pluginNamed(name: string): Promise<OutputPlugin> {
  return name === processCredentials.name ? Promise.resolve(processCredentials) : loadPlugin(name);
}

/** A stored output request: a plugin name and option values that are strings or booleans. */
function isOutputRequest(value: unknown): value is OutputRequest {
  const request = jsonObject(value);
  const values = request && jsonObject(request.values);
  return typeof request?.plugin === "string" && values !== undefined &&
    Object.values(values).every((v) => typeof v === "string" || typeof v === "boolean");
}

/** The delivery stored with a cache entry, when it is one isCacheable() allows. */
function cachedDelivery(value: unknown): OutputRequest[] | undefined {
  return Array.isArray(value) && value.every(isOutputRequest) && isCacheable(value)
    ? value
    : undefined;
}

function pluginHost(deps: Deps, rest: readonly string[]): PluginHost {
  return {
    env: deps.env,
    secretVariables: secretVariables(PLUGIN_FLAGS),
    os: deps.os,
    stdinIsTerminal: deps.stdinIsTerminal,
    stdoutIsTerminal: deps.stdoutIsTerminal,
    command: rest,
    fetch: deps.fetch,
    openUrl: deps.openUrl,
  };
}

function outputContext(deps: Deps, lang: Lang, renew: Renew): OutputContext {
  return { write: deps.stdout, log: (line) => deps.stderr(`${line}\n`), lang, renew };
}

/** Plugins that call a service themselves (the console's sign-in federation endpoint). */
const REACHES_SERVICE: readonly string[] = ["console"];

/**
 * The warm path has no provider to renew with, and no network (what a request trusts comes
 * from the settings: cli/network.ts): a delivery that renews or reaches a service takes the
 * cold path, where the cache still answers.
 */
function needsColdPath(delivery: readonly OutputRequest[]): boolean {
  return delivery.some((o) =>
    (o.plugin === "exec" && o.values.server === true) || REACHES_SERVICE.includes(o.plugin)
  );
}

const noRenewal: Renew = () => Promise.reject(new Error("no provider to renew with"));

/**
 * Loads each plugin and checks its options, before any sign-in starts; returns one emitter
 * per output, in order.
 */
async function prepareOutputs(
  outputs: readonly OutputRequest[],
  host: PluginHost,
): Promise<Emit[]> {
  const emits: Emit[] = [];
  for (const output of outputs) {
    emits.push((await pluginNamed(output.plugin)).prepare(output.values, host));
  }
  return emits;
}

/** Runs the emitters in order; the first non-zero exit code stops the rest. */
async function emitAll(
  emits: readonly Emit[],
  sets: CredentialSet[],
  context: OutputContext,
): Promise<number> {
  for (const emit of emits) {
    const code = await emit(sets, context);
    if (code !== 0) return code;
  }
  return 0;
}

/**
 * Step 1, the cache lookup: delivers a request's fresh cached credentials the way the run
 * that stored them did, and returns the exit code; undefined on a miss.
 */
export async function serveCached(
  key: RequestKey,
  deps: Deps,
  lang: Lang,
): Promise<number | undefined> {
  const hit = lookupCached(key.root, key.fingerprint, deps.now());
  const delivery = hit && cachedDelivery(hit.delivery);
  if (!hit || !delivery) return undefined;
  const command = commandAfterDashes(deps.args);
  // `okta-aws web -j aws s3 ls` (no `--`): only the parser knows the command; the cold path
  // serves it from the cache under the lock.
  if (delivery.some((o) => o.plugin === "exec") && command.length === 0) return undefined;
  if (needsColdPath(delivery)) return undefined;
  const emits = await prepareOutputs(delivery, pluginHost(deps, command));
  if (hit.set.picked) await sayReused(hit.set, deps, lang);
  return await emitAll(emits, [hit.set], outputContext(deps, lang, noRenewal));
}

/** A cached answer for a role picked on an earlier run: one line naming it, and the way out. */
async function sayReused(set: CredentialSet, deps: Deps, lang: Lang): Promise<void> {
  const { t } = await messages();
  deps.stderr(`${t("notice_role_reused", { role: set.roleArn }, lang)}\n`);
}

type Messages = typeof import("../i18n/messages.ts");

/**
 * The catalogue, for the cold path's notices: a computed import, so that the warm path (which
 * prints nothing of its own) never loads it.
 */
function messages(): Promise<Messages> {
  return import(new URL("../i18n/messages.ts", import.meta.url).href);
}

/** The runs that have warned about the cache already: once per run. */
const cacheWarned = new WeakSet<Deps>();

/**
 * The cache is an optimisation: when it cannot be used (a read-only or full disk, a file
 * where a directory should be), one warning line, and the credentials are delivered anyway.
 * Waiting too long for another run's lock is not such a failure: it is rethrown.
 */
export async function cacheFailure(
  deps: Deps,
  lang: Lang,
  root: string,
): Promise<(err: unknown) => void> {
  const { t } = await messages();
  return (err) => {
    if (err instanceof FlowError && err.code === "session_lock_timeout") throw err;
    if (cacheWarned.has(deps)) return;
    cacheWarned.add(deps);
    const reason = err instanceof FlowError ? phrase(err.code, err.params) : systemReason(err);
    deps.stderr(`${t("notice_cache_unwritable", { dir: root, reason }, lang)}\n`);
  };
}

/**
 * A cacheable delivery's credentials: under the request's lock, the cache looked up again
 * (the previous holder may have just filled it), else the provider asked and the answer
 * remembered. A cache that cannot be used costs a warning, never the sign-in.
 */
async function retrieveCached(
  delivery: Delivery,
  deps: Deps,
  lang: Lang,
  request: RetrieveRequest = {},
): Promise<CredentialSet[]> {
  const { root, fingerprint } = await requestKey(deps);
  const { t } = await messages();
  const failed = await cacheFailure(deps, lang, root);
  const onWait = (path: string) =>
    deps.stderr(`${t("notice_waiting_lock", { org: delivery.signInTo, path }, lang)}\n`);
  let lock: Lock | undefined;
  try {
    lock = await acquireCacheLock(root, `request-${fingerprint}`, lockTimeoutMs(deps.env), onWait);
  } catch (err) {
    failed(err);
  }
  try {
    const hit = lookupCached(root, fingerprint, deps.now());
    delivery.trace?.(
      hit
        ? `credential cache: hit (${root}/requests/${fingerprint}.json)`
        : `credential cache: miss (${root}/requests/${fingerprint}.json)`,
    );
    if (hit) {
      if (hit.set.picked && !request.renewing) await sayReused(hit.set, deps, lang);
      return [hit.set];
    }
    const sets = await delivery.provider.retrieve(request);
    try {
      await rememberCredentials(root, fingerprint, sets[0]!, delivery.provider.identity, {
        refreshWindowSeconds: delivery.refreshWindowSeconds,
        delivery: delivery.outputs,
      }, deps.now());
    } catch (err) {
      failed(err);
    }
    return sets;
  } finally {
    lock?.release();
  }
}

/**
 * Exec without --server hands over credentials nothing renews: when they end within the refresh
 * window (a role whose maximum is shorter than the window, a chained hour), the user hears it
 * once, with the way out.
 */
async function sayShortLived(
  delivery: Delivery,
  sets: readonly CredentialSet[],
  deps: Deps,
  lang: Lang,
): Promise<void> {
  const exec = delivery.outputs.find((o) => o.plugin === "exec");
  if (!exec || exec.values.server === true) return;
  const seconds = Math.min(
    ...sets.map((s) => Math.round((s.credentials.expiration.getTime() - deps.now()) / 1000)),
  );
  if (seconds > delivery.refreshWindowSeconds) return;
  const { t } = await messages();
  deps.stderr(`${
    t("notice_exec_short_lived", {
      left: duration(Math.max(seconds, 0), lang),
      window: duration(delivery.refreshWindowSeconds, lang),
    }, lang)
  }\n`);
}

/**
 * The rest of the pipeline: check the outputs, then (when cacheable) take the request's lock,
 * look the cache up again (the previous holder may have just filled it), ask the provider,
 * remember; then run the outputs. Returns the exit code.
 */
export async function deliver(
  delivery: Delivery,
  deps: Deps,
  lang: Lang,
): Promise<number> {
  const emits = await prepareOutputs(delivery.outputs, pluginHost(deps, delivery.command));
  const cacheable = isCacheable(delivery.outputs);
  delivery.trace?.(
    `outputs: ${delivery.outputs.map((o) => o.plugin).join(", ")}${cacheable ? " (cached)" : ""}`,
  );
  const retrieve = (request: RetrieveRequest) =>
    cacheable ? retrieveCached(delivery, deps, lang, request) : delivery.provider.retrieve(request);
  const sets = await retrieve({});
  await sayShortLived(delivery, sets, deps, lang);
  // The keychain holds this run's new secrets before any plugin (or exec child) runs.
  if (activeStore() === "keychain") {
    const { saveSecrets }: typeof import("../secrets/token_store.ts") = await import(
      new URL("../secrets/token_store.ts", import.meta.url).href
    );
    await saveSecrets(deps);
  }
  const renew: Renew = async (previous) => (await retrieve({ renewing: previous }))[0]!;
  return await emitAll(emits, sets, outputContext(deps, lang, renew));
}
