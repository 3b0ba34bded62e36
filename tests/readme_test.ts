// The READMEs stay in step with --help: each command's flag table is the generated one.
import assert from "node:assert/strict";
import { readmeFlagTables } from "../src/cli/help.ts";

// deno fmt pads Markdown tables; compare with the padding folded.
function fold(markdown: string): string {
  return markdown.split("\n").map((line) => line.replace(/\s*\|\s*/g, "|").replace(/-{3,}/g, "---"))
    .join("\n");
}

for (const [file, lang] of [["README.md", "en"], ["README.ko.md", "ko"]] as const) {
  Deno.test(`${file} holds the flag table of every command, generated from the command tree`, async () => {
    const text = fold(await Deno.readTextFile(new URL(`../${file}`, import.meta.url)));
    const tables = readmeFlagTables(lang);
    assert.ok(tables.length >= 4, "web, status, logout and the global flags");
    for (const { title, markdown } of tables) {
      assert.ok(
        text.includes(fold(markdown)),
        `the ${title} table; regenerate with: deno run scripts/flags_table.ts ${lang}`,
      );
    }
  });
}
