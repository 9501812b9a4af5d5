import { inArray } from 'drizzle-orm';
import type { Queryable } from './client';
import { entities } from './schema';

/** The English and Arabic names of the entities with these ids (those that exist). */
export async function entityNames(db: Queryable, ids: string[]): Promise<Map<string, { en: string; ar: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: entities.id, nameEn: entities.nameEn, nameAr: entities.nameAr }).from(entities).where(inArray(entities.id, ids));
  return new Map(rows.map((e) => [e.id, { en: e.nameEn, ar: e.nameAr }]));
}
