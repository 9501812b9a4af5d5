import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Queryable } from './client';

/**
 * Many rows as one statement with one parameter: the rows as a JSON array, which the server spreads into the table's
 * row type (json_populate_recordset) — the nearest to COPY that runs the same on PGlite and through node-postgres.
 * A multi-row VALUES list costs the query builder and the driver work for every bound value (a batch of events has
 * ~16,000); one JSON text costs neither, and the server parses it in C.
 */
function jsonRows<T extends PgTable>(table: T, rows: Array<T['$inferInsert']>): { columns: SQL; json: string } {
  const byKey = getTableColumns(table) as Record<string, { name: string }>;
  // Every row has the fields of the first; a field it leaves undefined is left to the column's default.
  const keys = Object.keys(rows[0]!).filter((k) => (rows[0] as Record<string, unknown>)[k] !== undefined);
  const names = keys.map((k) => {
    const column = byKey[k];
    if (!column) throw new Error(`${k} is not a column of the table.`);
    return column.name;
  });
  const json = JSON.stringify(rows.map((row) => Object.fromEntries(keys.map((k, i) => [names[i], (row as Record<string, unknown>)[k] ?? null]))));
  return { columns: sql.join(names.map((name) => sql.identifier(name)), sql`, `), json };
}

/** Rows as a relation of the table's row type, to select from or join (the columns of `rows[0]` set, the rest null). */
export function jsonRecords<T extends PgTable>(table: T, rows: Array<T['$inferInsert']>): SQL {
  return sql`json_populate_recordset(null::${table}, ${jsonRows(table, rows).json}::json)`;
}

/** Inserts rows in one statement; `onConflict` is the statement's ON CONFLICT clause, if any. */
export async function insertRows<T extends PgTable>(db: Queryable, table: T, rows: Array<T['$inferInsert']>, onConflict?: SQL): Promise<void> {
  if (rows.length === 0) return;
  const { columns, json } = jsonRows(table, rows);
  await db.execute(sql`insert into ${table} (${columns}) select ${columns} from json_populate_recordset(null::${table}, ${json}::json) ${onConflict ?? sql``}`);
}

/**
 * A list of texts as one parameter the planner can see through (`column = any(textArray(ids))`): a JSON list read
 * by a set-returning function looks to it like a hundred rows, which makes it scan a large table for a few ids.
 */
export function textArray(values: string[]): SQL {
  return sql`${`{${values.map((v) => `"${v.replace(/[\\"]/g, (ch) => `\\${ch}`)}"`).join(',')}}`}::text[]`;
}
