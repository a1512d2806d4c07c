import { useTranslations } from "next-intl";

export function PetitionProgress({ count, goal }: { count: number; goal: number }) {
  const t = useTranslations("petitions");
  const percent = goal > 0 ? Math.min(100, Math.round((count / goal) * 100)) : 0;
  return (
    <div className="space-y-1">
      <p>
        <span className="font-serif text-2xl font-bold" data-testid="signature-count">
          {t("count", { count })}
        </span>{" "}
        <span className="text-muted">{t("goal", { goal })}</span>
      </p>
      <div
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={goal}
        aria-valuenow={count}
        aria-label={t("progressLabel", { count, goal })}
        className="h-3 w-full overflow-hidden rounded bg-line"
      >
        <div className="h-full bg-accent" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
