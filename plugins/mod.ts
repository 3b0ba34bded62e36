// The registry of output plugins: selecting one is a lookup in this record.
import { awsCredentialsPlugin } from "./aws_credentials.ts";
import { envVarPlugin } from "./env_var.ts";
import { noopPlugin } from "./noop.ts";
import { processCredentialsPlugin } from "./process_credentials.ts";
import type { OutputPlugin } from "./types.ts";

export type { OutputContext, OutputPlugin, Shell } from "./types.ts";

export const PLUGINS: Readonly<Record<string, OutputPlugin>> = {
  "env-var": envVarPlugin,
  "aws-credentials": awsCredentialsPlugin,
  "process-credentials": processCredentialsPlugin,
  "noop": noopPlugin,
};

export const FORMAT_NAMES: readonly string[] = Object.keys(PLUGINS);
