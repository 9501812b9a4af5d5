import { describe, expect, it } from 'vitest';
import { snapshotWindow } from './snapshot';

describe('the window of a printed snapshot', () => {
  it.each([
    ['the view\'s own window, exactly', { from: '2019-06-01', to: '2021-06-01' }, { from: '2020-01-19', to: '2020-01-19' }, { start: '2019-06-01', end: '2021-06-01' }],
    ['a single day with a month around it', { from: null, to: null }, { from: '2020-01-19', to: '2020-01-19' }, { start: '2020-01-04', end: '2020-02-03' }],
    ['every dated event with a margin', { from: null, to: null }, { from: '2017-10-09', to: '2022-05-10' }, { start: '2017-08-03', end: '2022-07-16' }],
    ['a margin that stops at the first day an address may carry', { from: null, to: null }, { from: '1900-01-01', to: '2036-12-04' }, { start: '1900-01-01', end: '2042-05-27' }],
  ])('%s', (_, view, extent, window) => {
    expect(snapshotWindow(view, extent)).toEqual(window);
  });
});
