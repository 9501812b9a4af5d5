/** The two servers the browser tests run against, both on the one production build. */
import { execFileSync } from 'node:child_process';

/**
 * Ports nobody listens on now, found by letting the kernel pick them. Playwright loads its configuration in the main
 * process and again in every worker; the workers inherit the main process's environment, so the ports are found
 * once, written to E2E_PORT and E2E_SYNTHETIC_PORT, and read back everywhere else.
 */
function freePorts(count: number): number[] {
  const script = `
    const net = require('node:net');
    const servers = Array.from({ length: ${count} }, () => net.createServer());
    let listening = 0;
    for (const server of servers) server.listen(0, () => {
      if (++listening < servers.length) return;
      console.log(servers.map((s) => s.address().port).join(','));
      for (const s of servers) s.close();
    });`;
  return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim().split(',').map(Number);
}

if (!process.env.E2E_PORT) {
  const [seeded, synthetic] = freePorts(2) as [number, number];
  process.env.E2E_PORT = String(seeded);
  process.env.E2E_SYNTHETIC_PORT = String(synthetic);
}

/** The app on its seed corpus: E2E_PORT when set, otherwise a free port found at start. */
export const SEEDED_PORT = Number(process.env.E2E_PORT);

/** The app on a synthetic corpus dense enough for clusters; real and synthetic data never share a database. */
export const SYNTHETIC_PORT = Number(process.env.E2E_SYNTHETIC_PORT || SEEDED_PORT + 1);

/** Synthetic events in that corpus: a few thousand, so a zoomed-out window shows clusters. */
export const SYNTHETIC_EVENTS = 3000;
