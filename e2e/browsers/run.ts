/**
 * npm run test:browsers: the smoke suite in Firefox ESR, WebKitGTK and WPE
 * WebKit (Safari's engine family; WPE 2.38 is the oldest engine of the
 * README's support list). Run by `npm test` after the Chromium e2e tests.
 *
 * It installs what is missing (Debian packages, as root), starts two static
 * servers, Xvfb and the WebDriver servers, runs the checks of ./checks.ts in
 * each browser, and stops everything it started by process id. An engine that
 * cannot be installed here (not root, not Debian) is skipped with a message
 * saying what to install; a failed check fails the run.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runChecks, type Result } from './checks';
import type { Driver } from './driver';
import { launchFirefox } from './firefox';
import { ENGINES, type Engine, prepare } from './install';
import { freePort, start, startXvfb, stop, stopAll } from './processes';
import { closeServer, originOf, serveApp, serveHost } from './servers';
import { WebDriverSession } from './webdriver';

const OUT = resolve('test-results/browsers');
/** The checks (installs excluded) end well within CI's budget, or the run fails. */
const SUITE_TIMEOUT_MS = 150_000;

async function open(engine: Engine): Promise<{ driver: Driver; stopDriver: () => Promise<void> }> {
  if (engine.id === 'firefox') {
    // Firefox wants a $HOME that belongs to the user running it: a fresh one.
    const home = mkdtempSync(join(tmpdir(), 'smoke-firefox-'));
    const previous = process.env.HOME;
    process.env.HOME = home;
    try {
      const driver = await launchFirefox(engine.binary);
      return {
        driver,
        stopDriver: async () => {
          await driver.close().catch(() => undefined);
          rmSync(home, { recursive: true, force: true });
        },
      };
    } finally {
      process.env.HOME = previous;
    }
  }
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  if (engine.id === 'webkitgtk') {
    const xvfb = await startXvfb();
    const server = start(engine.driverBinary, [`--port=${port}`], { ...process.env, DISPLAY: xvfb.display });
    const stopBoth = async () => {
      await stop(server);
      await stop(xvfb.child);
    };
    try {
      await WebDriverSession.waitForServer(base);
      const driver = await WebDriverSession.create(base, {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: engine.binary, args: ['--automation'] },
      });
      return { driver, stopDriver: async () => (await driver.close(), await stopBoth()) };
    } catch (error) {
      await stopBoth();
      throw error;
    }
  }
  const server = start(engine.driverBinary, [`--port=${port}`]);
  try {
    await WebDriverSession.waitForServer(base);
    // cog's headless platform has a fixed 800×600 viewport.
    const driver = await WebDriverSession.create(
      base,
      { 'wpe:browserOptions': { binary: engine.binary, args: ['--automation', '--platform=headless'] } },
      true,
    );
    return { driver, stopDriver: async () => (await driver.close(), await stop(server)) };
  } catch (error) {
    await stop(server);
    throw error;
  }
}

function version(engine: Engine): string {
  try {
    if (engine.id === 'firefox') return execFileSync(engine.binary, ['--version'], { encoding: 'utf8', env: { ...process.env, HOME: tmpdir() } }).trim();
    return `${engine.name} ${execFileSync('dpkg-query', ['-W', '-f=${Version}', engine.versionPackage], { encoding: 'utf8' }).trim()}`;
  } catch {
    return engine.name;
  }
}

async function main(): Promise<number> {
  const t0 = Date.now();
  const ready = prepare(ENGINES);
  const installSeconds = (Date.now() - t0) / 1000;
  if (ready.length === 0) {
    console.log('test:browsers: skipped: no browser engine available (see above for what to install).');
    return 0;
  }
  const timer = setTimeout(() => {
    console.error(`test:browsers: timed out after ${SUITE_TIMEOUT_MS / 1000} s`);
    void stopAll().finally(() => process.exit(1));
  }, SUITE_TIMEOUT_MS);
  timer.unref();
  const app = await serveApp();
  const host = await serveHost(originOf(app));
  let failed = 0;
  try {
    for (const engine of ready) {
      const started = Date.now();
      console.log(`\n${version(engine)}`);
      let results: Result[];
      let session: Awaited<ReturnType<typeof open>> | null = null;
      try {
        session = await open(engine);
        results = await runChecks(session.driver, { app: originOf(app), host: originOf(host), out: OUT, engine: engine.id, exportPng: engine.id === 'wpe' });
      } catch (error) {
        results = [{ check: 'start the browser', ok: false, detail: error instanceof Error ? error.message : String(error) }];
      } finally {
        await session?.stopDriver();
      }
      for (const r of results) console.log(`  ${r.ok ? 'ok  ' : 'FAIL'} ${r.check}: ${r.detail}`);
      failed += results.filter((r) => !r.ok).length;
      console.log(`  (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    }
  } finally {
    await stopAll();
    await closeServer(app);
    await closeServer(host);
  }
  console.log(
    `\ntest:browsers: ${failed === 0 ? 'passed' : `${failed} failed`} in ${((Date.now() - t0) / 1000).toFixed(1)} s (installs ${installSeconds.toFixed(1)} s); screenshots in ${OUT}`,
  );
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  async (error: unknown) => {
    console.error(error);
    await stopAll();
    process.exit(1);
  },
);
