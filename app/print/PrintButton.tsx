'use client';

/** Opens the browser's print dialog on the snapshot, with the paper the page has set. */
export default function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="btn" onClick={() => window.print()} data-testid="print-button">
      {label}
    </button>
  );
}
