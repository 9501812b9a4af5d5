'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { ExtractedEvent } from '@/lib/domain/event';
import { messagesFor, type Locale } from '@/lib/i18n/messages';

interface FieldError {
  field: string;
  message: string;
}

const FIELDS = ['title', 'outlet', 'url', 'published'] as const;

/** Add an article: the engine's events are previewed before anything is saved. */
export default function IngestForm({ locale }: { locale: Locale }) {
  const router = useRouter();
  const t = messagesFor(locale);
  const labels = { ...t.ingest, outlet: t.outlet, url: t.original, published: t.published };
  const [values, setValues] = useState<Record<string, string>>({ text: '', title: '', outlet: '', url: '', published: '', token: '' });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [preview, setPreview] = useState<ExtractedEvent[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [queued, setQueued] = useState<string | null>(null);

  const body = () => {
    const payload: Record<string, string> = { text: values.text! };
    for (const field of FIELDS) if (values[field]?.trim()) payload[field] = values[field]!.trim();
    return JSON.stringify(payload);
  };

  const send = async (url: string) => {
    setBusy(true);
    setErrors([]);
    setMessage(null);
    try {
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      if (values.token) headers.Authorization = `Bearer ${values.token}`;
      const response = await fetch(url, { method: 'POST', headers, body: body() });
      const json = (await response.json()) as { events?: ExtractedEvent[]; errors?: FieldError[]; error?: string; created?: boolean; statusUrl?: string; ahead?: number };
      if (!response.ok) {
        setErrors(json.errors ?? []);
        setMessage(json.error ?? `The server answered ${response.status}.`);
        return null;
      }
      return json;
    } catch (error) {
      setMessage((error as Error).message);
      return null;
    } finally {
      setBusy(false);
    }
  };

  /** A queued article (202): asks its status address until it is stored, then opens its first event. */
  const follow = async (statusUrl: string, ahead: number) => {
    setBusy(true);
    setMessage(null);
    setQueued(labels.queued(ahead));
    try {
      for (;;) {
        await new Promise((resolve) => setTimeout(resolve, 1000));
        const job = (await (await fetch(statusUrl)).json()) as { status?: string; ahead?: number; eventIds?: string[]; error?: string };
        if (job.status === 'queued') setQueued(labels.queued(job.ahead ?? 0));
        else if (job.status === 'done') return router.push(job.eventIds?.length ? `/?event=${encodeURIComponent(job.eventIds[0]!)}` : '/');
        else return setMessage(job.error ?? labels.queueFailed);
      }
    } catch (error) {
      setMessage((error as Error).message);
    } finally {
      setQueued(null);
      setBusy(false);
    }
  };

  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  const input = (field: string, label: string, type = 'text', help?: string) => (
    <label className="flex flex-col gap-1">
      <span>{label}</span>
      <input
        type={type}
        name={field}
        value={values[field]}
        onChange={(e) => setValues({ ...values, [field]: e.target.value })}
        aria-invalid={Boolean(errorFor(field))}
        aria-describedby={help ? `${field}-help` : undefined}
        className="rounded border border-stone-300 px-2 py-1"
      />
      {help && <span id={`${field}-help`} className="text-xs text-stone-600">{help}</span>}
      {errorFor(field) && <span className="text-sm text-red-700">{errorFor(field)}</span>}
    </label>
  );

  return (
    <form
      className="space-y-3"
      onSubmit={async (e) => {
        e.preventDefault();
        const result = await send('/api/articles');
        if (!result) return;
        if (result.statusUrl) return follow(result.statusUrl, result.ahead ?? 0);
        const first = result.events?.find((event) => event.date) ?? result.events?.[0];
        router.push(first ? `/?event=${encodeURIComponent(first.id)}` : '/');
      }}
    >
      <label className="flex flex-col gap-1">
        <span>{labels.text}</span>
        <textarea
          name="text"
          required
          dir="rtl"
          lang="ar"
          rows={12}
          value={values.text}
          onChange={(e) => setValues({ ...values, text: e.target.value })}
          aria-invalid={Boolean(errorFor('text'))}
          className="rounded border border-stone-300 p-2 font-[family-name:var(--font-arabic)] text-lg"
          data-testid="ingest-text"
        />
        {errorFor('text') && <span className="text-sm text-red-700">{errorFor('text')}</span>}
      </label>
      <div className="grid gap-3 md:grid-cols-2">
        {input('title', labels.title)}
        {input('outlet', labels.outlet)}
        {input('url', labels.url, 'url')}
        {input('published', labels.published, 'text', labels.publishedHelp)}
        {input('token', labels.token, 'password', labels.tokenHelp)}
      </div>
      {message && <p role="alert" className="text-red-700">{message}</p>}
      {queued && <p aria-live="polite" data-testid="ingest-queued">{queued}</p>}
      <div className="flex gap-2">
        <button
          type="button"
          className="btn"
          disabled={busy}
          data-testid="ingest-preview"
          onClick={async () => {
            const result = await send('/api/preview');
            if (result) setPreview(result.events ?? []);
          }}
        >
          {labels.preview}
        </button>
        <button type="submit" className="btn" disabled={busy} data-testid="ingest-save">{labels.save}</button>
      </div>
      {preview && (
        <section aria-live="polite" data-testid="ingest-preview-list">
          <h2 className="font-semibold">{labels.found(preview.length)}</h2>
          <ul className="list-disc ps-6">
            {preview.map((event) => (
              <li key={event.id}>
                {event.title.en} — {event.date ? `${event.date.start}${event.date.end !== event.date.start ? ` … ${event.date.end}` : ''} (${event.date.precision})` : labels.undated}
              </li>
            ))}
          </ul>
        </section>
      )}
    </form>
  );
}
