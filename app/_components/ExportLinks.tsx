'use client';

import { useState } from 'react';

interface Props {
  /** The query string of the current view, window included. */
  search: string;
  labels: { print: string; png: string; exports: string };
}

/** Draws the server's SVG of the view on a canvas and downloads it as PNG, at twice the size for sharp print. */
async function downloadPng(search: string) {
  const response = await fetch(`/api/snapshot${search}`);
  const svg = await response.text();
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The chart could not be drawn.'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = image.width * 2;
    canvas.height = image.height * 2;
    const context = canvas.getContext('2d')!;
    context.scale(2, 2);
    context.drawImage(image, 0, 0);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!png) throw new Error('The chart could not be converted.');
    const link = document.createElement('a');
    link.href = URL.createObjectURL(png);
    link.download = 'timeline.png';
    link.click();
    URL.revokeObjectURL(link.href);
  } finally {
    URL.revokeObjectURL(url);
  }
}

export default function ExportLinks({ search, labels }: Props) {
  const [error, setError] = useState<string | null>(null);
  const joiner = search ? '&' : '?';
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm print:hidden" data-testid="export-links">
      <a href={`/print${search}`} className="btn" target="_blank" rel="noopener" data-testid="print-link">{labels.print}</a>
      <a href={`/api/snapshot${search}`} className="btn" download>SVG</a>
      <button type="button" className="btn" onClick={() => downloadPng(search).catch((e: Error) => setError(e.message))}>{labels.png}</button>
      <span className="text-stone-600">{labels.exports}:</span>
      {(['json', 'csv', 'ics', 'timelinejs'] as const).map((format) => (
        <a key={format} href={`/api/events${search}${joiner}format=${format}`} className="btn" download data-testid={`export-${format}`}>
          {format === 'timelinejs' ? 'TimelineJS' : format.toUpperCase()}
        </a>
      ))}
      {error && <span role="alert" className="text-red-700">{error}</span>}
    </div>
  );
}
