import { describe, expect, it } from 'vitest';
import { DatabaseUnavailableError, describeFailure, isDatabaseUnavailable } from './availability';

describe('describeFailure', () => {
  it.each([
    [new Error('ENOENT: no such file'), 'ENOENT: no such file'],
    [{ message: 'Invalid FS bundle size' }, 'Invalid FS bundle size'],
    [{ errno: 44, code: 'ENOENT' }, 'code ENOENT, errno 44'],
    [{ errno: 44 }, 'errno 44'],
    [{ what: 'else' }, '{"what":"else"}'],
    ['text thrown', 'text thrown'],
    [undefined, 'undefined'],
  ])('says what was thrown in words, never «[object Object]»: %j', (thrown, expected) => {
    expect(describeFailure(thrown)).toBe(expected);
  });
  it('a database that could not be opened is unavailable, by name across bundles', () => {
    expect(isDatabaseUnavailable(new DatabaseUnavailableError('x'))).toBe(true);
    expect(isDatabaseUnavailable({ name: 'DatabaseUnavailableError' })).toBe(true);
    expect(isDatabaseUnavailable(new Error('syntax error'))).toBe(false);
  });
});
