import type { Metadata } from "next";
import { WordForm } from "@/components/comments/WordForm";
import { WordLists } from "@/components/comments/WordLists";
import { requireStaffPage } from "@/lib/auth/guards";
import { listModerationWords } from "@/lib/comments/queries";

export const metadata: Metadata = { title: "Word lists" };

// Admins only: the banned and suspect words the message checks use, in English, Belarusian and Russian.
export default async function WordsPage() {
  await requireStaffPage("ADMIN");
  const words = await listModerationWords();
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="font-serif text-3xl font-bold">Word lists</h1>
        <p className="max-w-prose text-muted">
          Matching ignores case. Changes apply to the next message sent; messages already published are not checked again.
        </p>
      </div>
      <WordForm />
      <WordLists words={words} />
    </div>
  );
}
