// Open data answers: JSON anyone may fetch from any site (CORS), cached briefly by browsers and
// proxies. They carry public content only, never a supporter's data.
const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, OPTIONS",
  "Access-Control-Allow-Headers": "Content-Type",
};

export function openDataJson(body: unknown, maxAgeSeconds: number, status = 200): Response {
  return Response.json(body, {
    status,
    headers: { ...CORS, "Cache-Control": `public, max-age=${maxAgeSeconds}, s-maxage=${maxAgeSeconds}` },
  });
}

export function openDataError(status: 400 | 404, message: string): Response {
  return Response.json({ error: message }, { status, headers: { ...CORS, "Cache-Control": "no-store" } });
}

/** The answer to a CORS preflight. */
export function openDataOptions(): Response {
  return new Response(null, { status: 204, headers: { ...CORS, "Access-Control-Max-Age": "86400" } });
}
