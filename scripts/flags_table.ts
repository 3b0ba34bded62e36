// Prints the README flag table (`deno run scripts/flags_table.ts [en|ko]`), generated from
// the same table as --help; tests/readme_test.ts checks that the READMEs hold it.
import { flagsMarkdown } from "../src/config/help.ts";

console.log(flagsMarkdown(Deno.args[0] === "ko" ? "ko" : "en"));
