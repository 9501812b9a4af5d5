import { z } from 'zod';
import { publicationOutOfRange } from '@/lib/domain/date-limits';
import { parsePublished } from '@/lib/domain/published';
import { textProblem } from './text-hygiene';

/** The most text one article may hold, counted on the decoded text: far above any news article, far below what would strain the engine. */
export const MAX_TEXT_BYTES = 1_000_000;
/** The most text a preview runs the engine on: anyone may ask for one. */
export const MAX_PREVIEW_TEXT_BYTES = 200_000;

/** An Arabic letter; tatweel (U+0640), a stretching mark, is none. */
const ARABIC_LETTER = /[\u0621-\u063f\u0641-\u064a\u0671-\u06d3\u06fa-\u06ff]/;

/**
 * A string field, trimmed (a pasted line ending is harmless), then free of control characters (the text and the note
 * may break lines) and of halves of surrogate pairs. The text itself is never trimmed: offsets index into it.
 */
function clean(field: string, { multiline = false, trim = true } = {}) {
  const base = z.string({ error: (issue) => (issue.input === undefined ? `${field} is required` : `${field} must be a string`) });
  return (trim ? base.trim() : base).superRefine((value, ctx) => {
    const problem = textProblem(value, multiline);
    if (problem) ctx.addIssue({ code: 'custom', message: `${field} ${problem}` });
  });
}

function submissionSchema(today: string) {
  return z
    .object({
      text: clean('text', { multiline: true, trim: false })
        .refine((text) => text.trim().length > 0, 'text is empty')
        .refine((text) => ARABIC_LETTER.test(text), 'text contains no Arabic: this app extracts events from Arabic articles'),
      title: clean('title').max(500, 'title is longer than 500 characters').optional(),
      titleEn: clean('titleEn').max(500, 'titleEn is longer than 500 characters').optional(),
      outlet: clean('outlet').max(200, 'outlet is longer than 200 characters').optional(),
      url: clean('url')
        .max(2000, 'url is longer than 2000 characters')
        .refine((value) => {
          try {
            const parsed = new URL(value);
            return parsed.protocol === 'http:' || parsed.protocol === 'https:';
          } catch {
            return false;
          }
        }, 'url must be an http or https address')
        .optional(),
      published: clean('published')
        .refine((value) => parsePublished(value) !== null, 'published must be a real date as YYYY-MM-DD or a month as YYYY-MM')
        .superRefine((value, ctx) => {
          const outOfRange = parsePublished(value) && publicationOutOfRange(value, today);
          if (outOfRange) ctx.addIssue({ code: 'custom', message: `${outOfRange}: publication dates run from 1900 to today` });
        })
        .optional(),
      publishedPrecision: z.enum(['day', 'month'], { error: 'publishedPrecision must be "day" or "month"' }).optional(),
      publishedNote: clean('publishedNote', { multiline: true }).max(1000, 'publishedNote is longer than 1000 characters').optional(),
    })
    .strict()
    .superRefine((value, ctx) => {
      if (value.published && value.publishedPrecision && parsePublished(value.published)?.precision !== value.publishedPrecision) {
        ctx.addIssue({ code: 'custom', path: ['publishedPrecision'], message: `publishedPrecision "${value.publishedPrecision}" does not match published "${value.published}"` });
      }
      if (!value.published && value.publishedPrecision) {
        ctx.addIssue({ code: 'custom', path: ['publishedPrecision'], message: 'publishedPrecision given without published' });
      }
    });
}

export type ArticleSubmission = z.infer<ReturnType<typeof submissionSchema>>;

export interface FieldError {
  field: string;
  message: string;
}

export type ValidationResult =
  | { ok: true; value: ArticleSubmission }
  | { ok: false; status: 400 | 413; errors: FieldError[] };

export interface ValidationLimits {
  /** Today (YYYY-MM-DD): no publication date after it. */
  today: string;
  /** The largest text accepted, in UTF-8 bytes of the decoded text. */
  maxTextBytes?: number;
}

/** Checks a submitted article: every problem is reported with the field it concerns, nothing throws. */
export function validateSubmission(input: unknown, limits: ValidationLimits): ValidationResult {
  const maxTextBytes = limits.maxTextBytes ?? MAX_TEXT_BYTES;
  if (typeof input === 'object' && input !== null && typeof (input as { text?: unknown }).text === 'string') {
    const bytes = Buffer.byteLength((input as { text: string }).text, 'utf8');
    if (bytes > maxTextBytes) {
      return { ok: false, status: 413, errors: [{ field: 'text', message: `text is ${bytes} bytes; the limit is ${maxTextBytes} bytes (${maxTextBytes / 1_000_000} MB)` }] };
    }
  }
  const parsed = submissionSchema(limits.today).safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    status: 400,
    errors: parsed.error.issues.map((issue) => ({
      field: issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : issue.path.join('.') || '(body)',
      message: issue.code === 'unrecognized_keys' ? `unknown field(s): ${issue.keys.join(', ')}` : issue.message,
    })),
  };
}
