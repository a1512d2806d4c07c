import type { ReactNode } from "react";

// The page a link from a mail opens: one heading, what happened, what to do next.
export function LinkPanel({ heading, testId, children }: { heading: string; testId: string; children: ReactNode }) {
  return (
    <section className="mx-auto max-w-2xl space-y-4 rounded border border-line bg-white p-8" data-testid={testId}>
      <h1 className="font-serif text-3xl font-bold">{heading}</h1>
      {children}
    </section>
  );
}

/** A one-button form posting a link's token to a server action (a GET never changes anything). */
export function TokenButton({ action, token, label }: { action: (formData: FormData) => Promise<void>; token: string; label: string }) {
  return (
    <form action={action}>
      <input type="hidden" name="token" value={token} />
      <button type="submit" className="rounded bg-accent px-5 py-2.5 font-semibold text-white hover:bg-accent-dark">
        {label}
      </button>
    </form>
  );
}
