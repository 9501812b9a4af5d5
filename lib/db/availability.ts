/** A database that cannot be opened or reached: requests answer 503 until it is back. */
export class DatabaseUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseUnavailableError';
  }
}

/** Socket errors and PostgreSQL's connection-exception, shutdown and too-many-connections codes. */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE',
  '08000', '08001', '08003', '08004', '08006', '08P01', '57P01', '57P02', '57P03', '53300',
]);
/** What node-postgres says when a connection drops or cannot be made in time, and PGlite once it is closed. */
const UNREACHABLE_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection is closed|PGlite is closed/i;

/** The error and the errors it wraps (Drizzle wraps the driver's in `cause`). */
function* chain(error: unknown): Generator<{ name?: unknown; code?: unknown; message?: unknown }> {
  let current = error;
  for (let depth = 0; depth < 6 && current && typeof current === 'object'; depth++) {
    yield current as { name?: unknown; code?: unknown; message?: unknown };
    current = (current as { cause?: unknown }).cause;
  }
}

export function isDatabaseUnavailable(error: unknown): boolean {
  for (const e of chain(error)) {
    // By name: the routes and the proxy are bundled apart, each with its own copy of the class.
    if (e.name === 'DatabaseUnavailableError') return true;
    if (typeof e.code === 'string' && UNREACHABLE_CODES.has(e.code)) return true;
    if (typeof e.message === 'string' && UNREACHABLE_MESSAGES.test(e.message)) return true;
  }
  return false;
}

/** PostgreSQL cancelled the query: it ran past statement_timeout. */
export function isQueryTimeout(error: unknown): boolean {
  for (const e of chain(error)) if (e.code === '57014') return true;
  return false;
}

/**
 * What went wrong, in words, whatever was thrown: PGlite and Emscripten throw plain objects («[object Object]» as a
 * string), with a message, an error code or an errno.
 */
export function describeFailure(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (error && typeof error === 'object') {
    const { message, code, errno } = error as { message?: unknown; code?: unknown; errno?: unknown };
    if (typeof message === 'string' && message) return message;
    const parts = [typeof code === 'string' || typeof code === 'number' ? `code ${code}` : null, typeof errno === 'number' ? `errno ${errno}` : null].filter(Boolean);
    if (parts.length) return parts.join(', ');
    try { return JSON.stringify(error); } catch { return Object.prototype.toString.call(error); }
  }
  return String(error);
}
