// settledRead(): when a read of a file another program may be rewriting is trusted. A fake
// clock and sleep stand in for time; the writer is this test, between the reads.
import assert from "node:assert/strict";
import { SETTLE_DEADLINE_MS, settledRead } from "../src/fs/settled_read.ts";
import { FlowError } from "../src/errors.ts";

const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

/** A file, a clock that starts well after its mtime unless `fresh`, and a sleep that runs `between`. */
async function setting(text: string, fresh: boolean, between: (reads: number) => void = () => {}) {
  const path = `${await Deno.makeTempDir()}/config`;
  Deno.writeTextFileSync(path, text);
  let clock = Date.now() + (fresh ? 0 : 60_000);
  let sleeps = 0;
  return {
    path,
    sleeps: () => sleeps,
    options: {
      now: () => clock,
      sleep: (ms: number) => {
        clock += ms;
        between(++sleeps);
        return Promise.resolve();
      },
    },
  };
}

Deno.test("a file nobody touched lately is read once", async () => {
  const s = await setting("[profile a]\nregion = x\n", false);
  assert.equal(decode((await settledRead(s.path, s.options))?.bytes), "[profile a]\nregion = x\n");
  assert.equal(s.sleeps(), 0);
});

Deno.test("a file changed a moment ago is read until two reads a pause apart agree", async () => {
  const s = await setting("[profile a]\n", true, (n) => {
    if (n === 1) Deno.writeTextFileSync(s.path, "[profile a]\n[profile b]\n");
  });
  assert.equal(decode((await settledRead(s.path, s.options))?.bytes), "[profile a]\n[profile b]\n");
  assert.equal(s.sleeps(), 2);
});

Deno.test("an empty read of a file that was not empty a moment before waits for the writer to finish", async () => {
  const before = encode("[profile a]\nregion = x\n");
  const s = await setting("", true, (n) => {
    if (n === 3) Deno.writeTextFileSync(s.path, "[profile a]\nregion = y\n");
  });
  const read = await settledRead(s.path, { ...s.options, before });
  assert.equal(decode(read?.bytes), "[profile a]\nregion = y\n");
});

Deno.test("a file that stays empty where it was not is never accepted: file_unsettled at the deadline", async () => {
  const s = await setting("", true);
  await assert.rejects(
    settledRead(s.path, { ...s.options, before: encode("[profile a]\n") }),
    (err) => err instanceof FlowError && err.code === "file_unsettled",
  );
  assert.ok(s.sleeps() >= SETTLE_DEADLINE_MS / 25 - 1);
});

Deno.test("a torn-looking read that stays so is accepted at the deadline (a real removal), not before", async () => {
  const s = await setting("[profile a]\n", false);
  const torn = (fresh: Uint8Array) => !decode(fresh).includes("[profile b]");
  const read = await settledRead(s.path, {
    ...s.options,
    before: encode("[profile a]\n[profile b]\n"),
    torn,
  });
  assert.equal(decode(read?.bytes), "[profile a]\n");
  assert.ok(s.sleeps() * 25 >= SETTLE_DEADLINE_MS, `${s.sleeps()} pauses`);
});
