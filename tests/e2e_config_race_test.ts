// A config file another program rewrites in place while okta-aws syncs into it: for a minute,
// a stand-in for `aws configure set` (tests/fixtures/in_place_writer.ts) truncates and rewrites
// ~/.aws/config while `profiles sync --sso-session` rewrites every synced profile, run after
// run. No hand-written profile, and not the [sso-session], may be lost.
import assert from "node:assert/strict";
import { CONFIGURE_DEV, denoEnv, ssoWorld } from "./sso_world.ts";

const WRITER = new URL("./fixtures/in_place_writer.ts", import.meta.url).pathname;
const HAND = 120;
const SECONDS = 60;

/** The file once two reads a pause apart agree (the writer may be mid-write right now). */
async function settledText(path: string): Promise<string> {
  let previous = Deno.readTextFileSync(path);
  for (;;) {
    await new Promise((r) => setTimeout(r, 30));
    const now = Deno.readTextFileSync(path);
    if (now === previous) return now;
    previous = now;
  }
}

function handProfiles(): string {
  let out = "";
  for (let i = 0; i < HAND; i++) {
    out += `\n[profile hand-${i}]\nregion = us-east-1\noutput = json\nrole_arn = ` +
      `arn:aws:iam::999999999999:role/Hand${i}\nsource_profile = default\n`;
  }
  return out;
}

Deno.test(`profiles sync beside an in-place writer for ${SECONDS} s loses no hand-written profile and no [sso-session]`, async () => {
  await using w = await ssoWorld();
  assert.equal((await w.run(CONFIGURE_DEV)).code, 0);
  const config = `${w.home}/.aws/config`;
  Deno.writeTextFileSync(config, handProfiles(), { append: true });
  const writer = new Deno.Command(Deno.execPath(), {
    args: ["run", "--allow-read", "--allow-write", WRITER, config, String(SECONDS)],
    env: await denoEnv(),
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const outcomes = new Map<string, number>();
  let lost = 0;
  const count = (text: string) => (text.match(/^\[profile hand-\d+\]$/gm) ?? []).length;
  const writerDone = writer.output();
  let running = true;
  writerDone.finally(() => running = false);
  for (let run = 0; running; run++) {
    // Another region each run: every synced profile changes, so every run writes.
    const region = run % 2 === 0 ? "eu-west-1" : "eu-central-1";
    const r = await w.run(["profiles", "sync", "--sso-session", "okta", "--aws-region", region]);
    const outcome = r.code === 0 ? "ok" : (r.stderr.split("\n")[0] ?? "").replace(/".*"/, "FILE");
    outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    const text = await settledText(config);
    if (count(text) < HAND || !text.includes("[sso-session okta]")) lost++;
  }
  const out = await writerDone;
  assert.equal(out.code, 0, new TextDecoder().decode(out.stderr));
  const rewrites = Number(new TextDecoder().decode(out.stdout).trim());
  console.log(
    `syncs: ${JSON.stringify(Object.fromEntries(outcomes))}; in-place rewrites: ${rewrites}`,
  );
  assert.ok(rewrites > 100, `the writer raced: ${rewrites} rewrites`);
  assert.ok((outcomes.get("ok") ?? 0) > 20, "the syncs ran and wrote");
  const final = await settledText(config);
  assert.equal(count(final), HAND, "every hand-written profile is still there");
  assert.match(final, /^\[sso-session okta\]$/m);
  assert.equal(lost, 0, "no sync left the file without a hand profile");
  // A sync that did not write said why in one line (the writer never stopped long enough).
  for (const outcome of outcomes.keys()) {
    assert.match(
      outcome,
      /^ok$|^error: Nothing was written to FILE: another program kept rewriting it$/,
    );
  }
});
