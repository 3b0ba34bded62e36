// `okta-aws prompt`: one short segment for a shell prompt (`dev:Developer 42m`, `Developer 42m`
// for the default profile), drawn on every
// prompt, so it reads only the exec's environment or the credential cache: no network, no AWS
// SDK, no catalogue, no settings files. main.ts runs it before the command tree when the
// command line is only `prompt [--profile P] [--refresh-window D]` (promptArgs()); anything else
// comes through the tree to run() with the same answer.
import type { Deps } from "../../../deps.ts";
import { credentialValidity, type Validity } from "../../../cache/validity.ts";
import { DEFAULT_REFRESH_WINDOW, duration, durationSeconds } from "../../../text/duration.ts";
import type { CommandRequest } from "../../command.ts";

/** Green, yellow, red: valid, expiring, expired. */
const COLOURS = { valid: "32", expiring: "33", expired: "31", none: "0" } as const;

/** The segment: profile (and role), time left; "" when there are no credentials. */
export function segment(validity: Validity, colour: boolean): string {
  if (validity.state === "none") return "";
  // The role says more than "default"; a named profile is shown with its role.
  const { profile, role } = validity;
  const who = !role || role === profile
    ? profile
    : profile === "default"
    ? role
    : `${profile}:${role}`;
  const left = validity.state === "expired" ? "expired" : duration(validity.secondsLeft ?? 0, "en");
  const text = `${who} ${left}`;
  return colour ? `\x1b[${COLOURS[validity.state]}m${text}\x1b[0m` : text;
}

/** The window in seconds (as checks.ts refreshWindow reads it); undefined when unreadable. */
function windowSeconds(raw: string | undefined): number | undefined {
  return raw === undefined ? DEFAULT_REFRESH_WINDOW : durationSeconds(raw);
}

/**
 * The flags of a command line that is only `prompt` with its own flags, or undefined (then the
 * command tree parses it and says what is wrong).
 */
export function promptArgs(
  args: readonly string[],
): { profile?: string; refreshWindow?: string } | undefined {
  if (args[0] !== "prompt") return undefined;
  const out: { profile?: string; refreshWindow?: string } = {};
  for (let i = 1; i < args.length; i++) {
    const [flag, inline] = args[i]!.split(/=(.*)/s, 2);
    const value = inline ?? args[++i];
    if (value === undefined || value === "") return undefined;
    if (flag === "--profile" || flag === "-p") out.profile = value;
    else if (flag === "--refresh-window") out.refreshWindow = value;
    else return undefined;
  }
  return windowSeconds(out.refreshWindow) === undefined ? undefined : out;
}

/** Prints the segment (with a newline when there is one); always exit 0. */
export function printPrompt(
  deps: Deps,
  flags: { profile?: string; refreshWindow?: string },
): number {
  const validity = credentialValidity(deps, flags.profile, windowSeconds(flags.refreshWindow)!);
  const colour = deps.stdoutIsTerminal && deps.env.NO_COLOR === undefined;
  const text = segment(validity, colour);
  if (text) deps.stdout(`${text}\n`);
  return 0;
}

export async function run(request: CommandRequest, deps: Deps): Promise<number> {
  // Computed specifiers: a literal import() would join the fast path's start-up graph.
  const here = (path: string) => new URL(path, import.meta.url).href;
  const { loadSettings }: typeof import("../../settings.ts") = await import(
    here("../../settings.ts")
  );
  const { refreshWindow }: typeof import("../../checks.ts") = await import(here("../../checks.ts"));
  const { PROMPT }: typeof import("./spec.ts") = await import(here("./spec.ts"));
  const { values, lang } = await loadSettings(PROMPT, request.flags, deps);
  request.setLang(lang);
  const seconds = refreshWindow(values.refreshWindow);
  return printPrompt(deps, { profile: values.profile, refreshWindow: String(seconds) });
}
