import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, MODALITIES, PRECISIONS } from '@/lib/domain/event';
import { EVENT_TYPE_INFO } from '@/lib/domain/event-types';
import { confidenceLevel, itemStyle, legend, precisionStyle, statusStyle } from './legend';

describe('legend', () => {
  it('gives every type the registry colour and label, and only the types asked for', () => {
    const [types] = legend();
    expect(types!.entries.map((e) => e.key)).toEqual(EVENT_TYPES);
    for (const entry of types!.entries) {
      const info = EVENT_TYPE_INFO[entry.key as keyof typeof EVENT_TYPE_INFO];
      expect(entry.swatch.colour).toBe(info.colour);
      expect(entry.label).toEqual(info.label);
    }
    expect(legend(['visit', 'call'])[0]!.entries.map((e) => e.key)).toEqual(['visit', 'call']);
  });

  it('explains every drawing an item can have', () => {
    const sections = legend();
    const dates = sections.find((s) => s.key === 'dates')!.entries.map((e) => e.swatch.precision);
    const statuses = sections.find((s) => s.key === 'status')!.entries.map((e) => e.key);
    for (const precision of PRECISIONS) {
      expect(dates).toContain(precisionStyle({ precision, start: '2020-01-01', end: '2020-01-01' }));
      expect(dates).toContain(precisionStyle({ precision, start: '2020-01-01', end: '2020-03-31' }));
    }
    for (const modality of MODALITIES) expect(statuses).toContain(statusStyle(modality).key);
    for (const section of sections) for (const entry of section.entries) expect(entry.label.ar).toMatch(/[\u0600-\u06ff]/);
  });

  it('draws a planned event dashed, a cancelled one struck through, a vague one faint, an unsure one marked', () => {
    const date = { precision: 'year' as const, start: '2019-01-01', end: '2019-12-31', approximate: true };
    const style = itemStyle({ type: 'visit', modality: 'planned', date, confidence: 0.3 });
    expect(style).toMatchObject({ colour: EVENT_TYPE_INFO.visit.colour, precision: 'faint', approximate: true, lowConfidence: true });
    expect(style.status).toMatchObject({ filled: false, outline: 'dashed', struck: false });
    expect(statusStyle('cancelled')).toMatchObject({ struck: true, filled: false });
    expect(statusStyle('negated').key).toBe('cancelled');
    expect(itemStyle({ type: 'call', modality: 'occurred', date: { ...date, precision: 'day', end: date.start } }).precision).toBe('point');
    expect([0.2, 0.49, 0.5, 0.74, 0.75, 1].map(confidenceLevel)).toEqual(['low', 'low', 'medium', 'medium', 'high', 'high']);
  });
});
