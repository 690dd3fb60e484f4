/** Timing and a look at the current preset: npx tsx scripts/calibrate/quick.ts */
import { BASE, type Candidate, fmt, runPair, seedRange, summarize } from './lib';

const c: Candidate = { name: 'current', config: BASE, steps: 2000 };
const t0 = performance.now();
const rows = seedRange(1, 20).map((s) => runPair(c, s, [2000])[2000]);
const dt = performance.now() - t0;
console.log(fmt(summarize(rows, c.config.noise)));
console.log(`${(dt / 20).toFixed(0)} ms per seed (pair)`);
