/**
 * Finds the Chromium the browser tests drive. Playwright's own browser download cannot reach its host on every
 * machine, so the tests use a system Chromium; on Debian as root this installs it, elsewhere it says how.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chromiumPath } from '../e2e/browser';

function tryInstallWithApt(): boolean {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return false;
  console.log('Chromium not found: installing Debian\'s chromium package (apt-get install -y chromium)…');
  const update = spawnSync('apt-get', ['update'], { stdio: 'inherit' });
  if (update.status !== 0) return false;
  const install = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return install.status === 0;
}

const path = chromiumPath();
if (existsSync(path)) {
  console.log(`Browser tests use Chromium at ${path}`);
} else if (tryInstallWithApt() && existsSync(chromiumPath())) {
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
