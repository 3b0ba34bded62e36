// Which store this machine chose for okta-aws's secrets, read without loading the keychain's
// code: every run looks (main.ts, before the warm path); only a keychain user loads the rest.
import type { Deps } from "../deps.ts";
import { cacheRoot } from "../cache/paths.ts";
import { readCacheText } from "../fs/read.ts";
import type { TokenStore } from "./vault.ts";

/** The cache root, or undefined when there is no home to put it in. */
export function rootOf(deps: Pick<Deps, "env" | "os">): string | undefined {
  try {
    return cacheRoot(deps.env, deps.os);
  } catch {
    return undefined;
  }
}

export function markerPath(root: string): string {
  return `${root}/token-store.json`;
}

/** The store this machine chose; undefined before the first choice. */
export function chosenStore(root: string): TokenStore | undefined {
  try {
    const text = readCacheText(markerPath(root), 4096);
    const store = text === undefined ? undefined : JSON.parse(text).store;
    return store === "keychain" || store === "file" ? store : undefined;
  } catch {
    return undefined;
  }
}
