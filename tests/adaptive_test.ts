// flow/adaptive.ts: many calls with as many in flight as the service takes, fewer after a
// "slow down" (which is tried again), the results in order; any other error ends the run.
import assert from "node:assert/strict";
import { mapAdaptive } from "../src/flow/adaptive.ts";
import { isThrottling } from "../src/aws/sdk_error.ts";

class Throttling extends Error {
  override name = "Throttling";
}

Deno.test("mapAdaptive() grows to the service's limit, halves on Throttling, retries, and keeps the order", async () => {
  let inFlight = 0;
  let most = 0;
  let throttled = 0;
  const items = Array.from({ length: 200 }, (_, i) => i);
  const results = await mapAdaptive(items, async (i) => {
    if (inFlight >= 10) {
      throttled++;
      throw new Throttling("Rate exceeded");
    }
    inFlight++;
    most = Math.max(most, inFlight);
    await new Promise((r) => setTimeout(r, 2));
    inFlight--;
    return i * 2;
  }, { start: 16, max: 32, throttled: isThrottling, sleep: () => Promise.resolve() });
  assert.deepEqual(results, items.map((i) => i * 2));
  assert.ok(throttled > 0, "the fake throttled");
  assert.equal(most, 10, "it used all the service took");
});

Deno.test("mapAdaptive() runs up to `max` at once when nothing throttles, and stops at a real error", async () => {
  let inFlight = 0;
  let most = 0;
  const items = Array.from({ length: 100 }, (_, i) => i);
  await mapAdaptive(items, async (i) => {
    inFlight++;
    most = Math.max(most, inFlight);
    await new Promise((r) => setTimeout(r, 5));
    inFlight--;
    return i;
  }, { start: 4, max: 24, throttled: isThrottling, sleep: () => Promise.resolve() });
  assert.equal(most, 24);
  await assert.rejects(
    mapAdaptive(
      items,
      (i) => i === 50 ? Promise.reject(new Error("AccessDenied")) : Promise.resolve(i),
      {
        start: 8,
        max: 8,
        throttled: isThrottling,
        sleep: () => Promise.resolve(),
      },
    ),
    /AccessDenied/,
  );
});

Deno.test("isThrottling() knows AWS's slow-down codes, on the error or as a FlowError's cause", () => {
  assert.ok(isThrottling(new Throttling("x")));
  assert.ok(isThrottling(new Error("wrapped", { cause: new Throttling("x") })));
  assert.ok(!isThrottling(new Error("AccessDenied")));
});
