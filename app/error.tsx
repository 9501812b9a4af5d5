'use client';

/** What a page shows when drawing it failed (the database going away mid-page, say): never an empty answer. */
export default function PageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section className="space-y-3" role="alert">
      <h1 className="text-2xl font-semibold">This page could not be drawn</h1>
      <p>The server met an error while drawing it; if its database was briefly away, trying again usually works.</p>
      <button type="button" className="btn" onClick={reset}>Try again</button>
    </section>
  );
}
