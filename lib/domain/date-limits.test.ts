import { describe, expect, it } from 'vitest';
import { eventHorizon, isCalendarDay, isReadableRange, publicationOutOfRange } from './date-limits';

describe('date limits', () => {
  it.each([
    ['2024-02-29', true], ['2023-02-29', false], ['1900-01-01', true], ['10000-01-01', false], ['0000-01-01', true], ['2024-13-01', false], ['2024-1-01', false],
  ])('%s is a calendar day: %s', (day, expected) => {
    expect(isCalendarDay(day)).toBe(expected);
  });

  it.each([
    ['1900-01-01', '9999-12-31', true], ['1899-12-31', '1900-01-01', false], ['2020-01-02', '2020-01-01', false], ['2020-01-01', '10000-01-01', false], ['0001-01-01', '0001-01-01', false],
  ])('%s..%s can be drawn: %s', (start, end, expected) => {
    expect(isReadableRange(start, end)).toBe(expected);
  });

  it('lets an event reach ten years past its publication, or past the day it was stored when that is unknown', () => {
    expect(eventHorizon('2022-05-11', '2026-11-30')).toBe('2032-05-11');
    expect(eventHorizon('2022-05', '2026-11-30')).toBe('2032-05-31');
    expect(eventHorizon('2024-02-29', '2026-11-30')).toBe('2034-02-28');
    expect(eventHorizon(null, '2026-11-30')).toBe('2036-11-30');
  });

  it('accepts publication dates from 1900 to a day after today', () => {
    expect(publicationOutOfRange('1900-01', '2026-11-30')).toBeNull();
    expect(publicationOutOfRange('2026-12-01', '2026-11-30')).toBeNull();
    expect(publicationOutOfRange('1899-12-31', '2026-11-30')).toMatch(/before 1900/);
    expect(publicationOutOfRange('2026-12-02', '2026-11-30')).toMatch(/after today/);
  });
});
