import type { Metadata } from "next";
import { ModerationModes } from "@/components/comments/ModerationModes";
import { ModerationQueue } from "@/components/comments/ModerationQueue";
import { requireStaffPage } from "@/lib/auth/guards";
import { listModerationPages, listQueue, queueCounts } from "@/lib/comments/queries";
import { parseQueueSearch } from "@/lib/comments/schema";

export const metadata: Metadata = { title: "Moderation" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// Moderators and admins: the messages of solidarity waiting, reported, approved and rejected.
// Admins also switch pages between pre- and post-moderation here.
export default async function ModerationPage({ searchParams }: { searchParams: SearchParams }) {
  const staff = await requireStaffPage("MODERATOR");
  const search = parseQueueSearch(await searchParams);
  const [counts, queue, pages] = await Promise.all([
    queueCounts(),
    listQueue(search.tab, search.page, search.q),
    staff.role === "ADMIN" ? listModerationPages() : Promise.resolve(null),
  ]);
  return (
    <div className="space-y-10">
      <div className="space-y-6">
        <h1 className="font-serif text-3xl font-bold">Moderation</h1>
        <ModerationQueue tab={search.tab} counts={counts} items={queue.items} page={search.page} pageCount={queue.pageCount} q={search.q} />
      </div>
      {pages && <ModerationModes pages={pages} />}
    </div>
  );
}
