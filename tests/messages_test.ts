// The message catalogue: every entry in English and Korean, with the same placeholders, and
// every error that has a hint has it in both languages.
import assert from "node:assert/strict";
import { CATALOGUE, detectLang, render } from "../src/i18n/messages.ts";

function placeholders(text: string | undefined): string[] {
  return [...new Set((text ?? "").match(/\{\w+\}/g) ?? [])].sort();
}

Deno.test("every catalogue entry has English and Korean text with the same placeholders", () => {
  for (const [key, entry] of Object.entries(CATALOGUE)) {
    const e = entry as { en: string; ko: string; hintEn?: string; hintKo?: string };
    assert.ok(e.en && e.ko, key);
    assert.deepEqual(placeholders(e.ko), placeholders(e.en), `${key}: message placeholders`);
    assert.equal(e.hintEn === undefined, e.hintKo === undefined, `${key}: hint in both languages`);
    assert.deepEqual(placeholders(e.hintKo), placeholders(e.hintEn), `${key}: hint placeholders`);
  }
});

Deno.test("render() fills placeholders and detectLang() follows --lang, then LC_ALL, LANG", () => {
  assert.deepEqual(render("exec_not_found", { command: "tf" }, "en"), {
    message: 'Cannot run "tf": command not found',
    hint: "Check the name, or give its full path; PATH is searched as your shell does.",
  });
  assert.equal(detectLang("ko", { LANG: "en_US.UTF-8" }), "ko");
  assert.equal(detectLang(undefined, { LC_ALL: "ko_KR.UTF-8", LANG: "en_US" }), "ko");
  assert.equal(detectLang(undefined, { LANG: "en_US.UTF-8" }), "en");
  assert.equal(detectLang(undefined, {}), "en");
});
