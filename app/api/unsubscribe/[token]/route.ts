import { unsubscribe } from "@/lib/subscriptions/mutations";
import { isTokenShaped } from "@/lib/supporters/token-shape";

// RFC 8058 one-click unsubscribe: mail clients POST "List-Unsubscribe=One-Click" to the URL in
// the List-Unsubscribe header. No cookies, no page, no confirmation step.
export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  if (!isTokenShaped(token)) return Response.json({ error: "This unsubscribe link is not valid." }, { status: 400 });
  // RFC 8058's body is 26 bytes; anything large is not a mail client.
  if (Number(request.headers.get("content-length") ?? 0) > 1024) return Response.json({ error: "Request too large." }, { status: 413 });
  const body = await request.text();
  if (!new URLSearchParams(body).has("List-Unsubscribe")) {
    return Response.json({ error: 'Send "List-Unsubscribe=One-Click" as the form body (RFC 8058).' }, { status: 400 });
  }
  const found = await unsubscribe(token);
  if (!found) return Response.json({ error: "This unsubscribe link is not valid." }, { status: 404 });
  return Response.json({ status: "unsubscribed" }, { headers: { "Cache-Control": "no-store" } });
}
