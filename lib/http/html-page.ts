/**
 * A small self-contained HTML page for answers given before the app renders (a refused address, a removed event,
 * the database away): it needs no script, stylesheet or database.
 */
function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

export interface HtmlPage {
  title: string;
  paragraphs: string[];
  links?: Array<{ href: string; label: string }>;
}

export function renderHtmlPage(page: HtmlPage): string {
  const links = (page.links ?? []).map((link) => `<li><a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></li>`).join('');
  return [
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(page.title)} · Diplomatic timeline</title></head>`,
    '<body style="font-family: sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">',
    `<main><h1 dir="auto">${escapeHtml(page.title)}</h1>`,
    ...page.paragraphs.map((text) => `<p dir="auto">${escapeHtml(text)}</p>`),
    links ? `<ul>${links}</ul>` : '',
    '</main></body></html>',
  ].join('');
}

export function htmlResponse(status: number, page: HtmlPage, headers?: Record<string, string>): Response {
  return new Response(renderHtmlPage(page), { status, headers: { 'Content-Type': 'text/html; charset=utf-8', ...headers } });
}
