/**
 * The README's table of the lesson on 20 seeds nobody picked (101–120, the CI
 * test's): final and best test MSE of both runs at the lesson length.
 *   npx tsx scripts/lesson-table.ts [from-to]
 */
import { DROPOUT_PRESET_P, LESSON_STEPS, OVERFITTING_PRESET } from '../src/experiment/presets';
import { claimsOnSeed, geometricMean, measureSeed } from '../src/training/lesson-claims';

const [from, to] = (process.argv[2] ?? '101-120').split('-').map(Number);
const seeds = Array.from({ length: to - from + 1 }, (_, i) => from + i);
const rows = seeds.map((seed) => measureSeed(seed, { long: false }));
const f = (x: number) => x.toFixed(3);
console.log(`| seed | train MSE, no dropout | test MSE, no dropout (best, at step) | test MSE, p = ${DROPOUT_PRESET_P.join(', ')} (best, at step) | ratio |`);
console.log('| ---: | ---: | ---: | ---: | ---: |');
for (const o of rows) {
  console.log(
    `| ${o.seed} | ${f(o.plain.finalTrain)} | ${f(o.plain.finalTest)} (${f(o.plain.bestTest)}, ${o.plain.bestStep}) | ${f(o.dropout.finalTest)} (${f(o.dropout.bestTest)}, ${o.dropout.bestStep}) | ${(o.dropout.finalTest / o.plain.finalTest).toFixed(2)} |`,
  );
}
const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
const claims = rows.map((o) => claimsOnSeed(o, OVERFITTING_PRESET.noise));
const count = (k: keyof (typeof claims)[number]) => claims.filter((c) => c[k] === true).length;
console.log(
  `| mean | ${f(mean(rows.map((o) => o.plain.finalTrain)))} | ${f(mean(rows.map((o) => o.plain.finalTest)))} (${f(mean(rows.map((o) => o.plain.bestTest)))}) | ${f(mean(rows.map((o) => o.dropout.finalTest)))} (${f(mean(rows.map((o) => o.dropout.bestTest)))}) | ${geometricMean(rows.map((o) => o.dropout.finalTest / o.plain.finalTest)).toFixed(2)} (geometric) |`,
);
console.log(
  `\nAt ${LESSON_STEPS} steps: train < σ²/2 on ${count('plainFitsNoise')}/${rows.length}, test ≥ 2.5 × train on ${count('plainOverfits')}/${rows.length}, test ≥ 1.2 × best on ${count('plainPastBest')}/${rows.length}; dropout lower on ${count('dropoutLower')}/${rows.length}; best test lower with dropout on ${rows.filter((o) => o.dropout.bestTest < o.plain.bestTest).length}/${rows.length}.`,
);
