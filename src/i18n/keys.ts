// The catalogue's keys, as a type taken from the area files alone: phrase.ts (on the warm path)
// names them without importing the catalogue, and nothing here imports back.
import type { NETWORK_MESSAGES } from "./network.ts";
import type { OKTA_MESSAGES } from "./okta.ts";
import type { STS_MESSAGES } from "./sts.ts";
import type { HTTP_MESSAGES } from "./http.ts";
import type { FILE_MESSAGES } from "./files.ts";
import type { REASON_MESSAGES } from "./reasons.ts";
import type { CLI_MESSAGES } from "./cli.ts";
import type { HEADLESS_MESSAGES } from "./headless.ts";
import type { DOCTOR_MESSAGES } from "./doctor.ts";
import type { SSO_MESSAGES } from "./sso.ts";
import type { SETUP_MESSAGES } from "./setup.ts";

export type MessageKey =
  | keyof typeof OKTA_MESSAGES
  | keyof typeof STS_MESSAGES
  | keyof typeof HTTP_MESSAGES
  | keyof typeof FILE_MESSAGES
  | keyof typeof REASON_MESSAGES
  | keyof typeof CLI_MESSAGES
  | keyof typeof HEADLESS_MESSAGES
  | keyof typeof DOCTOR_MESSAGES
  | keyof typeof SSO_MESSAGES
  | keyof typeof SETUP_MESSAGES
  | keyof typeof NETWORK_MESSAGES;
