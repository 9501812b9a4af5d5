/** Table-driven corpus: one case per line of corpus.tsv. The [bracketed] part of the expression is the expected mention. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PublicationDate } from '@/lib/domain/event';
import { findTemporalMentions, type Tense } from './index';

interface Case {
  line: number;
  raw: string;
  text: string;
  phrase: string | null;
  published: PublicationDate | null;
  tense: Tense | null;
  start: string;
  end: string;
  precision: string;
  approximate: string;
  mod: string;
  note: string;
}

function load(): Case[] {
  const lines = readFileSync(path.join(__dirname, 'corpus.tsv'), 'utf8').split('\n');
  const cases: Case[] = [];
  lines.forEach((l, i) => {
    if (i === 0 || l.trim() === '' || l.startsWith('#')) return;
    const [raw = '', pub = '-', tense = '-', start = '', end = '', precision = '-', approximate = '-', mod = '-', note = ''] = l.split('\t');
    const m = /\[([^\]]+)\]/.exec(raw);
    const published: PublicationDate | null =
      pub === '-' ? null : { value: pub, precision: /^\d{4}-\d{2}-\d{2}$/.test(pub) ? 'day' : 'month' };
    cases.push({
      line: i + 1, raw, text: raw.replace(/[[\]]/g, ''), phrase: m?.[1] ?? null, published,
      tense: tense === '-' ? null : (tense as Tense), start, end, precision, approximate, mod, note,
    });
  });
  return cases;
}

const cases = load();

describe('temporal corpus', () => {
  it('has at least 250 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(250);
  });

  it.each(cases.map((c) => [`${c.line}: ${c.note} — ${c.raw}`, c] as const))('%s', (_name, c) => {
    const tense = c.tense;
    const mentions = findTemporalMentions(c.text, c.published, tense ? { tenseAt: () => tense } : undefined);
    if (c.start === 'none') {
      expect(mentions.map((m) => m.text)).toEqual([]);
      return;
    }
    const mention = c.phrase === null ? mentions[0] : mentions.find((m) => m.text === c.phrase);
    expect(mention, `mentions: ${JSON.stringify(mentions.map((m) => m.text))}`).toBeDefined();
    if (!mention) return;
    expect(c.text.slice(mention.start, mention.end)).toBe(mention.text);
    if (c.start === 'null') {
      expect(mention.date).toBeNull();
      return;
    }
    const d = mention.date;
    expect(d, 'date').not.toBeNull();
    if (!d) return;
    const got = { start: d.start, end: d.end, precision: d.precision, approximate: d.approximate, mod: d.mod };
    const want = {
      start: c.start, end: c.end,
      precision: c.precision === '-' ? d.precision : c.precision,
      approximate: c.approximate === '-' ? d.approximate : c.approximate === 'true',
      mod: c.mod === '-' ? null : c.mod,
    };
    expect(got, d.explanation).toEqual(want);
    expect(d.text).toBe(mention.text);
    expect(d.explanation.startsWith(`"${mention.text}" → `)).toBe(true);
  });
});
