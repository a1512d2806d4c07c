import type { ReactNode } from "react";

// The first Tab stop of every page, public and staff: it jumps past the header to the content.
// The content can take focus (tabIndex -1, not a Tab stop itself), so the next Tab goes on from
// there; without it browsers scroll but leave focus at the top.

const MAIN_ID = "main";

/** Hidden until focused; `label` in the page's language. */
export function SkipLink({ label }: { label: string }) {
  return (
    <a
      href={`#${MAIN_ID}`}
      className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:p-2 focus:text-ink"
    >
      {label}
    </a>
  );
}

/** The page's main content: where the skip link lands. `className` sets its width and spacing. */
export function MainContent({ className, children }: { className: string; children: ReactNode }) {
  return (
    <main id={MAIN_ID} tabIndex={-1} className={className}>
      {children}
    </main>
  );
}
