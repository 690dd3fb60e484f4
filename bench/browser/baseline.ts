/**
 * The app as it was at another commit, for a before/after comparison in one
 * benchmark run: the commit's files (git archive) in a temporary directory,
 * sharing this checkout's node_modules, built with vite into `siteDir`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, realpath, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, type BuildOptions } from './build-site';

export async function buildAppAt(repoRoot: string, ref: string, siteDir: string, options: BuildOptions): Promise<string> {
  const commit = execFileSync('git', ['-C', repoRoot, 'rev-parse', '--short', `${ref}^{commit}`], { encoding: 'utf8' }).trim();
  const sourceDir = await mkdtemp(join(tmpdir(), 'dropout-lab-bench-baseline-'));
  try {
    const archive = execFileSync('git', ['-C', repoRoot, 'archive', '--format=tar', commit], { maxBuffer: 512 * 1024 * 1024 });
    execFileSync('tar', ['-x', '-C', sourceDir], { input: archive });
    await symlink(await realpath(join(repoRoot, 'node_modules')), join(sourceDir, 'node_modules'), 'dir');
    await buildApp(sourceDir, siteDir, options);
  } finally {
    await rm(sourceDir, { recursive: true, force: true });
  }
  return commit;
}
