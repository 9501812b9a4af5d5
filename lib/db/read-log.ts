import { sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Queryable } from './client';

/** A row's version: its xmin, which any change to the row (or a new row in its place) changes. */
export const rowVersion = (table: PgTable): SQL<string> => sql<string>`${table}.xmin::text`;

/**
 * What a write's plan read, to tell afterwards in one statement whether any of it changed. Each read is logged with
 * the rows it returned, by key and version, and a query giving the keys and versions of the rows it would return
 * now; when every read would return the same rows in the same versions, it would return the same data, and so would
 * the reads that took their parameters from it: a plan made from them then is the plan made now.
 */
export class ReadLog {
  private readonly reads: Array<{ now: SQL; seen: string[] }> = [];

  /** `now`: a query of two text columns, `row_key` and `row_version`, over the rows the read would return now. */
  add(now: SQL, seen: Array<{ key: string; version: string }>): void {
    this.reads.push({ now, seen: seen.map((r) => `${r.key}@${r.version}`) });
  }

  /** Whether every read would return what it returned. */
  async unchanged(db: Queryable): Promise<boolean> {
    if (this.reads.length === 0) return true;
    const union = sql.join(
      this.reads.map((read, i) => sql`(select ${i}::int as read, q.row_key, q.row_version from (${read.now}) as q)`),
      sql` union all `,
    );
    const { rows } = (await db.execute(union)) as unknown as { rows: Array<{ read: number; row_key: string; row_version: string }> };
    const now = this.reads.map((): string[] => []);
    for (const row of rows) now[row.read]!.push(`${row.row_key}@${row.row_version}`);
    return this.reads.every((read, i) => {
      if (now[i]!.length !== read.seen.length) return false;
      const seen = [...read.seen].sort();
      return now[i]!.sort().every((pair, j) => pair === seen[j]);
    });
  }
}
