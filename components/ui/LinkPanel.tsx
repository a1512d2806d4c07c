import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { PressNotice } from "@/lib/server-action";

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

/** What the page says after its button came back limited or failed (`pressNotice` of the URL). */
export async function PressNoticeText({ locale, notice }: { locale: string; notice: PressNotice | undefined }) {
  if (!notice) return null;
  const t = await getTranslations({ locale, namespace: "forms.errors" });
  return (
    <p className="font-semibold text-accent" role="alert" data-testid="form-message">
      {t(notice === "limited" ? "rateLimited" : "notSaved")}
    </p>
  );
}
