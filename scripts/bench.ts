// `deno task bench`: start-up cost of okta-aws against `deno run` of an empty file, measured
// in one run, interleaved, as ratios of medians. The AWS SDK must not load on these paths.
const root = new URL("..", import.meta.url).pathname;
const RUNS = Number(Deno.env.get("BENCH_RUNS") ?? 21);
const empty = await Deno.makeTempFile({ suffix: ".ts" });

const cases: Record<string, string[]> = {
  "deno run empty.ts": ["run", "--allow-all", "--quiet", empty],
  "okta-aws --help": ["run", "--allow-all", "--quiet", `${root}main.ts`, "--help"],
  "okta-aws --version": ["run", "--allow-all", "--quiet", `${root}main.ts`, "--version"],
  "okta-aws --bogus (usage error)": ["run", "--allow-all", "--quiet", `${root}main.ts`, "--bogus"],
};

async function once(args: string[]): Promise<number> {
  const start = performance.now();
  await new Deno.Command(Deno.execPath(), { args, stdout: "null", stderr: "null" }).output();
  return performance.now() - start;
}

const samples: Record<string, number[]> = Object.fromEntries(
  Object.keys(cases).map((k) => [k, []]),
);
for (const args of Object.values(cases)) await once(args); // warm the module cache
for (let i = 0; i < RUNS; i++) {
  for (const [name, args] of Object.entries(cases)) samples[name]!.push(await once(args));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const base = median(samples["deno run empty.ts"]!);
console.log(`${RUNS} runs each, interleaved; median wall time`);
for (const [name, xs] of Object.entries(samples)) {
  const m = median(xs);
  console.log(`${name.padEnd(32)} ${m.toFixed(1).padStart(7)} ms  ratio ${(m / base).toFixed(2)}x`);
}
await Deno.remove(empty);
