import type { ReactNode } from "react";

// One labelled fact in a profile's list; callers leave out facts the sources do not give.
export function FactRow({ label, testId, lang, children }: { label: string; testId?: string; lang?: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-semibold">{label}</dt>
      <dd data-testid={testId} lang={lang} className="whitespace-pre-line">
        {children}
      </dd>
    </>
  );
}
