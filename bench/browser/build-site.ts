/**
 * Builds what the browser benchmark serves, into one directory: the app
 * (`vite build`, with retries because other people's half-saved files can
 * break a build for a moment) and, under bare-bench/, the bare-kernel page
 * and worker (esbuild). Also bundles the probe injected into the app page.
 */
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const BARE_DIR = 'bare-bench';
const HERE = fileURLToPath(new URL('.', import.meta.url));

const BARE_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Dropout Lab — bare kernel benchmark</title>
  </head>
  <body>
    <p>The training kernel alone in a worker: no frames, no drawing.</p>
    <script type="module" src="./bare-page.js"></script>
  </body>
</html>
`;

export interface BuildOptions {
  readonly attempts: number;
  readonly retryDelayMs: number;
  readonly log: (line: string) => void;
}

function run(command: string, args: readonly string[], cwd: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** `npx vite build --outDir <outDir>`; retries a failed build, then throws with the last output. */
export async function buildApp(repoRoot: string, outDir: string, options: BuildOptions): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const { code, output } = await run('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], repoRoot);
    if (code === 0) return;
    const tail = output.trim().split('\n').slice(-15).join('\n');
    if (attempt >= options.attempts) throw new Error(`vite build failed ${attempt} times; last output:\n${tail}`);
    options.log(`# vite build failed (attempt ${attempt} of ${options.attempts}); retrying in ${options.retryDelayMs / 1000} s. Output:\n${tail}`);
    await sleep(options.retryDelayMs);
  }
}

/** The bare-kernel page and worker into <siteDir>/bare-bench/, bundled and minified like the app. */
export async function buildBarePage(siteDir: string): Promise<void> {
  const outdir = join(siteDir, BARE_DIR);
  await build({
    entryPoints: { 'bare-page': join(HERE, 'bare-page.ts'), 'bare-worker': join(HERE, 'bare-worker.ts') },
    outdir,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    logLevel: 'warning',
  });
  await writeFile(join(outdir, 'index.html'), BARE_HTML);
}

/** The app-page probe as one classic script, for page.addInitScript. */
export async function bundleProbe(): Promise<string> {
  const result = await build({
    entryPoints: [join(HERE, 'app-probe.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'warning',
  });
  const [file] = result.outputFiles;
  if (file === undefined) throw new Error('esbuild produced no probe script');
  return file.text;
}
