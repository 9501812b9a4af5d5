/** A rough Arabic → Latin transliteration for names the gazetteer does not know (readable, not scholarly). */
const MAP: Record<string, string> = {
  'ا': 'a', 'أ': 'a', 'إ': 'i', 'آ': 'a', 'ب': 'b', 'ت': 't', 'ث': 'th', 'ج': 'j', 'ح': 'h', 'خ': 'kh', 'د': 'd', 'ذ': 'dh',
  'ر': 'r', 'ز': 'z', 'س': 's', 'ش': 'sh', 'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'z', 'ع': "'", 'غ': 'gh', 'ف': 'f', 'ق': 'q',
  'ك': 'k', 'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': 'h', 'و': 'w', 'ي': 'y', 'ى': 'a', 'ة': 'a', 'ء': "'", 'ئ': "'", 'ؤ': "'",
  'ڨ': 'g', 'ڤ': 'v', 'پ': 'p', 'چ': 'ch', 'ژ': 'zh', 'گ': 'g', 'ک': 'k', 'ی': 'y',
};

export function transliterate(ar: string): string {
  const words = ar.trim().split(/\s+/).filter(Boolean);
  return words
    .map((w) => {
      let out = '';
      for (let i = 0; i < w.length; i++) {
        const ch = w[i]!;
        const m = MAP[ch];
        if (m === undefined) continue;
        // Long vowels between consonants read better as vowels.
        if (ch === 'و' && i > 0 && i < w.length - 1) out += 'ou';
        else if (ch === 'ي' && i > 0 && i < w.length - 1) out += 'i';
        else out += m;
      }
      out = out.replace(/'+/g, "'").replace(/^'|'$/g, '');
      return out ? out[0]!.toUpperCase() + out.slice(1) : '';
    })
    .filter(Boolean)
    .join(' ');
}

export function slug(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}
