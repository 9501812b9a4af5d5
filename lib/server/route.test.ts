import { describe, expect, it, vi } from 'vitest';
import { DatabaseUnavailableError } from '@/lib/db/availability';
import { failureResponse, handled } from './route';

const wrapped = (cause: unknown) => Object.assign(new Error('Failed query: select 1'), { cause });

describe('answers to failed requests', () => {
  it.each([
    ['the database could not be opened', new DatabaseUnavailableError('The database could not be opened: ENOENT')],
    ['a refused connection inside a driver error', wrapped(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))],
    ['a server shutting down', wrapped(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))],
    ['a dropped connection', wrapped(new Error('Connection terminated unexpectedly'))],
    ['a statement timeout', wrapped(Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' }))],
  ])('%s is a 503 to retry, saying so', async (_name, error) => {
    const response = failureResponse(error);
    expect(response.status).toBe(503);
    expect(response.headers.get('Retry-After')).toBe('5');
    expect(await response.json()).toMatchObject({ errors: [{ field: '(database)' }] });
  });

  it('anything else is a 500 with a message, and is logged', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = await handled(async () => {
      throw new TypeError('boom');
    })();
    expect(response.status).toBe(500);
    expect((await response.json()).error).toMatch(/unexpected error/);
    expect(log).toHaveBeenCalledWith(expect.objectContaining({ message: 'boom' }));
    log.mockRestore();
  });
});
