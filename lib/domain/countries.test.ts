import { describe, expect, it } from 'vitest';
import { countryName, countryNames, roleInArabic } from './countries';

describe('country names', () => {
  it('names the seed corpus countries in both languages', () => {
    expect(countryName('DZ')).toEqual({ en: 'Algeria', ar: 'الجزائر' });
    expect(countryName('ru').en).toBe('Russia');
    expect(countryNames(['LY', 'DZ'])).toEqual({ LY: countryName('LY'), DZ: countryName('DZ') });
    expect(countryName('LY').ar).toBe('ليبيا');
  });

  it('gives roles in Arabic from the gazetteer titles', () => {
    expect(roleInArabic('Foreign Minister')).toBe('وزير الخارجية');
    expect(roleInArabic('No Such Role')).toBeNull();
    expect(roleInArabic(null)).toBeNull();
  });

  it('keeps a code the gazetteer does not know', () => {
    expect(countryName('QQ')).toEqual({ en: 'QQ', ar: 'QQ' });
  });
});
