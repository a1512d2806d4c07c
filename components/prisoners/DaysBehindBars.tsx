import { useTranslations } from "next-intl";

export function DaysBehindBars({ days, released }: { days: number | null; released: boolean }) {
  const t = useTranslations("profile");
  if (days === null) return null;
  return (
    <p data-testid="days-behind-bars" className="font-semibold">
      {t(released ? "daysBehindBarsUntilRelease" : "daysBehindBars", { count: days })}
    </p>
  );
}
