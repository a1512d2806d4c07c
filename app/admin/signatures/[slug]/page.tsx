import type { Metadata } from "next";
import Link from "next/link";
import { MissingRecord } from "@/components/admin/content/EditorPage";
import { ExportForm } from "@/components/admin/signatures/ExportForm";
import { InvalidationForm } from "@/components/admin/signatures/InvalidationForm";
import { BusiestAddresses } from "@/components/admin/signatures/SignatureCounts";
import { requireStaffPage } from "@/lib/auth/guards";
import { getPetitionSignatures } from "@/lib/signatures/queries";

export const metadata: Metadata = { title: "Petition signatures" };

export default async function PetitionSignaturesPage({ params }: { params: Promise<{ slug: string }> }) {
  await requireStaffPage("ADMIN");
  const { slug } = await params;
  const petition = await getPetitionSignatures(slug);
  if (!petition) return <MissingRecord what="petition" />;
  const n = (value: number) => value.toLocaleString("en");
  return (
    <div className="space-y-8">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/admin/signatures" className="underline">
          Signatures
        </Link>
      </nav>
      <header className="space-y-2">
        <h1 className="font-serif text-3xl font-bold">{petition.title}</h1>
        <p data-testid="signature-counts">
          {n(petition.confirmedCount)} confirmed (of {n(petition.goal)}) · {n(petition.counts.PENDING)} pending ·{" "}
          {n(petition.counts.INVALIDATED + petition.counts.FRAUDULENT)} invalidated
        </p>
      </header>
      <section aria-labelledby="export-heading" className="space-y-3">
        <h2 id="export-heading" className="font-serif text-2xl font-bold">
          Export
        </h2>
        <ExportForm petitionSlug={petition.slug} />
      </section>
      <section aria-labelledby="invalidate-heading" className="space-y-3">
        <h2 id="invalidate-heading" className="font-serif text-2xl font-bold">
          Invalidate signatures
        </h2>
        <p className="max-w-prose text-sm text-muted">
          Invalidated signatures stop counting and are left out of exports. Pending and confirmed signatures can be invalidated; the change
          is recorded in the audit log with its criteria and count.
        </p>
        <InvalidationForm petitionSlug={petition.slug} />
        <h3 className="pt-2 font-semibold">Addresses that signed most (keyed IP hashes)</h3>
        <BusiestAddresses rows={petition.busiestIpHashes} />
      </section>
    </div>
  );
}
