import { describe, expect, it } from 'vitest';
import { decideWriteAccess } from './access';

describe('decideWriteAccess', () => {
  it.each([
    ['the right token', 'secret', 'Bearer secret', '203.0.113.9', true],
    ['a wrong token', 'secret', 'Bearer nope', '127.0.0.1', false],
    ['no token when one is required, even locally', 'secret', null, '127.0.0.1', false],
    ['a local peer when no token is set', undefined, null, '127.0.0.1', true],
    ['a local IPv6 peer when no token is set', undefined, null, '::1', true],
    ['an IPv4-mapped local peer', undefined, null, '::ffff:127.0.0.1', true],
    ['a remote peer when no token is set', undefined, null, '203.0.113.9', false],
    ['an unknown peer when no token is set', undefined, null, null, false],
  ])('%s', (_name, token, authorization, peer, allowed) => {
    expect(decideWriteAccess({ token, authorization, peerAddress: peer }).ok).toBe(allowed);
  });
});
