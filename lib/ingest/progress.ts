/** The words of a progress line: how far, how fast, how long still. Pure, so the scripts only print it. */

const number = new Intl.NumberFormat('en-US');

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '…';
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m} min ${String(s % 60).padStart(2, '0')} s` : `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')} min`;
}

/** `[██████░░░░] 4,210/10,000 articles · 152.3/s · ETA 38 s` for `done` of `total` after `elapsedMs`. */
export function progressLine(done: number, total: number, elapsedMs: number, { width = 24, unit = 'articles' } = {}): string {
  const share = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(share * width);
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const eta = done >= total ? 'done' : rate > 0 ? `ETA ${duration((total - done) / rate)}` : 'ETA …';
  return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${number.format(done)}/${number.format(total)} ${unit} · ${rate.toFixed(1)}/s · ${eta}`;
}
