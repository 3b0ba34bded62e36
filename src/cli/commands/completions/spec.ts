// `okta-aws completions <shell>`: a completion script generated from the command tree.
import type { CommandSpec } from "../../command.ts";

export const COMPLETIONS = {
  path: ["completions"],
  summary: {
    en: "Shell completion script: bash, zsh, fish or powershell",
    ko: "셸 자동 완성 스크립트: bash, zsh, fish, powershell",
  },
  flags: [],
  module: import.meta.resolve("./completions.ts"),
  operands: { max: 1, arg: "<shell>" },
  examples: [
    'eval "$(okta-aws completions bash)"',
    "okta-aws completions fish > ~/.config/fish/completions/okta-aws.fish",
    "okta-aws completions powershell | Out-String | Invoke-Expression",
  ],
} as const satisfies CommandSpec;
