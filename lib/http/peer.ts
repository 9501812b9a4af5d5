import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage } from 'node:http';

/**
 * What the server's own socket knows about a request, taken before Next.js handles it: Next fills X-Forwarded-For,
 * -Host and -Proto itself when a client leaves them out, so a route cannot tell a client's claim from the socket's.
 */
export interface Peer {
  /** The socket's remote address. */
  address: string;
  /** Proxy headers the request arrived with (lower case), as sent: trusted only when TRUSTED_PROXIES says so. */
  proxyHeaders: Record<string, string>;
  /** The server's own address and port the request came in on: where the server can reach itself. */
  local?: { address: string; port: number };
}

/** Headers by which a proxy, or a client pretending to be one, speaks for another address, host or scheme. */
export const PROXY_HEADERS = [
  'forwarded', 'x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'x-real-ip',
  'x-client-ip', 'true-client-ip', 'cf-connecting-ip', 'x-cluster-client-ip',
] as const;

// One store per process: the server (scripts/server.ts) and the bundled routes load this module separately.
const KEY = Symbol.for('diplomatic-timeline.peer');
const slot = globalThis as unknown as Record<symbol, AsyncLocalStorage<Peer> | undefined>;
const storage: AsyncLocalStorage<Peer> = (slot[KEY] ??= new AsyncLocalStorage<Peer>());

export function peerOf(request: Pick<IncomingMessage, 'socket' | 'headers'>): Peer {
  const proxyHeaders: Record<string, string> = {};
  for (const name of PROXY_HEADERS) {
    const value = request.headers[name];
    if (value !== undefined) proxyHeaders[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  const { localAddress, localPort } = request.socket;
  return { address: request.socket.remoteAddress ?? '', proxyHeaders, ...(localAddress && localPort ? { local: { address: localAddress, port: localPort } } : {}) };
}

/** Runs the handling of one request with its peer known to every route it reaches. */
export function withPeer<T>(peer: Peer, handle: () => T): T {
  return storage.run(peer, handle);
}

/** The peer of the request being handled; null when the app runs without scripts/server.ts (e.g. `next start`). */
export function currentPeer(): Peer | null {
  return storage.getStore() ?? null;
}
