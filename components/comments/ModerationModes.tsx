import { setModerationMode } from "@/lib/comments/actions";
import { StaffActionForm } from "./StaffActionForm";

export interface ModerationPageRow {
  ref: string;
  kind: string;
  label: string;
  path: string;
  moderation: "PRE" | "POST";
}

// Admins only: how each page's messages are published. Pre-moderation holds every message for a
// moderator; post-moderation publishes messages that pass the checks at once.
export function ModerationModes({ pages }: { pages: ModerationPageRow[] }) {
  return (
    <section aria-labelledby="modes-heading" className="space-y-3">
      <h2 id="modes-heading" className="font-serif text-2xl font-bold">
        Moderation of each page
      </h2>
      <p className="text-sm text-muted">
        Pre-moderated: every message waits for a moderator. Post-moderated: messages that pass the checks appear at once, and flagged ones
        still wait.
      </p>
      <table className="w-full border-collapse bg-white text-sm">
        <thead>
          <tr className="border-b border-line text-left">
            <th scope="col" className="p-2">
              Page
            </th>
            <th scope="col" className="p-2">
              Messages are
            </th>
            <th scope="col" className="p-2">
              <span className="sr-only">Change</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {pages.map((page) => (
            <tr key={page.ref} className="border-b border-line" data-testid={`mode-${page.ref}`}>
              <td className="p-2">
                {page.kind}:{" "}
                <a href={page.path} className="underline">
                  {page.label}
                </a>
              </td>
              <td className="p-2" data-testid="mode-current">
                {page.moderation === "PRE" ? "pre-moderated" : "post-moderated"}
              </td>
              <td className="p-2">
                <StaffActionForm action={setModerationMode}>
                  <input type="hidden" name="page" value={page.ref} />
                  <input type="hidden" name="mode" value={page.moderation === "PRE" ? "POST" : "PRE"} />
                  <button type="submit" className="rounded border border-ink px-3 py-1 font-semibold">
                    {page.moderation === "PRE" ? "Switch to post-moderation" : "Switch to pre-moderation"}
                    <span className="sr-only"> for {page.label}</span>
                  </button>
                </StaffActionForm>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
