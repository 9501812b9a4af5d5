/**
 * The app's HTTP server: Next.js behind a plain Node server that records each request's socket peer before any
 * header can speak for it (lib/http/peer.ts). `npm run serve` and the tests' servers start it.
 * usage: tsx scripts/server.ts [--port P] [--hostname H] [--dev]
 */
import { createServer } from 'node:http';
import next from 'next';
import { peerOf, withPeer } from '@/lib/http/peer';
import { readSettings } from '@/lib/server/settings';
import { parseArgs, runCli, UsageError } from './cli-args';

runCli(async () => {
  const { positional, flags } = parseArgs(process.argv.slice(2), ['port', 'hostname'], ['dev']);
  if (positional.length) throw new UsageError(`Unexpected argument ${positional[0]}.`);
  const port = Number(flags.get('port') ?? process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port must be a port number.');
  // Not HOSTNAME from the environment: containers set it to their own name, which would hide the server from localhost.
  const hostname = flags.get('hostname');
  const dev = flags.has('dev');
  // A setting that cannot be read stops the server here rather than failing requests later.
  const settings = readSettings(process.env);
  const app = next({ dev, hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = createServer((request, response) => withPeer(peerOf(request), () => handle(request, response)));
  await new Promise<void>((resolve) => server.listen(port, hostname, resolve));
  console.log(`Listening on http://${hostname ?? 'localhost'}:${port} (${dev ? 'development' : 'production'})`);
  console.log(settings.pdfChromium ? `PDF downloads of snapshots: on (Chromium at ${settings.pdfChromium})` : 'PDF downloads of snapshots: off (set PDF_CHROMIUM=/usr/bin/chromium, or another Chromium, to turn them on)');
  // Stops taking requests and ends idle keep-alive connections, so a stop takes no longer than the requests in flight.
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}, 'usage: tsx scripts/server.ts [--port P] [--hostname H] [--dev]');
