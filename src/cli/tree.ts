// The command tree: every command and subcommand with its flags (declared in flags.ts and
// sso_flags.ts), its help text and the module that runs it. The parser, --help, the README flag tables, the okta.yaml key check and the
// compile includes all read this one definition. Modules load only when their command runs;
// this one is on every start-up path, so it stays plain data and small functions.
// The command tree, assembled from the command groups (each declares its commands, their flags
// and their modules in commands/<group>/spec.ts). The parser, --help, the README flag tables,
// the okta.yaml key check and the compile includes all read this one tree. Modules load only
// when their command runs; this one is on every start-up path, so it stays plain data and
// small functions.
import type { FlagSpec } from "../config/flag_spec.ts";
import { pluginModules } from "../../plugins/mod.ts";
import type { CommandSpec } from "./command.ts";
import { GLOBAL_FLAGS } from "./flags.ts";
import { CONSOLE, WEB } from "./commands/web/spec.ts";
import { DIRECT, M2M } from "./commands/headless/spec.ts";
import { SSO } from "./commands/sso/spec.ts";
import { PROFILES } from "./commands/profiles/spec.ts";
import { LIST_PROFILES, LOGOUT, PROMPT, REMOVE, STATUS, TRUST } from "./commands/local/spec.ts";
import { DOCTOR } from "./commands/doctor/spec.ts";
import { COMPLETIONS } from "./commands/completions/spec.ts";
import { SETUP } from "./commands/setup/spec.ts";

export type { CommandRequest, CommandSpec } from "./command.ts";
export { CONSOLE, DIRECT, DOCTOR, LIST_PROFILES, LOGOUT, M2M, SSO, STATUS, TRUST, WEB };

export const ROOT = {
  path: [],
  summary: {
    en: "Temporary AWS credentials through Okta.",
    ko: "Okta를 통해 임시 AWS 자격 증명을 받습니다.",
  },
  flags: [],
  defaultCommand: WEB,
  subcommands: [
    WEB,
    M2M,
    DIRECT,
    SSO,
    LIST_PROFILES,
    STATUS,
    PROMPT,
    LOGOUT,
    REMOVE,
    TRUST,
    CONSOLE,
    PROFILES,
    SETUP,
    DOCTOR,
    COMPLETIONS,
  ],
} as const satisfies CommandSpec;

/** `okta-aws web`, `okta-aws` for the root. */
export function commandName(command: CommandSpec): string {
  return ["okta-aws", ...command.path].join(" ");
}

/** Every command of the tree, the root first, depth first. */
export function allCommands(root: CommandSpec = ROOT): CommandSpec[] {
  return [root, ...(root.subcommands ?? []).flatMap((c) => allCommands(c))];
}

/** The flags a command accepts: its own and the global ones. */
export function flagsOf(command: CommandSpec): readonly FlagSpec[] {
  return [...command.flags, ...GLOBAL_FLAGS];
}

/**
 * The okta.yaml profile keys: the flags of every credential flow that reads a profile block
 * (doctor reads the block too, but adds no key of its own).
 */
export function oktaYamlKeys(root: CommandSpec = ROOT): string[] {
  const commands = allCommands(root).filter((c) => c.profile && c.exec);
  return [...new Set(commands.flatMap((c) => flagsOf(c).map((f) => f.name)))];
}

/** Deprecated okta.yaml keys and flag names, each with the name it stands for. */
export function flagAliases(root: CommandSpec = ROOT): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of allCommands(root).flatMap((c) => flagsOf(c))) {
    for (const alias of f.aliases ?? []) out[alias] = f.name;
  }
  return out;
}

/**
 * The modules loaded through computed `import()` (so that the warm path loads none of them
 * until needed): every command module, the plugins, and the cold-path halves main.ts and the
 * pipeline import on demand. `deno compile` embeds exactly these (scripts/compile.ts); a test
 * fails when a computed import names a module missing here.
 */
export function lazyModules(root: CommandSpec = ROOT): string[] {
  const here = (path: string) => new URL(path, import.meta.url).pathname;
  return [
    ...allCommands(root).flatMap((c) => c.module ? [new URL(c.module).pathname] : []),
    here("./pipeline.ts"),
    here("./run.ts"),
    here("./request_key.ts"),
    here("../ui/browser.ts"),
    here("../i18n/messages.ts"),
    here("../i18n/register.ts"),
    here("../text/printable.ts"),
    here("../secrets/marker.ts"),
    here("../secrets/token_store.ts"),
    ...pluginModules(),
  ];
}
