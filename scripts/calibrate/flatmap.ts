/** Where the dropout fit is flat (F) on the 241-grid, seeds 1–10, one char per 4 grid steps: npx tsx scripts/calibrate/flatmap.ts <patch> */
import { createTraining } from '../../src/training/create-run';
import { predict } from '../../src/model/loss';
import { datasetOf, targetOf } from './lib';
import { toCandidate } from './screen-lib';
const c = toCandidate({}, JSON.parse(process.argv[2]));
const f = targetOf(c);
for (let seed = 1; seed <= 10; seed++) {
  const ds = datasetOf(c, seed);
  const tr = createTraining({ ...c.config, seed }, ds);
  for (let s = 0; s < c.steps; s++) tr.trainStep();
  const G = 241;
  const xs = Float64Array.from({ length: G }, (_, i) => -1 + (2 * i) / (G - 1));
  const ys = new Float64Array(G);
  predict(tr.net, xs, ys);
  let line = '';
  for (let i = 0; i + 1 < G; i += 1) {
    const t = (f(xs[i + 1]) - f(xs[i])) * 120;
    const p = (ys[i + 1] - ys[i]) * 120;
    line += Math.abs(t) < 0.1 ? ' ' : Math.abs(p) < 0.1 ? 'F' : '.';
  }
  const mn = Math.min(...ds.trainX),
    mx = Math.max(...ds.trainX);
  console.log(
    String(seed).padStart(2),
    line.replace(/(.{4})/g, (m) => m[0]),
    mn.toFixed(2),
    mx.toFixed(2),
  );
}
