/**
 * Per-seed look at one candidate: where the dropout fit is flat, train/test curves.
 *   npx tsx scripts/calibrate/diag.ts '<patch json>' seed [steps]
 */
import { predict } from '../../src/model/loss';
import { createTraining } from '../../src/training/create-run';
import { datasetOf, targetOf } from './lib';
import { toCandidate } from './screen-lib';

const c = toCandidate({}, JSON.parse(process.argv[2]));
const seed = Number(process.argv[3] ?? 1);
const steps = Number(process.argv[4] ?? c.steps);
const ds = datasetOf(c, seed);
const f = targetOf(c);
const cfg = { ...c.config, seed };
for (const noDrop of [true, false]) {
  const tr = createTraining(noDrop ? { ...cfg, dropout: cfg.dropout.map(() => 0) } : cfg, ds);
  for (let s = 0; s < steps; s++) tr.trainStep();
  const G = 41;
  const xs = Float64Array.from({ length: G }, (_, i) => -1 + (2 * i) / (G - 1));
  const ys = new Float64Array(G);
  predict(tr.net, xs, ys);
  console.log(noDrop ? 'A (no dropout)' : 'B (dropout)');
  console.log(' x     true   pred');
  for (let i = 0; i < G; i++) console.log(`${xs[i].toFixed(2).padStart(5)} ${f(xs[i]).toFixed(2).padStart(6)} ${ys[i].toFixed(2).padStart(6)}`);
}
console.log(
  'train x:',
  Array.from(ds.trainX)
    .sort((a, b) => a - b)
    .map((v) => v.toFixed(2))
    .join(' '),
);
