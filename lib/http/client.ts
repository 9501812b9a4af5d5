import { BlockList, isIP } from 'node:net';
import type { Peer } from './peer';

/** An address as written by the socket or a header, without IPv6 brackets, zone or the IPv4-mapped prefix. */
export function normaliseAddress(address: string): string {
  const bare = address.trim().replace(/^\[(.*)\](:\d+)?$/, '$1').replace(/%.*$/, '');
  return /^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(bare) ? bare.slice(7) : bare;
}

const loopback = new BlockList();
loopback.addSubnet('127.0.0.0', 8, 'ipv4');
loopback.addAddress('::1', 'ipv6');

function family(address: string): 'ipv4' | 'ipv6' | null {
  const kind = isIP(address);
  return kind === 4 ? 'ipv4' : kind === 6 ? 'ipv6' : null;
}

export function isLoopback(address: string): boolean {
  const bare = normaliseAddress(address);
  const kind = family(bare);
  return kind !== null && loopback.check(bare, kind);
}

/** The proxies whose forwarding headers are believed (TRUSTED_PROXIES: addresses and CIDR ranges, comma-separated). */
export interface TrustedProxies {
  /** True when any proxy is trusted at all. */
  readonly any: boolean;
  includes(address: string): boolean;
}

/** Reads TRUSTED_PROXIES; throws naming the entry it cannot read. */
export function parseTrustedProxies(setting: string | undefined): TrustedProxies {
  const list = new BlockList();
  const entries = (setting ?? '').split(',').map((entry) => entry.trim()).filter(Boolean);
  for (const entry of entries) {
    const [address, bits] = entry.split('/') as [string, string | undefined];
    const kind = family(normaliseAddress(address));
    const prefix = bits === undefined ? null : Number(bits);
    if (!kind || (prefix !== null && (!Number.isInteger(prefix) || prefix < 0 || prefix > (kind === 'ipv4' ? 32 : 128)))) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range (e.g. 10.0.0.5, 10.0.0.0/8, ::1).`);
    }
    if (prefix === null) list.addAddress(normaliseAddress(address), kind);
    else list.addSubnet(normaliseAddress(address), prefix, kind);
  }
  return {
    any: entries.length > 0,
    includes(address: string) {
      const bare = normaliseAddress(address);
      const kind = family(bare);
      return kind !== null && list.check(bare, kind);
    },
  };
}

/**
 * Who sent a request: the socket's peer, unless that peer is a trusted proxy, in which case the nearest address in
 * X-Forwarded-For that is not one (read from the right: each proxy appends what it saw). Null when unknown.
 */
export function clientAddress(peer: Peer | null, trusted: TrustedProxies): string | null {
  if (!peer) return null;
  let client = normaliseAddress(peer.address);
  if (!trusted.includes(client)) return client || null;
  const hops = (peer.proxyHeaders['x-forwarded-for'] ?? '').split(',').map(normaliseAddress).filter(Boolean);
  while (hops.length > 0 && trusted.includes(client)) client = hops.pop()!;
  return client || null;
}
