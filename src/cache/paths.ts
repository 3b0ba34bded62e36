// Where okta-aws keeps its caches, its trusted .env list and looks for external plugins, per
// platform.
import { homeDir } from "../aws/paths.ts";

/** `OKTA_AWS_CACHE_DIR`, else the user cache dir + `/okta-aws`. */
export function cacheRoot(env: Readonly<Record<string, string>>, os: string): string {
  if (env.OKTA_AWS_CACHE_DIR) return env.OKTA_AWS_CACHE_DIR;
  if (os === "windows") {
    return `${env.LOCALAPPDATA || `${homeDir(env)}\\AppData\\Local`}\\okta-aws`;
  }
  if (os === "darwin") return `${homeDir(env)}/Library/Caches/okta-aws`;
  return `${env.XDG_CACHE_HOME || `${homeDir(env)}/.cache`}/okta-aws`;
}

/**
 * Where the locks of the AWS credentials and config files go: okta-aws's cache, never `~/.aws`
 * (which the guide's FAQ tells users to empty).
 */
export function fileLocksDir(env: Readonly<Record<string, string>>, os: string): string {
  return `${cacheRoot(env, os)}/locks`;
}

/** The user config dir + `/okta-aws`: external plugins and the trusted `.env` files. */
export function configDir(env: Readonly<Record<string, string>>, os: string): string {
  if (os === "windows") return `${env.APPDATA || `${homeDir(env)}\\AppData\\Roaming`}\\okta-aws`;
  if (os === "darwin") return `${homeDir(env)}/Library/Application Support/okta-aws`;
  return `${env.XDG_CONFIG_HOME || `${homeDir(env)}/.config`}/okta-aws`;
}

/** `OKTA_AWS_PLUGINS_DIR`, else the config dir + `/plugins`. */
export function pluginsDir(env: Readonly<Record<string, string>>, os: string): string {
  if (env.OKTA_AWS_PLUGINS_DIR) return env.OKTA_AWS_PLUGINS_DIR;
  return `${configDir(env, os)}${os === "windows" ? "\\" : "/"}plugins`;
}

/** `<config dir>/trusted-env.json`: the `.env` files the user trusted (src/config/trust.ts). */
export function trustListPath(env: Readonly<Record<string, string>>, os: string): string {
  return `${configDir(env, os)}${os === "windows" ? "\\" : "/"}trusted-env.json`;
}
