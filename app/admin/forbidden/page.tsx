import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Not allowed" };

export default function ForbiddenPage() {
  return (
    <div className="space-y-4" data-testid="forbidden">
      <h1 className="font-serif text-3xl font-bold">Your role does not open this page</h1>
      <p>Ask an admin if you need it.</p>
      <Link href="/admin" className="font-semibold underline">
        Back to the staff area
      </Link>
    </div>
  );
}
