import { timingSafeEqual } from 'node:crypto';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+|localhost)$/i;

export type AccessDecision = { ok: true } | { ok: false; status: 401 | 403; message: string };

/**
 * Who may write: with INGEST_TOKEN set, whoever sends it as a bearer token; without it, only the local machine
 * (the peer address the server saw; put the app behind a token before exposing it through a proxy).
 */
export function decideWriteAccess(options: { token: string | undefined; authorization: string | null; peerAddress: string | null }): AccessDecision {
  if (options.token) {
    const given = /^Bearer\s+(.+)$/i.exec(options.authorization ?? '')?.[1]?.trim() ?? '';
    const a = Buffer.from(given);
    const b = Buffer.from(options.token);
    if (a.length === b.length && timingSafeEqual(a, b)) return { ok: true };
    return { ok: false, status: 401, message: 'This server needs a token to add articles: send "Authorization: Bearer <INGEST_TOKEN>".' };
  }
  const peer = (options.peerAddress ?? '').split(',')[0]!.trim();
  if (LOOPBACK.test(peer)) return { ok: true };
  return { ok: false, status: 403, message: 'Without INGEST_TOKEN set on the server, articles can only be added from the machine it runs on.' };
}
