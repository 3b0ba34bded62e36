// `okta-aws console`: `okta-aws web` with the console output (web's flags, the same cache and
// lock); the other flows reach it with `--format console`.
import type { Deps } from "../../../deps.ts";
import { UsageError } from "../../../errors.ts";
import { phrase } from "../../../i18n/phrase.ts";
import type { CommandRequest } from "../../command.ts";
import { run as web } from "./web.ts";
import { FORMAT, WRITE_AWS_CREDENTIALS } from "../../flags.ts";

export function run(request: CommandRequest, deps: Deps): Promise<number> {
  const given = request.flags;
  if (given[FORMAT.name] !== undefined || given[WRITE_AWS_CREDENTIALS.name] === true) {
    throw new UsageError("usage_conflict", { reason: phrase("reason_console_format") });
  }
  return web({ ...request, flags: { ...given, [FORMAT.name]: "console" } }, deps);
}
