/**
 * Finds what the browser tests need: a system Chromium (Playwright's own download cannot reach its host on
 * every machine) and poppler's pdftotext/pdfinfo/pdftoppm for the print tests. On Debian as root it installs
 * what is missing; elsewhere it says how.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chromiumPath } from '../e2e/browser';

function tryInstallWithApt(packages: string[]): boolean {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return false;
  console.log(`Installing Debian packages: apt-get install -y ${packages.join(' ')}…`);
  const update = spawnSync('apt-get', ['update'], { stdio: 'inherit' });
  if (update.status !== 0) return false;
  const install = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', ...packages], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return install.status === 0;
}

function hasCommand(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

if (!hasCommand('pdftotext') || !hasCommand('pdftoppm')) {
  if (!tryInstallWithApt(['poppler-utils'])) {
    console.error('The print tests need poppler (pdftotext, pdfinfo, pdftoppm): apt-get install -y poppler-utils, or brew install poppler.');
    process.exit(1);
  }
}

const path = chromiumPath();
if (existsSync(path)) {
  console.log(`Browser tests use Chromium at ${path}`);
} else if (tryInstallWithApt(['chromium']) && existsSync(chromiumPath())) {
  console.log(`Installed Chromium at ${chromiumPath()}`);
} else {
  console.error(
    [
      `No Chromium at ${path}; the browser tests need one.`,
      '  Debian/Ubuntu:  sudo apt-get install -y chromium',
      '  elsewhere:      npx playwright install chromium   (then set CHROMIUM_PATH to the browser it prints, or leave it unset to use Playwright\'s own)',
      '  or point CHROMIUM_PATH at any Chromium or Chrome binary.',
    ].join('\n'),
  );
  process.exit(1);
}
