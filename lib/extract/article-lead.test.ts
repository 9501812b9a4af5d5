import { describe, expect, it } from 'vitest';
import { analyseArticle } from './assemble';

const CAPTION = 'لقاء بين وزير الخارجية الأردني، أيمن الصفدي، ونظيره المصري، بدر عبد العاطي، على هامش قمة الرياض في 11 تشرين الثاني 2024 (الخارجية الأردنية)';
const STORY = 'قال وزير الخارجية الأردني، مساء الخميس 2 من كانون الثاني، إن بلاده ستستضيف مؤتمرا إقليميا.\nوبحث الوزير مع السفير المصري العلاقات الثنائية.';

// The day the lead gives the article: [text, publication day, expected first day of the article's date].
const CASES: Array<[string, string, string]> = [
  // A picture's text and its caption, the same line twice running, are not the lead: the story's first sentence is.
  [`${CAPTION}\n${CAPTION}\n${STORY}`, '2025-01-03', '2025-01-02'],
  [`${CAPTION}\n\n${CAPTION}\n${STORY}`, '2025-01-03', '2025-01-02'],
  // Shown once, such a line of prose opens the story as any other.
  [`${CAPTION}\n${STORY}`, '2025-01-03', '2024-11-11'],
  // A sentence repeated further down is no caption.
  [`${STORY}\n${STORY}`, '2025-01-03', '2025-01-02'],
  // Blank lines before the first line and at the end of the text.
  [`\n\n${CAPTION}\n${CAPTION}\n${STORY}\n\n`, '2025-01-03', '2025-01-02'],
  [`\n${STORY}`, '2025-01-03', '2025-01-02'],
];

describe('the date of the lead', () => {
  it.each(CASES)('%s (published %s) → %s', (text, published, expected) => {
    expect(analyseArticle({ id: 'a', file: 'a.txt', text, published: { value: published, precision: 'day' } }).articleDate?.start).toBe(expected);
  });
});
