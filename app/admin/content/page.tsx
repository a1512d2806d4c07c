import type { Metadata } from "next";
import { ContentLists } from "@/components/admin/content/ContentLists";
import { requireStaffPage } from "@/lib/auth/guards";
import { listContent } from "@/lib/campaign/queries";

export const metadata: Metadata = { title: "Content" };

export default async function ContentPage() {
  await requireStaffPage("ADMIN");
  const content = await listContent();
  return (
    <div className="space-y-8">
      <h1 className="font-serif text-3xl font-bold">Content</h1>
      <ContentLists {...content} />
    </div>
  );
}
