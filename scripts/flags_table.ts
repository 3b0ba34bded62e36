// The README flag tables, generated from the command tree like --help; tests/readme_test.ts
// checks the READMEs hold them.
//   deno run scripts/flags_table.ts [en|ko]   prints them, one per command
//   deno run -A scripts/flags_table.ts --write rewrites them in README.md and README.ko.md in
//                                              place (each under its `#### ` heading), then
//                                              formats the two files
import { readmeFlagTables } from "../src/cli/help.ts";

const GLOBAL_HEADING = {
  en: "#### Global flags (every command)",
  ko: "#### 공통 플래그 (모든 명령)",
};

/** The README text with each table under its heading replaced by the generated one. */
export function rewriteTables(text: string, lang: "en" | "ko"): string {
  const lines = text.split("\n");
  for (const { title, markdown } of readmeFlagTables(lang)) {
    const heading = title === "global" ? GLOBAL_HEADING[lang] : `#### \`${title}\``;
    const at = lines.indexOf(heading);
    if (at < 0) throw new Error(`no "${heading}" heading: add it where the table belongs`);
    let start = at + 1;
    while (start < lines.length && !lines[start]!.startsWith("|")) start++;
    let end = start;
    while (end < lines.length && lines[end]!.startsWith("|")) end++;
    lines.splice(start, end - start, ...markdown.split("\n"));
  }
  return lines.join("\n");
}

if (import.meta.main) {
  if (Deno.args.includes("--write")) {
    const root = new URL("..", import.meta.url).pathname;
    for (const [file, lang] of [["README.md", "en"], ["README.ko.md", "ko"]] as const) {
      const path = `${root}${file}`;
      await Deno.writeTextFile(path, rewriteTables(await Deno.readTextFile(path), lang));
    }
    await new Deno.Command(Deno.execPath(), {
      args: ["fmt", `${root}README.md`, `${root}README.ko.md`],
    }).output();
    console.error("flags_table: README.md and README.ko.md tables rewritten");
  } else {
    for (const { title, markdown } of readmeFlagTables(Deno.args[0] === "ko" ? "ko" : "en")) {
      console.log(`<!-- ${title} -->\n${markdown}\n`);
    }
  }
}
