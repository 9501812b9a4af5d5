import { z } from 'zod';
import { parsePublished } from '@/lib/domain/published';

/** The most text one article may hold: far above any news article, far below what would strain the engine. */
export const MAX_TEXT_BYTES = 1_000_000;

const ARABIC_LETTER = /[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]/;

export const articleSubmissionSchema = z
  .object({
    text: z
      .string({ error: 'text is required' })
      .refine((text) => text.trim().length > 0, 'text is empty')
      .refine((text) => ARABIC_LETTER.test(text), 'text contains no Arabic: this app extracts events from Arabic articles'),
    title: z.string().trim().max(500, 'title is longer than 500 characters').optional(),
    titleEn: z.string().trim().max(500, 'titleEn is longer than 500 characters').optional(),
    outlet: z.string().trim().max(200, 'outlet is longer than 200 characters').optional(),
    url: z
      .string()
      .trim()
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
    published: z
      .string()
      .trim()
      .refine((value) => parsePublished(value) !== null, 'published must be a real date as YYYY-MM-DD or a month as YYYY-MM')
      .optional(),
    publishedPrecision: z.enum(['day', 'month'], { error: 'publishedPrecision must be "day" or "month"' }).optional(),
    publishedNote: z.string().trim().max(1000).optional(),
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

export type ArticleSubmission = z.infer<typeof articleSubmissionSchema>;

export interface FieldError {
  field: string;
  message: string;
}

export type ValidationResult =
  | { ok: true; value: ArticleSubmission }
  | { ok: false; status: 400 | 413; errors: FieldError[] };

/** Checks a submitted article: every problem is reported with the field it concerns, nothing throws. */
export function validateSubmission(input: unknown): ValidationResult {
  if (typeof input === 'object' && input !== null && typeof (input as { text?: unknown }).text === 'string') {
    const bytes = Buffer.byteLength((input as { text: string }).text, 'utf8');
    if (bytes > MAX_TEXT_BYTES) {
      return { ok: false, status: 413, errors: [{ field: 'text', message: `text is ${bytes} bytes; the limit is ${MAX_TEXT_BYTES} bytes (1 MB)` }] };
    }
  }
  const parsed = articleSubmissionSchema.safeParse(input);
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
