// Where okta-aws keeps its caches and looks for external plugins, per platform.
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

/** `OKTA_AWS_PLUGINS_DIR`, else the user config dir + `/okta-aws/plugins`. */
export function pluginsDir(env: Readonly<Record<string, string>>, os: string): string {
  if (env.OKTA_AWS_PLUGINS_DIR) return env.OKTA_AWS_PLUGINS_DIR;
  if (os === "windows") {
    return `${env.APPDATA || `${homeDir(env)}\\AppData\\Roaming`}\\okta-aws\\plugins`;
  }
  if (os === "darwin") return `${homeDir(env)}/Library/Application Support/okta-aws/plugins`;
  return `${env.XDG_CONFIG_HOME || `${homeDir(env)}/.config`}/okta-aws/plugins`;
}
