import { existsSync, statSync } from 'node:fs';
import { parseTrustedProxies, type TrustedProxies } from '@/lib/http/client';
import { parseRate, type Rate } from '@/lib/http/rate-limit';

/** What the server's environment decides about access, links and limits. Read once per process. */
export interface ServerSettings {
  /** INGEST_TOKEN: when set, every write needs it. */
  ingestToken: string | undefined;
  /** TRUSTED_PROXIES: the proxies whose X-Forwarded-* headers are believed; none by default. */
  trustedProxies: TrustedProxies;
  /** PUBLIC_URL: the address people use, for absolute links and the same-origin check. */
  publicUrl: string | null;
  /** WRITE_RATE_LIMIT, per client: adding and removing articles. */
  writeRate: Rate;
  /** PREVIEW_RATE_LIMIT, per client: previews run the engine for anyone. */
  previewRate: Rate;
  /** READ_TIMEOUT_MS: PostgreSQL cancels a read query that runs longer. */
  readTimeoutMs: number;
  /** PDF_CHROMIUM: the Chromium that prints snapshots to PDF on the server; unset, the server makes no PDFs. */
  pdfChromium: string | null;
}

function readPublicUrl(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.origin;
  } catch {
    // reported below
  }
  throw new Error(`PUBLIC_URL: "${value}" is not an http or https address.`);
}

function readTimeout(value: string | undefined): number {
  if (!value) return 5000;
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms < 1) throw new Error(`READ_TIMEOUT_MS: "${value}" is not a number of milliseconds.`);
  return ms;
}

function readChromium(value: string | undefined): string | null {
  if (!value) return null;
  if (!existsSync(value) || !statSync(value).isFile()) throw new Error(`PDF_CHROMIUM: "${value}" is not a file (give the path of a Chromium binary, such as /usr/bin/chromium).`);
  return value;
}

/** Reads and checks the settings; throws naming the one that cannot be read. */
export function readSettings(env: NodeJS.ProcessEnv): ServerSettings {
  return {
    ingestToken: env.INGEST_TOKEN || undefined,
    trustedProxies: parseTrustedProxies(env.TRUSTED_PROXIES),
    publicUrl: readPublicUrl(env.PUBLIC_URL),
    writeRate: parseRate('WRITE_RATE_LIMIT', env.WRITE_RATE_LIMIT, { requests: 60, seconds: 60 }),
    previewRate: parseRate('PREVIEW_RATE_LIMIT', env.PREVIEW_RATE_LIMIT, { requests: 30, seconds: 60 }),
    readTimeoutMs: readTimeout(env.READ_TIMEOUT_MS),
    pdfChromium: readChromium(env.PDF_CHROMIUM),
  };
}

const slot = globalThis as unknown as { serverSettings?: { source: string; settings: ServerSettings } };

/** The process's settings, read again only when the environment they come from changes (tests change it). */
export function serverSettings(): ServerSettings {
  const env = process.env;
  const source = JSON.stringify([env.INGEST_TOKEN, env.TRUSTED_PROXIES, env.PUBLIC_URL, env.WRITE_RATE_LIMIT, env.PREVIEW_RATE_LIMIT, env.READ_TIMEOUT_MS, env.PDF_CHROMIUM]);
  if (slot.serverSettings?.source !== source) slot.serverSettings = { source, settings: readSettings(env) };
  return slot.serverSettings.settings;
}
