// The READMEs stay in step with --help: their flag tables are the generated ones.
import assert from "node:assert/strict";
import { flagsMarkdown } from "../src/config/help.ts";

// deno fmt pads Markdown tables; compare with the padding folded.
function fold(markdown: string): string {
  return markdown.split("\n").map((line) => line.replace(/\s*\|\s*/g, "|").replace(/-{3,}/g, "---"))
    .join("\n");
}

for (const [file, lang] of [["README.md", "en"], ["README.ko.md", "ko"]] as const) {
  Deno.test(`${file} holds the flag table generated from the flag list`, async () => {
    const text = await Deno.readTextFile(new URL(`../${file}`, import.meta.url));
    assert.ok(
      fold(text).includes(fold(flagsMarkdown(lang))),
      `regenerate with: deno run scripts/flags_table.ts ${lang}`,
    );
  });
}
