import { describe, expect, it } from 'vitest';
import { hasRtl, isolate, isolateHtml, isolateQuoted } from './bidi';

describe('bidi isolation', () => {
  it('wraps text in first-strong isolates, and HTML in <bdi>', () => {
    expect(isolate('الشروق')).toBe('\u2068الشروق\u2069');
    expect(isolate('')).toBe('');
    expect(isolateHtml('a &amp; b')).toBe('<bdi>a &amp; b</bdi>');
  });

  it('isolates each quoted right-to-left phrase of a sentence, and nothing else', () => {
    expect(isolateQuoted('"العام 2011" → 2011: year stated')).toBe('"\u2068العام 2011\u2069" → 2011: year stated');
    expect(isolateQuoted('takes "الأربعاء" → Wed; "2011" → 2011')).toBe('takes "\u2068الأربعاء\u2069" → Wed; "2011" → 2011');
    expect(isolateQuoted('"<أمس>" & more', isolateHtml, (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'))).toBe(
      '"<bdi>&lt;أمس&gt;</bdi>" &amp; more',
    );
  });

  it('tells right-to-left letters from digits and Latin', () => {
    expect(hasRtl('Echorouk (الشروق)')).toBe(true);
    expect(hasRtl('2020-07-22 Lavrov')).toBe(false);
  });
});
