// Prints the README flag tables (`deno run scripts/flags_table.ts [en|ko]`), one per command,
// generated from the command tree like --help; tests/readme_test.ts checks the READMEs hold them.
import { readmeFlagTables } from "../src/cli/help.ts";

for (const { title, markdown } of readmeFlagTables(Deno.args[0] === "ko" ? "ko" : "en")) {
  console.log(`<!-- ${title} -->\n${markdown}\n`);
}
