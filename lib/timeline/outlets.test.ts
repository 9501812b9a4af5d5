import { describe, expect, it } from 'vitest';
import { independentOutlets } from './outlets';

describe('independentOutlets', () => {
  it.each([
    [[], 0],
    [[{ id: 'a', outlet: 'Echorouk' }], 1],
    [[{ id: 'a', outlet: 'Echorouk' }, { id: 'b', outlet: 'echorouk ' }], 1],
    [[{ id: 'a', outlet: 'Echorouk' }, { id: 'b', outlet: 'Sputnik' }], 2],
    [[{ id: 'a', outlet: null }, { id: 'b', outlet: null }], 2],
  ])('%j → %i', (sources, expected) => {
    expect(independentOutlets(sources)).toBe(expected);
  });
});
