import type { Metadata } from "next";
import Link from "next/link";
import { MissingRecord } from "@/components/admin/content/EditorPage";
import { ExportForm } from "@/components/admin/signatures/ExportForm";
import { InvalidationForm } from "@/components/admin/signatures/InvalidationForm";
import { BusiestAddresses } from "@/components/admin/signatures/SignatureCounts";
import { CountTable, SignaturesPerDayChart } from "@/components/admin/signatures/SignatureSources";
import { requireStaffPage } from "@/lib/auth/guards";
import { getPetitionSignatures, getSignatureSources } from "@/lib/petitions/queries";

export const metadata: Metadata = { title: "Petition signatures" };

export default async function PetitionSignaturesPage({ params }: { params: Promise<{ slug: string }> }) {
  await requireStaffPage("ADMIN");
  const { slug } = await params;
  const petition = await getPetitionSignatures(slug);
  if (!petition) return <MissingRecord what="petition" />;
  const sources = await getSignatureSources(petition.id);
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
      <section aria-labelledby="sources-heading" className="space-y-4">
        <h2 id="sources-heading" className="font-serif text-2xl font-bold">
          Where signatures come from
        </h2>
        <SignaturesPerDayChart series={sources.perDay} />
        <p className="max-w-prose text-sm text-muted">
          A supporter&apos;s share links carry their share code and the channel they shared on. The codes are random; this page does not say
          whose they are.
        </p>
        <div className="flex flex-wrap gap-10">
          <CountTable
            caption="By source"
            testId="by-source"
            rows={[
              { label: "direct (no code)", count: sources.direct },
              ...sources.topReferrers.map((row) => ({ label: row.code, count: row.count })),
            ]}
          />
          <CountTable
            caption="By channel"
            testId="by-channel"
            rows={sources.byChannel.map((row) => ({ label: row.channel ?? "none", count: row.count }))}
          />
        </div>
      </section>
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
