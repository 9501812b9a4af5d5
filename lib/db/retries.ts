/** PostgreSQL's deadlock and serialization-failure codes: the transaction was rolled back and may simply run again. */
const RETRYABLE = new Set(['40P01', '40001']);

/** The PostgreSQL error code of an error or of the error it wraps (drizzle wraps the driver's). */
export function errorCode(error: unknown): string | null {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 6; e = (e as { cause?: unknown }).cause, depth++) {
    const c = (e as { code?: unknown }).code;
    if (typeof c === 'string') return c;
  }
  return null;
}

/**
 * Runs a transaction again when PostgreSQL rolled it back to break a deadlock between writers (each write takes its
 * locks as it learns what it touches, so two writers can wait for each other), after a short random pause.
 */
export async function withRetries<T>(run: () => Promise<T>, attempts = 8): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= attempts || !RETRYABLE.has(errorCode(error) ?? '')) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}
