import { existsSync } from 'node:fs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** CHROMIUM_PATH wins; otherwise Debian's package. When the file is missing, Playwright launches its own download. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || DEBIAN_CHROMIUM;
}

/** Launch options for a system Chromium running as root in a container without a network. */
export function chromiumLaunchOptions() {
  const executablePath = chromiumPath();
  return {
    executablePath: existsSync(executablePath) ? executablePath : undefined,
    args: [
      '--no-sandbox',
      '--disable-dev-shm-usage',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  };
}
