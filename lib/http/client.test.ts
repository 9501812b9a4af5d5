import { describe, expect, it } from 'vitest';
import { clientAddress, isLoopback, parseTrustedProxies } from './client';

describe('isLoopback', () => {
  it.each([
    ['127.0.0.1', true], ['127.5.6.7', true], ['::1', true], ['::ffff:127.0.0.1', true], ['[::1]', true],
    ['192.0.2.2', false], ['::ffff:192.0.2.2', false], ['localhost', false], ['', false], ['127.0.0.1, 1.2.3.4', false],
  ])('%s → %s', (address, expected) => {
    expect(isLoopback(address)).toBe(expected);
  });
});

describe('clientAddress', () => {
  const none = parseTrustedProxies(undefined);
  const proxies = parseTrustedProxies('10.0.0.0/8, ::1');

  it('is the socket peer when no proxy is trusted, whatever the headers say', () => {
    expect(clientAddress({ address: '::ffff:203.0.113.9', proxyHeaders: { 'x-forwarded-for': '127.0.0.1' } }, none)).toBe('203.0.113.9');
  });

  it('reads X-Forwarded-For from the right, past trusted proxies only', () => {
    const peer = { address: '10.1.2.3', proxyHeaders: { 'x-forwarded-for': '127.0.0.1, 198.51.100.7, 10.9.9.9' } };
    expect(clientAddress(peer, proxies)).toBe('198.51.100.7');
  });

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', () => {
    expect(clientAddress({ address: '198.51.100.7', proxyHeaders: { 'x-forwarded-for': '10.0.0.1' } }, proxies)).toBe('198.51.100.7');
  });

  it('is null when nothing recorded the peer', () => {
    expect(clientAddress(null, proxies)).toBeNull();
  });

  it.each(['10.0.0.0/33', 'proxy.example', '300.1.1.1'])('refuses the setting %s, naming it', (setting) => {
    expect(() => parseTrustedProxies(setting)).toThrow(setting);
  });
});
