/**
 * Finds what the browser tests need: a Chromium (CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own
 * download, which cannot reach its host on every machine) and poppler's pdftotext/pdfinfo/pdftoppm for the print tests.
 * On Debian as root it installs what is missing; elsewhere it says how.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chromium } from '@playwright/test';
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

const wanted = chromiumPath();
// Playwright's own download, when `npx playwright install chromium` has fetched it: e2e/browser.ts falls back to it.
const bundled = chromium.executablePath();
if (existsSync(wanted)) {
  console.log(`Browser tests use Chromium at ${wanted}`);
} else if (!process.env.CHROMIUM_PATH && existsSync(bundled)) {
  console.log(`No Chromium at ${wanted}; browser tests use Playwright's own at ${bundled}`);
} else if (!process.env.CHROMIUM_PATH && tryInstallWithApt(['chromium']) && existsSync(wanted)) {
  console.log(`Installed Chromium at ${wanted}`);
} else {
  console.error(
    [
      `No Chromium at ${wanted}${process.env.CHROMIUM_PATH ? ' (CHROMIUM_PATH)' : ''}; the browser tests need one.`,
      '  Debian/Ubuntu:  sudo apt-get install -y chromium',
      '  elsewhere:      npx playwright install chromium   (used when CHROMIUM_PATH is unset and /usr/bin/chromium is missing)',
      '  or point CHROMIUM_PATH at any Chromium or Chrome binary.',
    ].join('\n'),
  );
  process.exit(1);
}
