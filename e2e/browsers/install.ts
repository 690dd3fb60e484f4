import { execFileSync, execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** A browser engine of the smoke suite: what it runs and the Debian packages that provide it. */
export interface Engine {
  id: 'firefox' | 'webkitgtk' | 'wpe';
  name: string;
  /** The browser (Firefox, MiniBrowser, cog). */
  binary: string;
  /** The WebDriver server (none for Firefox: puppeteer-core speaks WebDriver BiDi to it). */
  driverBinary: string;
  /** Other programs it needs. */
  tools: string[];
  packages: string[];
  /** The package whose version names the engine. */
  versionPackage: string;
}

const GTK_LIB = 'libwebkit2gtk-4.1-0';

/** MiniBrowser is not on the PATH: ask dpkg where the WebKitGTK library package put it. */
function miniBrowser(): string {
  try {
    const found = execFileSync('dpkg', ['-L', GTK_LIB], { encoding: 'utf8' })
      .split('\n')
      .find((line) => line.endsWith('/MiniBrowser'));
    if (found) return found;
  } catch {
    // not Debian, or not installed yet
  }
  return '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
}

export const ENGINES: Engine[] = [
  {
    id: 'firefox',
    name: 'Firefox ESR',
    binary: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    driverBinary: '',
    tools: [],
    packages: ['firefox-esr'],
    versionPackage: 'firefox-esr',
  },
  {
    id: 'webkitgtk',
    name: 'WebKitGTK',
    binary: '',
    driverBinary: '/usr/bin/WebKitWebDriver',
    tools: ['/usr/bin/Xvfb', '/usr/bin/xauth'],
    packages: ['webkit2gtk-driver', 'xvfb', 'xauth'],
    versionPackage: GTK_LIB,
  },
  {
    id: 'wpe',
    name: 'WPE WebKit',
    binary: '/usr/bin/cog',
    driverBinary: '/usr/bin/WPEWebDriver',
    tools: [],
    packages: ['wpewebkit-driver', 'cog'],
    versionPackage: 'libwpewebkit-1.1-0',
  },
];

function resolveEngine(engine: Engine): Engine {
  return engine.id === 'webkitgtk' ? { ...engine, binary: miniBrowser() } : engine;
}

function missing(engine: Engine): string[] {
  const e = resolveEngine(engine);
  return [e.binary, e.driverBinary, ...e.tools].filter((path) => path !== '' && !existsSync(path));
}

function run(command: string): boolean {
  try {
    console.log(`test:browsers: ${command}`);
    execSync(command, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    return true;
  } catch {
    return false;
  }
}

/**
 * The engines that can run here, installing what is missing with apt-get when
 * running as root on Debian. The others are reported and skipped.
 */
export function prepare(engines: Engine[]): Engine[] {
  const only = process.env.SMOKE_BROWSERS?.split(',').map((s) => s.trim());
  const wanted = only ? engines.filter((e) => only.includes(e.id)) : engines;
  const toInstall = wanted.filter((e) => missing(e).length > 0);
  if (toInstall.length > 0) {
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    if (isRoot && existsSync('/etc/debian_version') && run('apt-get update -qq')) {
      // One engine at a time, so that a package missing from this release costs only its engine.
      for (const engine of toInstall) run(`apt-get install -y -qq --no-install-recommends ${engine.packages.join(' ')}`);
    }
  }
  const ready: Engine[] = [];
  for (const engine of wanted) {
    const absent = missing(engine);
    if (absent.length === 0) ready.push(resolveEngine(engine));
    else
      console.log(
        `test:browsers: skipping ${engine.name}: ${absent.join(', ')} not found. On Debian, as root: apt-get install --no-install-recommends ${engine.packages.join(' ')}`,
      );
  }
  return ready;
}
