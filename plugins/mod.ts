// The registry of output plugins: their names, the flags each one owns, and the module that
// implements it, loaded only when the plugin is used (the pipeline preloads credential_process's).
// `deno compile` embeds the modules through pluginModules() (scripts/compile.ts).
import { flag, type FlagSpec } from "../src/config/flag_spec.ts";
import type { OutputPlugin } from "./types.ts";

export type {
  Emit,
  OptionValues,
  OutputContext,
  OutputPlugin,
  PluginHost,
  Renew,
} from "./types.ts";

/**
 * A program that opens URLs: web's sign-in page and the console plugin's login URL. Owned here
 * so that every flow takes it for `--format console`.
 */
const OPEN_BROWSER_COMMAND = flag({
  name: "open-browser-command",
  needsTrust: true,
  short: "m",
  type: "string",
  arg: "command",
  env: ["OKTA_AWSCLI_OPEN_BROWSER_COMMAND"],
  help: {
    en: "Open URLs (sign-in, console) with this command (URL appended, no shell)",
    ko: "이 명령으로 URL(로그인, 콘솔)을 열기 (URL을 인자로 붙임, 셸 없음)",
  },
});

const DESTINATION = flag({
  name: "destination",
  type: "string",
  arg: "url-or-service",
  env: ["OKTA_AWS_CONSOLE_DESTINATION"],
  help: {
    en: "console: a console URL or a service (s3, ec2, cloudwatch, ...); default the home page",
    ko: "console: 콘솔 URL 또는 서비스 (s3, ec2, cloudwatch 등); 기본은 홈",
  },
});

const PRINT = flag({
  name: "print",
  type: "boolean",
  env: [],
  help: {
    en: "console: print the sign-in URL on stdout instead of opening it (it is a secret)",
    ko: "console: 로그인 URL을 열지 않고 stdout 에 출력 (비밀 값입니다)",
  },
});

const LEGACY_VARIABLES = flag({
  name: "legacy-aws-variables",
  short: "l",
  type: "boolean",
  env: ["OKTA_AWSCLI_LEGACY_AWS_VARIABLES"],
  help: {
    en: "Also emit aws_security_token / AWS_SECURITY_TOKEN",
    ko: "aws_security_token / AWS_SECURITY_TOKEN 도 출력",
  },
});

const CREDENTIALS_FILE = flag({
  name: "aws-credentials",
  needsTrust: true,
  short: "w",
  type: "string",
  arg: "path",
  env: ["OKTA_AWSCLI_AWS_CREDENTIALS"],
  help: {
    en: "Credentials file (default AWS_SHARED_CREDENTIALS_FILE or ~/.aws/credentials)",
    ko: "자격 증명 파일 (기본 AWS_SHARED_CREDENTIALS_FILE 또는 ~/.aws/credentials)",
  },
});

const EXPIRY_VARIABLES = flag({
  name: "expiry-aws-variables",
  short: "x",
  type: "boolean",
  env: ["OKTA_AWSCLI_EXPIRY_AWS_VARIABLES"],
  help: {
    en: "Write x_security_token_expires (STS expiration, UTC) in the credentials file",
    ko: "자격 증명 파일에 x_security_token_expires (STS 만료 시각, UTC) 기록",
  },
});

const SHELL = flag({
  name: "shell",
  type: "string",
  arg: "shell",
  env: ["OKTA_AWS_SHELL"],
  help: {
    en: "env-var syntax: bash, zsh, sh, fish, powershell, cmd (detected by default)",
    ko: "env-var 문법: bash, zsh, sh, fish, powershell, cmd (기본 자동 감지)",
  },
});

const FORCE_NESTED = flag({
  name: "force-nested",
  type: "boolean",
  env: ["OKTA_AWS_FORCE_NESTED"],
  help: {
    en: "Allow exec inside a command that okta-aws exec started",
    ko: "okta-aws exec 가 시작한 명령 안에서도 exec 허용",
  },
});

const SERVER = flag({
  name: "server",
  type: "boolean",
  env: ["OKTA_AWS_SERVER"],
  help: {
    en:
      "exec: serve the command credentials from 127.0.0.1 (renewed before they expire), no keys in its environment",
    ko: "exec: 127.0.0.1 서버로 명령에 자격 증명 제공 (만료 전 갱신), 명령 환경에 키 없음",
  },
});

export interface PluginInfo {
  name: string;
  /** The module exporting `plugin`, relative to this file. */
  module: string;
  /** The flags whose values the plugin receives (and validates). */
  flags: readonly FlagSpec[];
}

/** Built-in plugins; all but exec and external are `--format` values. */
export const BUILTIN: readonly PluginInfo[] = [
  { name: "env-var", module: "./env_var.ts", flags: [SHELL, LEGACY_VARIABLES] },
  {
    name: "aws-credentials",
    module: "./aws_credentials.ts",
    flags: [CREDENTIALS_FILE, LEGACY_VARIABLES, EXPIRY_VARIABLES],
  },
  { name: "process-credentials", module: "./process_credentials.ts", flags: [] },
  {
    name: "console",
    module: "./console.ts",
    flags: [DESTINATION, PRINT, OPEN_BROWSER_COMMAND],
  },
  { name: "noop", module: "./noop.ts", flags: [] },
  { name: "exec", module: "./exec.ts", flags: [LEGACY_VARIABLES, FORCE_NESTED, SERVER] },
  { name: "external", module: "./external.ts", flags: [] },
];

/** The names `--format` takes without a plugins directory. */
export const FORMAT_NAMES: readonly string[] = [
  "env-var",
  "aws-credentials",
  "process-credentials",
  "console",
  "noop",
];

/** Every flag some plugin owns, each once, in registry order (a test holds it to BUILTIN). */
export const PLUGIN_FLAGS = [
  SHELL,
  LEGACY_VARIABLES,
  CREDENTIALS_FILE,
  EXPIRY_VARIABLES,
  DESTINATION,
  PRINT,
  OPEN_BROWSER_COMMAND,
  FORCE_NESTED,
  SERVER,
] as const;

/** The module files, for `deno compile --include`. */
export function pluginModules(): string[] {
  return BUILTIN.map((p) => new URL(p.module, import.meta.url).pathname);
}

export function pluginInfo(name: string): PluginInfo | undefined {
  return BUILTIN.find((p) => p.name === name);
}

/** Loads a built-in plugin's module (computed specifier: off the start-up graph). */
export async function loadPlugin(name: string): Promise<OutputPlugin> {
  const info = pluginInfo(name);
  if (!info) throw new Error(`no output plugin "${name}"`);
  const module: { plugin: OutputPlugin } = await import(new URL(info.module, import.meta.url).href);
  return module.plugin;
}
