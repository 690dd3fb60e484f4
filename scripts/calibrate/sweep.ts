/**
 * The p sweep and the N sweep of one candidate at L.
 *   npx tsx scripts/calibrate/sweep.ts '<patch json>' p|n [from-to]
 * p sweep: every hidden layer whose preset p is > 0 gets the swept p (p = 0 is run A); prints the mean final test MSE.
 * N sweep: run A and the preset's dropout run at each N; prints mean test MSEs, the mean difference and the geo-mean ratio.
 */
import { runOne, seedRange } from './lib';
import { toCandidate } from './screen-lib';

const args = process.argv.slice(2);
const c = toCandidate({}, JSON.parse(args[0]));
const mode = args[1];
const [from, to] = (args[2] ?? '1-20').split('-').map(Number);
const seeds = seedRange(from, to);
const L = c.steps;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
if (mode === 'p') {
  for (const p of [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8]) {
    const t0 = performance.now();
    const pat = c.config.dropout.map((q) => (q > 0 ? p : 0));
    const tests = seeds.map((s) => runOne(c, s, p === 0, [L], pat).at[L].test);
    console.log(`p=${p.toFixed(1)} mean test ${mean(tests).toFixed(4)}  (${((performance.now() - t0) / seeds.length).toFixed(0)} ms/seed)`);
  }
} else {
  for (const n of [8, 16, 32, 64, 128, 256]) {
    const t0 = performance.now();
    const cn = { ...c, config: { ...c.config, n } };
    const a = seeds.map((s) => runOne(cn, s, true, [L]).at[L].test);
    const b = seeds.map((s) => runOne(cn, s, false, [L]).at[L].test);
    const geo = Math.exp(mean(a.map((x, i) => Math.log(b[i] / x))));
    const wins = b.filter((x, i) => x < a[i]).length;
    console.log(
      `N=${String(n).padStart(3)} test A ${mean(a).toFixed(4)} B ${mean(b).toFixed(4)} A−B ${(mean(a) - mean(b)).toFixed(4)} geo B/A ${geo.toFixed(3)} wins ${wins}/${seeds.length}  (${((performance.now() - t0) / seeds.length).toFixed(0)} ms/seed)`,
    );
  }
}
