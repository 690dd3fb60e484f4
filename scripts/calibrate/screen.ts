/**
 * Search driver: screens candidates on a seed range at L (and optionally 10×L).
 *   npx tsx scripts/calibrate/screen.ts '<json list of patches>' [from-to] [--long]
 * Each patch: { name?, steps?, extras?, ...ExperimentConfig fields }; fields not given come from the base
 * patch (the first element if it has "base": true, else the current preset).
 */
import { fmt, runPair, seedRange, summarize } from './lib';
import { type Patch, toCandidate } from './screen-lib';

const args = process.argv.slice(2);
const patches: Patch[] = JSON.parse(args[0]);
const [from, to] = (args.find((a) => /^\d+-\d+$/.test(a)) ?? '1-20').split('-').map(Number);
const long = args.includes('--long');
const verbose = args.includes('--verbose');
const base: Patch = patches[0]?.base ? (patches.shift() as Patch) : {};
for (const p of patches) {
  const c = toCandidate(base, p);
  const L = c.steps;
  const cps = long ? [L, 10 * L] : [L];
  const t0 = performance.now();
  const rows = seedRange(from, to).map((s) => runPair(c, s, cps));
  const ms = (performance.now() - t0) / rows.length;
  console.log(`== ${c.name}  [L=${L}, ${ms.toFixed(0)} ms/seed]`);
  if (verbose) {
    const v = c.config.noise ** 2;
    for (const cp of cps)
      for (const r of rows.map((x) => x[cp])) {
        const bad = !(r.a.train < 0.5 * v && r.a.test >= 2.5 * r.a.train && r.a.test >= 1.2 * r.a.bestTest) || r.b.test >= r.a.test || r.b.flatFrac > 0.2;
        if (bad)
          console.log(
            `   @${cp} seed ${r.seed}: A train/σ² ${(r.a.train / v).toFixed(2)} test/train ${(r.a.test / r.a.train).toFixed(1)} test/best ${(r.a.test / r.a.bestTest).toFixed(2)} | B/A ${(r.b.test / r.a.test).toFixed(2)} flatB ${(100 * r.b.flatFrac).toFixed(0)}% jumps ${r.a.maxJump.toFixed(1)} ${r.b.maxJump.toFixed(1)}`,
          );
      }
  }
  for (const cp of cps)
    console.log(
      `  @${cp}: ${fmt(
        summarize(
          rows.map((r) => r[cp]),
          c.config.noise,
        ),
      )}`,
    );
}
