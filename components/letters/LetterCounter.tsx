"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { FormMessage, Honeypot } from "@/components/forms/FormParts";
import { useEnhancedAction } from "@/components/forms/useEnhancedAction";
import { countSentLetter } from "@/lib/letters/actions";
import { letterCountSchema, type LetterCountInput, type LetterCountState } from "@/lib/letters/schema";

const INITIAL: LetterCountState = { status: "idle" };
const FAILED: LetterCountState = { status: "error", message: "network" };

/**
 * "I sent a letter": counts one letter and shows the new number. A plain form post without
 * JavaScript; the page that answers it shows the thanks and the number.
 */
export function LetterCounter({ idPrefix, slug, count }: { idPrefix: string; slug: string; count: number }) {
  const t = useTranslations("letters");
  const tf = useTranslations("forms");
  const { state, formAction, pending, send } = useEnhancedAction(countSentLetter, INITIAL, FAILED);
  const { register, handleSubmit } = useForm<LetterCountInput>({
    resolver: zodResolver(letterCountSchema),
    defaultValues: { prisoner: slug, website: "" },
  });
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
        <form action={formAction} onSubmit={handleSubmit((_values, event) => send(event))} noValidate className="space-y-2">
          <FormMessage text={message} />
          <input type="hidden" value={slug} {...register("prisoner")} />
          <Honeypot id={`${idPrefix}-letter-website`} field={register("website")} />
          <button type="submit" disabled={pending} className="rounded bg-ink px-4 py-2 font-semibold text-white disabled:opacity-60">
            {pending ? tf("sending") : t("counter.button")}
          </button>
          <p className="text-xs text-muted">{t("counter.hint")}</p>
        </form>
      )}
    </div>
  );
}
