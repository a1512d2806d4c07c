"use client";

import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/forms/FormParts";
import { Honeypot, SendButton } from "@/components/forms/PublicParts";
import { usePublicForm } from "@/components/forms/usePublicForm";
import { countSentLetter } from "@/lib/letters/actions";
import type { LetterCountState } from "@/lib/letters/schema";

const INITIAL: LetterCountState = { status: "idle" };
const FAILED: LetterCountState = { status: "error", message: "network" };

/**
 * "I sent a letter": counts one letter and shows the new number. A plain form post without
 * JavaScript; the page that answers it shows the thanks and the number.
 */
export function LetterCounter({ idPrefix, slug, count }: { idPrefix: string; slug: string; count: number }) {
  const t = useTranslations("letters");
  const tf = useTranslations("forms");
  const { state, pending, field, formProps } = usePublicForm(
    countSentLetter,
    INITIAL,
    FAILED,
    () => ({ prisoner: slug, website: "" }),
    (key) => key,
  );
  const shown = state.status === "counted" ? state.count : count;
  const message = state.status !== "error" ? undefined : state.message === "network" ? tf("errors.network") : t(`errors.${state.message}`);

  return (
    <div className="space-y-2 print:hidden" data-testid="letter-counter">
      <p className="font-semibold" aria-live="polite" data-testid="letter-count">
        {t("count", { count: shown })}
      </p>
      {state.status === "counted" ? (
        <p role="status" className="rounded border-l-4 border-free bg-white p-3" data-testid="letter-thanks">
          {t("counter.thanks")}
        </p>
      ) : (
        <form {...formProps} className="space-y-2">
          <FormMessage text={message} />
          <input type="hidden" value={slug} {...field("prisoner")} />
          <Honeypot id={`${idPrefix}-letter-website`} field={field("website")} />
          <SendButton pending={pending} label={t("counter.button")} />
          <p className="text-xs text-muted">{t("counter.hint")}</p>
        </form>
      )}
    </div>
  );
}
