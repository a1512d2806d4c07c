import type { Metadata } from "next";
import { ContentLists } from "@/components/admin/content/ContentLists";
import { TranslationLinks } from "@/components/admin/content/EditorPage";
import { requireStaffPage } from "@/lib/auth/guards";
import { listContent } from "@/lib/campaign/queries";
import { listPrisonsForAdmin } from "@/lib/prisons/queries";

export const metadata: Metadata = { title: "Content" };

export default async function ContentPage() {
  await requireStaffPage("ADMIN");
  const [content, prisons] = await Promise.all([listContent(), listPrisonsForAdmin()]);
  return (
    <div className="space-y-8">
      <h1 className="font-serif text-3xl font-bold">Content</h1>
      <ContentLists {...content} prisons={prisons} />
      <section aria-labelledby="facts-heading" className="space-y-2">
        <h2 id="facts-heading" className="font-serif text-2xl font-bold">
          Campaign facts
        </h2>
        <p className="text-sm">The dated counts the home page and the action page show, with their sources.</p>
        <TranslationLinks kind="facts" slug="all" />
      </section>
    </div>
  );
}
