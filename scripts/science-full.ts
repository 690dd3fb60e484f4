/**
 * `npm run test:science:full` (not in CI): the lesson's claims on seeds
 * 5001–5100, at the lesson length and at ten times it, with 95% Wilson lower
 * bounds ≥ 0.85 on every per-seed rate; and the p and N sweeps' shape on
 * 5001–5020 at the lesson length. Seeds run in child processes, one per core.
 *   npx tsx scripts/science-full.ts [--seeds 5001-5100] [--sweep-seeds 5001-5020] [--no-sweeps]
 * Exit code 1 when a claim fails. Takes about an hour on two cores.
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { mainPList } from '../src/experiment/main-p';
import { DROPOUT_PRESET_P, LESSON_STEPS, OVERFITTING_PRESET } from '../src/experiment/presets';
import { N_GRID, P_GRID } from '../src/experiment/sweep-plan';
import { claimsOnSeed, geometricMean, measureRun, measureSeed, type SeedOutcome, wilsonLower } from '../src/training/lesson-claims';

type Task = { kind: 'seed'; seed: number } | { kind: 'p'; seed: number; p: number } | { kind: 'n'; seed: number; n: number; p: number };
type Done = { task: Task; outcome?: SeedOutcome; test?: number };

function range(text: string): number[] {
  const [from, to] = text.split('-').map(Number);
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

function run(task: Task): Done {
  const base = { ...OVERFITTING_PRESET, seed: task.seed };
  if (task.kind === 'seed') return { task, outcome: measureSeed(task.seed, { long: true }) };
  const config =
    task.kind === 'p'
      ? { ...base, dropout: mainPList(base.hiddenLayers.length, task.p) }
      : { ...base, n: task.n, dropout: mainPList(base.hiddenLayers.length, task.p) };
  return { task, test: measureRun(config, LESSON_STEPS, null).finalTest };
}

/** Child mode: reads tasks as JSON lines on stdin, writes results as JSON lines. */
async function child(): Promise<void> {
  let buffer = '';
  for await (const chunk of process.stdin) buffer += chunk;
  for (const line of buffer.split('\n').filter(Boolean)) process.stdout.write(`${JSON.stringify(run(JSON.parse(line) as Task))}\n`);
}

async function runAll(tasks: Task[]): Promise<Done[]> {
  const lanes = Math.max(1, availableParallelism());
  const shares: Task[][] = Array.from({ length: lanes }, () => []);
  tasks.forEach((t, i) => shares[i % lanes].push(t));
  const done: Done[] = [];
  await Promise.all(
    shares.map(
      (share) =>
        new Promise<void>((resolve, reject) => {
          const proc = spawn(process.execPath, [...process.execArgv, process.argv[1], '--child'], { stdio: ['pipe', 'pipe', 'inherit'] });
          let out = '';
          proc.stdout.on('data', (d: Buffer) => {
            out += d.toString();
            const lines = out.split('\n');
            out = lines.pop() ?? '';
            for (const l of lines) {
              done.push(JSON.parse(l) as Done);
              process.stderr.write(`\r${done.length}/${tasks.length} runs`);
            }
          });
          proc.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`child exited with ${code}`))));
          proc.stdin.end(share.map((t) => JSON.stringify(t)).join('\n'));
        }),
    ),
  );
  process.stderr.write('\n');
  return done;
}

const failures: string[] = [];
function check(name: string, ok: boolean, detail: string): void {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${detail}`);
  if (!ok) failures.push(name);
}

async function main(): Promise<void> {
  const seeds = range(arg('--seeds', '5001-5100'));
  const sweepSeeds = process.argv.includes('--no-sweeps') ? [] : range(arg('--sweep-seeds', '5001-5020'));
  const mainP = DROPOUT_PRESET_P[DROPOUT_PRESET_P.length - 1];
  const tasks: Task[] = [
    ...seeds.map((seed): Task => ({ kind: 'seed', seed })),
    ...sweepSeeds.flatMap((seed) => P_GRID.map((p): Task => ({ kind: 'p', seed, p }))),
    ...sweepSeeds.flatMap((seed) => N_GRID.flatMap((n) => [0, mainP].map((p): Task => ({ kind: 'n', seed, n, p })))),
  ];
  const done = await runAll(tasks);
  const outcomes = done.flatMap((d) => (d.outcome ? [d.outcome] : [])).sort((a, b) => a.seed - b.seed);
  const claims = outcomes.map((o) => claimsOnSeed(o, OVERFITTING_PRESET.noise));
  const n = outcomes.length;
  console.log(`The lesson on seeds ${seeds[0]}–${seeds[seeds.length - 1]} (${n} seeds, ${LESSON_STEPS} steps and ${10 * LESSON_STEPS}):`);
  for (const key of ['plainFitsNoise', 'plainOverfits', 'plainPastBest', 'dropoutLower', 'dropoutLowerLong', 'noJumps'] as const) {
    const k = claims.filter((c) => c[key] === true).length;
    const lower = wilsonLower(k, n);
    check(key, lower >= 0.85, `${k}/${n}, Wilson 95% lower bound ${lower.toFixed(3)} (≥ 0.85)`);
  }
  const geo = geometricMean(outcomes.map((o) => o.dropout.finalTest / o.plain.finalTest));
  check('geometric mean ratio', geo <= 0.75, `${geo.toFixed(3)} at ${LESSON_STEPS} (≤ 0.75)`);
  const geoLong = geometricMean(outcomes.map((o) => (o.dropout.longTest ?? NaN) / (o.plain.longTest ?? NaN)));
  check('geometric mean ratio, 10×', geoLong <= 0.75, `${geoLong.toFixed(3)} at ${10 * LESSON_STEPS} (≤ 0.75)`);
  const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
  const flat = mean(outcomes.map((o) => o.dropout.flatShare));
  check('flat share', flat <= 0.12, `${(100 * flat).toFixed(1)}% of steep grid points flat (≤ 12%)`);
  const drift = mean(outcomes.map((o) => o.dropout.longTest ?? NaN)) / mean(outcomes.map((o) => o.dropout.finalTest)) - 1;
  check('drift', Math.abs(drift) <= 0.15, `dropout mean test MSE at 10× is ${(100 * drift).toFixed(1)}% from the lesson length's (within 15%)`);
  const bestLower = outcomes.filter((o) => o.dropout.bestTest < o.plain.bestTest).length;
  console.log(`info best test MSE lower with dropout on ${bestLower}/${n} seeds`);
  console.log(
    `info mean final test: without ${mean(outcomes.map((o) => o.plain.finalTest)).toFixed(3)}, with ${mean(outcomes.map((o) => o.dropout.finalTest)).toFixed(3)}; best test: without ${mean(outcomes.map((o) => o.plain.bestTest)).toFixed(3)}, with ${mean(outcomes.map((o) => o.dropout.bestTest)).toFixed(3)}`,
  );
  if (sweepSeeds.length > 0) {
    const at = (pick: (t: Task) => boolean) => mean(done.filter((d) => pick(d.task)).map((d) => d.test ?? NaN));
    const pMeans = P_GRID.map((p) => at((t) => t.kind === 'p' && t.p === p));
    const best = P_GRID[pMeans.indexOf(Math.min(...pMeans))];
    check(
      'p sweep minimum',
      best >= 0.3 && best <= 0.6,
      `minimum at p = ${best} (0.3–0.6); means ${pMeans.map((m, i) => `${P_GRID[i]}: ${m.toFixed(3)}`).join(', ')}`,
    );
    const benefits = N_GRID.map((N) => at((t) => t.kind === 'n' && t.n === N && t.p === 0) - at((t) => t.kind === 'n' && t.n === N && t.p === mainP));
    const largest = benefits[benefits.length - 1];
    const peak = Math.max(...benefits);
    check(
      'N sweep shrinks',
      largest < 0.25 * peak,
      `benefit at N = ${N_GRID[N_GRID.length - 1]} is ${largest.toFixed(4)} (< a quarter of the peak ${peak.toFixed(4)}); ${benefits.map((b, i) => `${N_GRID[i]}: ${b.toFixed(4)}`).join(', ')}`,
    );
  }
  if (failures.length > 0) {
    console.log(`${failures.length} claim(s) failed: ${failures.join(', ')}`);
    process.exit(1);
  }
}

if (process.argv.includes('--child')) void child();
else void main();
