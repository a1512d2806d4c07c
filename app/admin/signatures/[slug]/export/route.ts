import { authorizeStaff, currentStaff } from "@/lib/auth/guards";
import { startSignatureExport } from "@/lib/petitions/export";

// The CSV of a petition's confirmed signatures, streamed; ?email=1 adds addresses (audit-logged).
// A route handler is a public endpoint: it checks the role itself.
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const staff = await authorizeStaff("ADMIN");
  if (!staff) {
    const signedIn = (await currentStaff()) !== null;
    return new Response(signedIn ? "Your role does not allow exports." : "Sign in at /admin/sign-in first.", {
      status: signedIn ? 403 : 401,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  const { slug } = await params;
  const includeEmail = new URL(request.url).searchParams.get("email") === "1";
  const started = await startSignatureExport(staff, slug, includeEmail);
  if (!started) return new Response("No such petition.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(started.stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${started.filename}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
