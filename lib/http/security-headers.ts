/** Headers every answer carries: no type sniffing, no framing, no full addresses leaked to other sites. */
export const COMMON_SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
};

/**
 * The policy of the app's pages: scripts only from this origin with the request's nonce (Next.js puts it on its
 * own scripts) and what they load; styles from this origin, inline ones included (vis-timeline positions its items
 * with style attributes, the print view sets its paper size); images also as data: and blob: (the PNG download);
 * no plugins, no framing, forms posting only here.
 */
export function pageContentSecurityPolicy(nonce: string, dev = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The policy of everything else (API answers, exports, SVG, the server's own short pages): nothing runs. */
export const DOCUMENT_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
