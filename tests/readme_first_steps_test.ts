// A new user's first minutes, as the READMEs tell them: the demo runs from a clone with no Okta
// org, and the Korean README shows exactly the commands the English one shows.
import assert from "node:assert/strict";
import { shellExamples } from "./readme_shell.ts";
import { cacheDir } from "./helpers.ts";

const ROOT = new URL("..", import.meta.url).pathname;

Deno.test("deno task demo, the README's first run, reaches a working demo with no Okta org", async () => {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["task", "demo"],
    cwd: ROOT,
    env: { DENO_DIR: await cacheDir(), NO_COLOR: "1" },
    stdout: "piped",
    stderr: "piped",
  }).output();
  const stdout = new TextDecoder().decode(out.stdout);
  assert.equal(out.code, 0, new TextDecoder().decode(out.stderr));
  assert.match(stdout, /"Arn": "arn:aws:sts::123456789012:assumed-role\/Developer\//);
  assert.match(stdout, /^\[demo\]$/m);
});

Deno.test("README.ko.md shows the same commands and sections as README.md", async () => {
  const en = await Deno.readTextFile(`${ROOT}README.md`);
  const ko = await Deno.readTextFile(`${ROOT}README.ko.md`);
  assert.deepEqual(new Set(shellExamples(ko)), new Set(shellExamples(en)));
  const sections = (text: string) => text.split("\n").filter((l) => /^#{2,4} /.test(l)).length;
  assert.equal(sections(ko), sections(en));
});
