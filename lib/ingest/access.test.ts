import { describe, expect, it } from 'vitest';
import type { Peer } from '@/lib/http/peer';
import { decideWriteAccess } from './access';

const peer = (address: string, proxyHeaders: Record<string, string> = {}): Peer => ({ address, proxyHeaders });

describe('decideWriteAccess', () => {
  it.each([
    ['the right token, from anywhere', 'secret', 'Bearer secret', peer('203.0.113.9'), false, true],
    ['the right token through a trusted proxy', 'secret', 'Bearer secret', peer('10.0.0.2', { 'x-forwarded-for': '203.0.113.9' }), true, true],
    ['a wrong token', 'secret', 'Bearer nope', peer('127.0.0.1'), false, false],
    ['no token when one is required, even locally', 'secret', null, peer('127.0.0.1'), false, false],
    ['a local peer when no token is set', undefined, null, peer('127.0.0.1'), false, true],
    ['a local IPv6 peer when no token is set', undefined, null, peer('::1'), false, true],
    ['an IPv4-mapped local peer', undefined, null, peer('::ffff:127.0.0.1'), false, true],
    ['a remote peer when no token is set', undefined, null, peer('203.0.113.9'), false, false],
    ['a remote peer claiming to be local in X-Forwarded-For', undefined, null, peer('203.0.113.9', { 'x-forwarded-for': '127.0.0.1' }), false, false],
    ['a remote peer claiming "localhost"', undefined, null, peer('::ffff:192.0.2.2', { 'x-forwarded-for': 'localhost' }), false, false],
    ['a local peer forwarding for someone else (a proxy on this machine)', undefined, null, peer('127.0.0.1', { 'x-forwarded-for': '203.0.113.9' }), false, false],
    ['a local peer with a Forwarded header', undefined, null, peer('127.0.0.1', { forwarded: 'for=127.0.0.1' }), false, false],
    ['a local peer when proxies are trusted', undefined, null, peer('127.0.0.1'), true, false],
    ['an unknown peer (no server recorded it)', undefined, null, null, false, false],
  ])('%s', (_name, token, authorization, who, proxiesTrusted, allowed) => {
    const decision = decideWriteAccess({ token, authorization, peer: who, proxiesTrusted });
    expect(decision.ok).toBe(allowed);
    if (!decision.ok) expect(decision.message).toMatch(/INGEST_TOKEN/);
  });
});
