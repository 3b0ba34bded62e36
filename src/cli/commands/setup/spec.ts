// `okta-aws setup <https-url|file>`: a platform team's config (okta.yaml's `awscli:` block,
// IAM Identity Center sessions, a profiles sync) applied to this machine, or compared with it.
import { flag } from "../../../config/flag_spec.ts";
import type { CommandSpec } from "../../command.ts";

export const SETUP = {
  path: ["setup"],
  summary: {
    en: "Apply a team config (a file or an https:// URL) to okta.yaml and the AWS config",
    ko: "팀 설정 (파일 또는 https:// URL) 을 okta.yaml 과 AWS config 에 적용",
  },
  flags: [
    flag({
      name: "yes",
      short: "y",
      type: "boolean",
      env: [],
      help: {
        en: "Apply the changes without asking (for scripts and MDM)",
        ko: "묻지 않고 변경 적용 (스크립트와 MDM 용)",
      },
    }),
    flag({
      name: "check",
      type: "boolean",
      env: [],
      help: {
        en: "Only compare: list what differs on stdout, exit 1 when something does; write nothing",
        ko: "비교만: 다른 점을 stdout 에 나열하고 있으면 종료 코드 1, 아무것도 쓰지 않음",
      },
    }),
    flag({
      name: "sha256",
      type: "string",
      arg: "hex",
      env: [],
      help: {
        en: "Refuse the team config unless its SHA-256 digest is this one",
        ko: "팀 설정의 SHA-256 다이제스트가 이 값이 아니면 거부",
      },
    }),
  ],
  module: import.meta.resolve("./setup.ts"),
  operands: { max: 1, arg: "<https-url|file>" },
  examples: [
    "okta-aws setup https://platform.example.com/okta-aws/team.yaml",
    "okta-aws setup ./team.yaml --yes",
    "okta-aws setup --check https://platform.example.com/okta-aws/team.yaml",
  ],
} as const satisfies CommandSpec;
