import type { FastifyReply } from 'fastify';

/** No scripts, no external anything: the pages are inert HTML with inline styles; their forms only reach this collector. */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** Sends a server-rendered page with the headers every page gets (CSP, no referrer). */
export function sendHtmlPage(reply: FastifyReply, html: string): FastifyReply {
  return reply
    .type('text/html; charset=utf-8')
    .header('content-security-policy', CONTENT_SECURITY_POLICY)
    .header('referrer-policy', 'no-referrer')
    .send(html);
}
