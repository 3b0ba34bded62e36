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
        `the ${title} table; regenerate with: deno run -A scripts/flags_table.ts --write`,
      );
    }
  });
}

Deno.test("the READMEs' example of a flag given to the wrong command is what okta-aws prints", async () => {
  const { main } = await import("../src/cli/main.ts");
  const { testDeps } = await import("./helpers.ts");
  const home = await Deno.makeTempDir();
  try {
    for (const [file, lang] of [["README.md", "en"], ["README.ko.md", "ko"]] as const) {
      const io = testDeps(["status", "--aws-iam-idp", "x", "--lang", lang], { home });
      assert.equal(await main(io.deps), 2);
      const message = io.stderr().split("\n")[0]!.replace(/^(error|오류): /, "");
      const text = (await Deno.readTextFile(new URL(`../${file}`, import.meta.url)))
        .replace(/\s*\n\s*/g, " ");
      assert.ok(text.includes(`\`${message}\``), `${file} quotes: ${message}`);
    }
  } finally {
    await Deno.remove(home, { recursive: true });
  }
});

Deno.test("the READMEs' untrusted .env warning is what okta-aws prints", async () => {
  const { main } = await import("../src/cli/main.ts");
  const { testDeps } = await import("./helpers.ts");
  const home = await Deno.makeTempDir();
  try {
    const dir = `${home}/src/infra`;
    await Deno.mkdir(dir, { recursive: true });
    await Deno.writeTextFile(
      `${dir}/.env`,
      "OKTA_AWSCLI_ORG_DOMAIN=acme.okta.com\nOKTA_AWSCLI_OPEN_BROWSER_COMMAND=firefox\n",
    );
    for (const [file, lang] of [["README.md", "en"], ["README.ko.md", "ko"]] as const) {
      const io = testDeps(["web", "-c", "x", "--format", "noop"], {
        home,
        env: { OKTA_AWS_LANG: lang },
      });
      io.deps.cwd = dir;
      assert.equal(await main(io.deps), 2, "no org: the .env's was ignored");
      const real = await Deno.realPath(home);
      const warning = io.stderr().split("\n")[0]!.replaceAll(real, "");
      const text = await Deno.readTextFile(new URL(`../${file}`, import.meta.url));
      assert.ok(text.includes(warning), `${file} quotes: ${warning}`);
    }
  } finally {
    await Deno.remove(home, { recursive: true });
  }
});

Deno.test("flags_table --write puts a stale table back as generated", async () => {
  const { rewriteTables } = await import("../scripts/flags_table.ts");
  const text = await Deno.readTextFile(new URL("../README.md", import.meta.url));
  const stale = text.replace(/^\| `--org-domain <domain>`.*$/m, "| `--org-domain` | | | old |");
  assert.notEqual(fold(stale), fold(text));
  assert.equal(fold(rewriteTables(stale, "en")), fold(text));
});
