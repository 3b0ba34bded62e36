// The message catalogue: every entry in English and Korean, with the same placeholders, and
// every error that has a hint has it in both languages.
// Errors word their message with the catalogue, as the entry points have them do.
import "../src/i18n/register.ts";
import { writeDotenv } from "./helpers.ts";
import assert from "node:assert/strict";
import { AREAS, CATALOGUE, detectLang, mergeAreas, render } from "../src/i18n/messages.ts";

function placeholders(text: string | undefined): string[] {
  return [...new Set((text ?? "").match(/\{\w+\}/g) ?? [])].sort();
}

Deno.test("every catalogue entry has English and Korean text with the same placeholders", () => {
  for (const [key, e] of CATALOGUE) {
    assert.ok(e.en && e.ko, key);
    assert.deepEqual(placeholders(e.ko), placeholders(e.en), `${key}: message placeholders`);
    if (e.hint) {
      assert.ok(e.hint.en && e.hint.ko, `${key}: hint in both languages`);
      assert.deepEqual(
        placeholders(e.hint.ko),
        placeholders(e.hint.en),
        `${key}: hint placeholders`,
      );
    }
  }
});

Deno.test("the catalogue is every area merged, and a key defined in two areas is refused", () => {
  const sizes = Object.values(AREAS).map((area) => Object.keys(area).length);
  assert.equal(CATALOGUE.size, sizes.reduce((a, b) => a + b, 0));
  assert.throws(
    () =>
      mergeAreas({
        okta: { same: { en: "a", ko: "가" } },
        sts: { same: { en: "b", ko: "나" } },
      }),
    /"same" is defined in both okta and sts/,
  );
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

Deno.test("render() renders nested phrases (reasons, suggestions) in the same language", async () => {
  const { phrase } = await import("../src/i18n/messages.ts");
  const params = {
    reason: phrase("reason_unknown_option", {
      option: "--org-domian",
      suggestion: phrase("suggest_flag", { name: "org-domain" }),
    }),
  };
  assert.equal(
    render("usage_argument", params, "en").message,
    "unknown option '--org-domian' (did you mean --org-domain?)",
  );
  assert.equal(
    render("usage_argument", params, "ko").message,
    "알 수 없는 옵션 '--org-domian' (--org-domain을 의도했나요?)",
  );
});

Deno.test("usage errors and their reasons come out in Korean end to end", async () => {
  const { runCli } = await import("./helpers.ts");
  const home = await Deno.makeTempDir();
  try {
    const r = await runCli(["-o", "acme.okta.com", "-c", "x", "-s", "100", "--lang", "ko"], {
      home,
    });
    assert.equal(r.code, 2);
    assert.match(
      r.stderr,
      /^오류: 잘못된 --aws-session-duration "100": 900에서 43200 사이의 초, 또는 12h, 90m 같은 시간을 주세요$/m,
    );
    assert.match(r.stderr, /^도움말: /m);
    // --lang set in .env reaches the error printer too.
    await writeDotenv(home, "OKTA_AWS_LANG=ko\n");
    const shell = await runCli(["-o", "acme.okta.com", "-c", "x", "--shell", "tcsh"], { home });
    assert.match(
      shell.stderr,
      /^오류: 잘못된 --shell "tcsh": bash, zsh, sh, fish, powershell, cmd 중에서 고르세요$/m,
    );
  } finally {
    await Deno.remove(home, { recursive: true });
  }
});

Deno.test("an error's message is its catalogue key until the entry point registers the catalogue, then English words", async () => {
  // A fresh module graph: this worker imports errors.ts alone, then the registration.
  const url = new URL("../src/errors.ts", import.meta.url).href;
  const catalogue = new URL("../src/i18n/register.ts", import.meta.url).href;
  const worker = new Worker(
    `data:application/javascript,${
      encodeURIComponent(`
        const { FlowError } = await import(${JSON.stringify(url)});
        const before = new FlowError("lock_timeout", { path: "/x" }).message;
        await import(${JSON.stringify(catalogue)});
        const after = new FlowError("lock_timeout", { path: "/x" }).message;
        self.postMessage({ before, after });
      `)
    }`,
    { type: "module" },
  );
  const { before, after } = await new Promise<{ before: string; after: string }>((resolve) => {
    worker.onmessage = (e) => resolve(e.data);
  });
  worker.terminate();
  assert.equal(before, "lock_timeout");
  assert.match(after, /\/x/);
  assert.notEqual(after, "lock_timeout");
});

Deno.test("Korean particles follow the word before them: no 을(를) left, none doubled or wrong, in every entry", async () => {
  const { particle } = await import("../src/i18n/josa.ts");
  assert.equal(particle("acme.okta.com", "을"), "을");
  assert.equal(particle("dev", "을"), "를");
  assert.equal(particle("--org-domain", "을"), "을");
  assert.equal(particle("프로필", "이"), "이");
  assert.equal(particle("역할", "으로"), "로");
  assert.equal(particle("IAM", "은"), "은");
  assert.equal(particle("STS", "은"), "는");
  assert.equal(particle("3600", "을"), "을");
  assert.equal(particle("42", "을"), "를");
  const leftover = /\((를|을|가|이|는|은|와|과|으)\)/;
  // Every placeholder filled with a word that ends in a vowel, then one that ends in a consonant:
  // the particle after it must be the form that fits.
  const wrong = {
    dev: /dev["')\]]?(을|이 |은 |과 |으로)/,
    Admin: /Admin["')\]]?(를|가 |는 |와 |로 )/,
  };
  for (const [key, entry] of CATALOGUE) {
    for (const text of [entry.ko, entry.hint?.ko ?? ""]) {
      assert.doesNotMatch(text, leftover, `${key}: ${text}`);
    }
    for (const [word, bad] of Object.entries(wrong)) {
      const params = Object.fromEntries(
        [...new Set(`${entry.ko} ${entry.hint?.ko ?? ""}`.match(/\{\w+\}/g) ?? [])]
          .map((p) => [p.slice(1, -1), word]),
      );
      const { message, hint } = render(key as Parameters<typeof render>[0], params, "ko");
      assert.doesNotMatch(`${message} ${hint ?? ""}`, bad, `${key} with "${word}"`);
      assert.doesNotMatch(`${message} ${hint ?? ""}`, /\{\^/, `${key}: a marker left`);
    }
  }
});
