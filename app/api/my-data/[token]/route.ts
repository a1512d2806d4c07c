import { collectSupporterData, emailHashForLink } from "@/lib/my-data/queries";

// A supporter's own data as JSON, for the holder of a valid "my data" link only.
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const emailHash = await emailHashForLink(token);
  if (!emailHash) return Response.json({ error: "This link is not valid or has expired. Ask for a new one at /my-data." }, { status: 404 });
  const data = await collectSupporterData(emailHash);
  return Response.json(
    { exportedAt: new Date().toISOString(), ...data },
    {
      headers: {
        "Cache-Control": "no-store",
        "Content-Disposition": 'attachment; filename="free-them-my-data.json"',
        "Referrer-Policy": "no-referrer",
      },
    },
  );
}
