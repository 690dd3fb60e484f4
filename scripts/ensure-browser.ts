/**
 * Makes sure a Chromium exists for the e2e tests, without relying on
 * Playwright's own download (it fails on machines without open internet):
 * Debian's package when running as root on Debian, else Playwright's installer.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './browser-path';

function run(command: string): boolean {
  try {
    console.log(`ensure-browser: ${command}`);
    execSync(command, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    return true;
  } catch {
    return false;
  }
}

const found = findChromium();
if (found) {
  console.log(`ensure-browser: using ${found}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/etc/debian_version')) {
  if (run('apt-get update -qq')) run('apt-get install -y -qq chromium fonts-liberation');
}
if (!findChromium()) run('npx playwright install chromium');

const installed = findChromium();
if (!installed) {
  console.error(
    'ensure-browser: no Chromium found. Install one and run the tests again:\n' +
      '  Debian/Ubuntu: sudo apt-get install chromium   (or set CHROMIUM_PATH=/path/to/chrome)\n' +
      '  elsewhere:     npx playwright install chromium',
  );
  process.exit(1);
}
console.log(`ensure-browser: using ${installed}`);
