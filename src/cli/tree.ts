// The command tree: every command and subcommand with its flags, its help text and the module
// that runs it. The parser, --help, the README flag tables, the okta.yaml key check and the
// compile includes all read this one definition. Modules load only when their command runs.
import type { FlagSpec } from "../config/flag_spec.ts";
import type { Lang } from "../i18n/messages.ts";
import {
  GLOBAL_FLAGS,
  LOGOUT_FLAGS,
  ORG_FLAGS,
  OUTPUT_FLAGS,
  STATUS_FLAGS,
  WEB_FLAGS,
} from "./flags.ts";

export interface Text {
  en: string;
  ko: string;
}

export interface CommandSpec {
  /** The words that select it (`["web"]`, later `["sso", "login"]`); empty for the root. */
  path: readonly string[];
  summary: Text;
  /** Its own flags; the global ones (GLOBAL_FLAGS) come on top. */
  flags: readonly FlagSpec[];
  /** The module of src/cli/ whose `run` carries it out. */
  module?: string;
  /** Takes a command to run after `--` (exec mode). */
  exec?: boolean;
  /** Reads the okta.yaml profile block: its flags are okta.yaml keys. */
  profile?: boolean;
  /** May be answered from the credential cache before any setting is read (warm.ts). */
  warm?: boolean;
  /** The command that runs when no command word is given (the root's: web). */
  defaultCommand?: string;
  subcommands?: readonly CommandSpec[];
  examples?: readonly string[];
}

export const WEB: CommandSpec = {
  path: ["web"],
  summary: {
    en: "AWS Account Federation (SAML) through Okta device authorization (default)",
    ko: "Okta 장치 인증을 통한 AWS Account Federation (SAML) (기본 명령)",
  },
  flags: [...ORG_FLAGS, ...WEB_FLAGS, ...OUTPUT_FLAGS],
  module: "web.ts",
  exec: true,
  profile: true,
  warm: true,
  examples: [
    "okta-aws web -o acme.okta.com -c 0oa... -p dev -z",
    "aws sts get-caller-identity --profile dev",
    "okta-aws web -r Admin -- terraform plan",
  ],
};

export const ROOT: CommandSpec = {
  path: [],
  summary: {
    en: "Temporary AWS credentials through Okta.",
    ko: "Okta를 통해 임시 AWS 자격 증명을 받습니다.",
  },
  flags: [],
  defaultCommand: "web",
  subcommands: [
    WEB,
    {
      path: ["list-profiles"],
      summary: {
        en: "List the profiles of ~/.okta/okta.yaml",
        ko: "~/.okta/okta.yaml 의 프로필 목록",
      },
      flags: [],
      module: "list_profiles.ts",
    },
    {
      path: ["status"],
      summary: {
        en: "Cached Okta sessions and AWS credentials with time left",
        ko: "캐시된 Okta 세션과 AWS 자격 증명, 남은 시간",
      },
      flags: STATUS_FLAGS,
      module: "status.ts",
    },
    {
      path: ["logout"],
      summary: {
        en: "Remove okta-aws's caches (all, or one org with --org-domain)",
        ko: "okta-aws 캐시 삭제 (전체, 또는 --org-domain 으로 한 조직)",
      },
      flags: LOGOUT_FLAGS,
      module: "logout.ts",
    },
  ],
};

/** `okta-aws web`, `okta-aws` for the root. */
export function commandName(command: CommandSpec): string {
  return ["okta-aws", ...command.path].join(" ");
}

/** Every command of the tree, the root first, depth first. */
export function allCommands(root: CommandSpec = ROOT): CommandSpec[] {
  return [root, ...(root.subcommands ?? []).flatMap((c) => allCommands(c))];
}

/** The command a path of words names, if any. */
export function findCommand(path: readonly string[], root: CommandSpec = ROOT) {
  return allCommands(root).find((c) => c.path.join(" ") === path.join(" "));
}

/** The flags a command accepts: its own and the global ones. */
export function flagsOf(command: CommandSpec): readonly FlagSpec[] {
  return [...command.flags, ...GLOBAL_FLAGS];
}

/** The okta.yaml profile keys: the flags of every command that reads a profile block. */
export function oktaYamlKeys(root: CommandSpec = ROOT): string[] {
  const commands = allCommands(root).filter((c) => c.profile);
  return [...new Set(commands.flatMap((c) => flagsOf(c).map((f) => f.name)))];
}

/** The files `deno compile` must embed: every command module (they load by computed URL). */
export function commandModules(root: CommandSpec = ROOT): string[] {
  return allCommands(root).filter((c) => c.module).map((c) =>
    new URL(`./${c.module}`, import.meta.url).pathname
  );
}

/** What a command module's `run(request, deps)` receives. */
export interface CommandRequest {
  command: CommandSpec;
  /** Flag values as given on the command line, by long name. */
  flags: Readonly<Record<string, string | boolean>>;
  /** The command after `--`. */
  rest: readonly string[];
  /** The language chosen so far (--lang, OKTA_AWS_LANG, the locale). */
  lang: Lang;
  /** Tells main the language the settings chose, for the errors that follow. */
  setLang: (lang: Lang) => void;
}
