import { useTranslations } from "next-intl";
import type { PrisonerStatus } from "@/lib/generated/prisma/enums";

const STYLES: Record<PrisonerStatus, string> = {
  DETAINED: "bg-accent text-white",
  RELEASED: "bg-free text-white",
  RELEASED_IN_EXILE: "bg-free/85 text-white",
  FORCIBLY_EXPELLED: "bg-muted text-white",
  DIED_IN_CUSTODY: "bg-ink text-white",
};

export function StatusBadge({ status }: { status: PrisonerStatus }) {
  const t = useTranslations("status");
  return (
    <span data-testid="status" className={`inline-block rounded px-2 py-0.5 text-xs font-bold uppercase tracking-wide ${STYLES[status]}`}>
      {t(status)}
    </span>
  );
}
