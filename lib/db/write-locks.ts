import { sql } from 'drizzle-orm';
import type { Queryable } from './client';

/** A 32-bit hash of a text (murmur-style mixing of its UTF-16 units), one of two halves of a key's number. */
function hash32(text: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 0x5bd1e995);
    h ^= h >>> 15;
  }
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * A name as a 52-bit number: the blocking keys reports are indexed by, and the advisory locks writes take. Two names
 * sharing a number only make a write look at a report it did not need to, or wait for one it did not need to. A
 * batch of 100 articles names ~20,000 keys, so the hash is a cheap one (a SHA-1 of each, remembered within a bound
 * the keys outgrew, took ~1 ms an article).
 */
export function keyNumber(name: string): number {
  return (hash32(name, 0x9747b28c) & 0xfffff) * 2 ** 32 + hash32(name, 0x3c6ef372);
}

/** Every write holds it shared; `npm run reextract` holds it alone while it switches to the new analyses. */
const CORPUS = keyNumber('corpus');

/** What a write locks besides the keys of its reports: the trees it re-derives and the ids it numbers. */
export const treeLock = (treeId: string): number => keyNumber(`tree:${treeId}`);
export const idLock = (baseId: string): number => keyNumber(`id:${baseId}`);

/** A write transaction may run as long as it needs (reads on PostgreSQL run under a statement timeout). */
async function liftTimeout(tx: Queryable): Promise<void> {
  await tx.execute(sql`set local statement_timeout = 0`);
}

/** Takes the corpus for a transaction alone: no other write runs until it commits. */
export async function lockCorpus(tx: Queryable): Promise<void> {
  await liftTimeout(tx);
  await tx.execute(sql`select pg_advisory_xact_lock(${CORPUS})`);
}

/**
 * The locks of one write transaction: the corpus shared, then the keys of what it touches, taken in ascending order
 * batch by batch, each alone or shared (a report's date locks its own bucket alone and the wider ones shared:
 * corpus-merge.ts `blockingKeys`). Writers of unrelated articles take keys that do not conflict and run side by side
 * on PostgreSQL; PGlite runs one transaction at a time anyway.
 */
export class WriteLocks {
  /** Each key held, and whether alone. */
  private readonly held = new Map<number, boolean>();

  private constructor(
    private readonly tx: Queryable,
    private readonly shared: boolean,
  ) {}

  /** `shared`: whether other connections write too (client.ts sharedWriters); without them, no key is needed. */
  static async open(tx: Queryable, shared: boolean): Promise<WriteLocks> {
    await liftTimeout(tx);
    if (shared) await tx.execute(sql`select pg_advisory_xact_lock_shared(${CORPUS})`);
    return new WriteLocks(tx, shared);
  }

  /**
   * Takes the keys not held yet (a key asked for both ways is taken alone; one held shared and now asked for alone
   * is taken alone as well); true when it took any (what was read before them may have changed).
   */
  async take(alone: Iterable<number>, shared: Iterable<number> = []): Promise<boolean> {
    if (!this.shared) return false;
    const wanted = new Map<number, boolean>();
    for (const k of shared) wanted.set(k, false);
    for (const k of alone) wanted.set(k, true);
    const missing = [...wanted].filter(([k, a]) => !this.held.has(k) || (a && !this.held.get(k))).sort((x, y) => x[0] - y[0]);
    if (missing.length === 0) return false;
    // unnest yields the arrays in order, so the locks are taken in ascending order.
    await this.tx.execute(sql`select case when a then pg_advisory_xact_lock(k) else pg_advisory_xact_lock_shared(k) end
      from unnest(${`{${missing.map(([k]) => k).join(',')}}`}::bigint[], ${`{${missing.map(([, a]) => a).join(',')}}`}::boolean[]) as t(k, a)`);
    for (const [k, a] of missing) this.held.set(k, a || this.held.get(k) === true);
    return true;
  }
}
