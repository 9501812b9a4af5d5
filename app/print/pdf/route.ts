import type { NextRequest } from 'next/server';
import { htmlResponse } from '@/lib/http/html-page';
import { currentPeer } from '@/lib/http/peer';
import { readPaper } from '@/lib/print/paper';
import { currentLocale } from '@/lib/server/locale';
import { PdfQueueFull, printSnapshotPdf } from '@/lib/server/pdf';
import { serverSettings } from '@/lib/server/settings';

export const dynamic = 'force-dynamic';

const BACK = [{ href: '/print', label: 'Back to the snapshot' }];
const RETRY_SECONDS = 10;

/** The server's own address for this request: where its Chromium can open the snapshot. */
function selfOrigin(): string | null {
  const local = currentPeer()?.local;
  if (!local) return null;
  const address = local.address.includes(':') ? `[${local.address}]` : local.address;
  return `http://${address}:${local.port}`;
}

/**
 * "Download PDF": the snapshot of the same view and paper (`/print` with this request's parameters), printed by
 * Chromium on the server. Off unless PDF_CHROMIUM names a Chromium binary; printing /print from a browser gives the
 * same document either way.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const chromium = serverSettings().pdfChromium;
  if (!chromium) {
    return htmlResponse(404, {
      title: 'PDF downloads are off on this server',
      paragraphs: ['Print the snapshot from your browser instead (Print, then Save as PDF): it is the same document.', 'To make PDFs on the server, start it with PDF_CHROMIUM set to a Chromium binary (for example PDF_CHROMIUM=/usr/bin/chromium).'],
      links: BACK,
    });
  }
  const origin = selfOrigin();
  if (!origin) {
    return htmlResponse(503, { title: 'PDF downloads need the app\'s own server', paragraphs: ['Start the app with npm start or npm run serve to make PDFs on the server.'], links: BACK });
  }
  const paper = readPaper(Object.fromEntries(request.nextUrl.searchParams));
  try {
    const pdf = await printSnapshotPdf({ url: `${origin}/print${request.nextUrl.search}`, locale: await currentLocale(), paper, chromium });
    return new Response(new Uint8Array(pdf), {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="timeline-snapshot-${paper.paper}-${paper.orientation}.pdf"`,
        'Cache-Control': 'no-store',
      },
    });
  } catch (error) {
    const busy = error instanceof PdfQueueFull;
    if (!busy) console.error(error);
    return htmlResponse(
      503,
      {
        title: busy ? 'The server is printing other snapshots' : 'The PDF could not be made',
        paragraphs: [busy ? `Try again in ${RETRY_SECONDS} s.` : `Chromium failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}.`, 'Print the snapshot from your browser instead (Print, then Save as PDF): it is the same document.'],
        links: BACK,
      },
      { 'Retry-After': String(RETRY_SECONDS) },
    );
  }
}
