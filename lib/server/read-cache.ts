import 'server-only';
import { VersionedCache } from '@/lib/db/versioned-cache';

const globalForCache = globalThis as unknown as { readCache?: VersionedCache };

/** The process's cache of expensive reads, emptied whenever the stored events change. */
export const readCache: VersionedCache = (globalForCache.readCache ??= new VersionedCache());
