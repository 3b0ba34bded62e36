// The READMEs' shell examples as the tests read them (readme_examples_test runs them,
// readme_first_steps_test compares the two languages).

/** The example command lines of a README, prompts and trailing comments removed. */
export function shellExamples(markdown: string): string[] {
  const out: string[] = [];
  let inShell = false;
  for (const line of markdown.split("\n")) {
    if (/^```sh\s*$/.test(line)) inShell = true;
    else if (line.startsWith("```")) inShell = false;
    else if (inShell) {
      const command = line.replace(/^\$ /, "").replace(/\s+#\s.*$/, "").trim();
      if (/^(okta-aws |eval "\$\(okta-aws )/.test(command)) out.push(command);
    }
  }
  return out;
}
