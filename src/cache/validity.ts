// Whether a profile's AWS credentials are still good, from what is on this machine only (no
// network, no AWS SDK): the credentials an exec child was handed (AWS_CREDENTIAL_EXPIRATION in
// its environment), else the freshest credentials okta-aws cached for the profile. For
// `status --check` (an exit code) and `okta-aws prompt` (a shell prompt's segment).
import { cacheRoot } from "./paths.ts";
import { readCacheText } from "../fs/read.ts";
import { jsonObject, stringField } from "../text/json.ts";

export type ValidityState = "valid" | "expiring" | "expired" | "none";

export interface Validity {
  state: ValidityState;
  /** The profile asked about (or the exec's AWS_PROFILE, or "env"). */
  profile: string;
  /** The role's name (the last part of its ARN), when known. */
  role?: string;
  secondsLeft?: number;
}

/** Valid for longer than the refresh window, expiring within it, or expired. */
function stateOf(secondsLeft: number, windowSeconds: number): ValidityState {
  if (secondsLeft <= 0) return "expired";
  return secondsLeft > windowSeconds ? "valid" : "expiring";
}

/** The freshest cached credentials of `profile`: its role and expiration. */
function freshestCached(
  root: string,
  profile: string,
): { roleArn: string; expiration: number } | undefined {
  let best: { roleArn: string; expiration: number } | undefined;
  let names: string[];
  try {
    names = [...Deno.readDirSync(`${root}/aws`)].filter((e) => e.isFile).map((e) => e.name);
  } catch {
    return undefined;
  }
  for (const name of names) {
    if (!name.endsWith(".json")) continue;
    // Only the entry's plain fields (never its secrets, which may be in the keychain): read
    // without the cache store, so that a prompt loads as little as it can.
    let entry;
    try {
      entry = jsonObject(JSON.parse(readCacheText(`${root}/aws/${name}`, 256 * 1024) ?? ""));
    } catch {
      continue;
    }
    const roleArn = entry && stringField(entry, "roleArn");
    const expiration = Date.parse((entry && stringField(entry, "expiration")) ?? "");
    if (
      !entry || stringField(entry, "profile") !== profile || !roleArn || Number.isNaN(expiration)
    ) {
      continue;
    }
    if (!best || expiration > best.expiration) best = { roleArn, expiration };
  }
  return best;
}

/**
 * The validity of `profile` (given; else the exec's credentials when there are; else
 * AWS_PROFILE, else default) at `now`, with the refresh window that makes it "expiring".
 */
export function credentialValidity(
  deps: { env: Readonly<Record<string, string>>; os: string; now: () => number },
  profile: string | undefined,
  windowSeconds: number,
): Validity {
  const { env } = deps;
  const now = deps.now();
  const handed = env.AWS_CREDENTIAL_EXPIRATION;
  if (profile === undefined && handed && env.AWS_ACCESS_KEY_ID) {
    const expiration = Date.parse(handed);
    if (!Number.isNaN(expiration)) {
      const secondsLeft = Math.round((expiration - now) / 1000);
      return {
        state: stateOf(secondsLeft, windowSeconds),
        profile: env.AWS_PROFILE || "env",
        secondsLeft,
      };
    }
  }
  const name = profile ?? (env.AWS_PROFILE || "default");
  const cached = freshestCached(cacheRoot(env, deps.os), name);
  if (!cached) return { state: "none", profile: name };
  const secondsLeft = Math.round((cached.expiration - now) / 1000);
  return {
    state: stateOf(secondsLeft, windowSeconds),
    profile: name,
    role: cached.roleArn.slice(cached.roleArn.lastIndexOf("/") + 1),
    secondsLeft,
  };
}
