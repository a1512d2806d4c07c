import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { PrisonerStatus } from "@/lib/generated/prisma/enums";
import { publicPath } from "@/lib/paths";
import { DaysBehindBars } from "./DaysBehindBars";
import { Portrait } from "./Portrait";
import { StatusBadge } from "./StatusBadge";

export interface PrisonerCardProps {
  slug: string;
  nameLatin: string;
  nameBelarusian: string | null;
  status: PrisonerStatus;
  releasedOn: Date | null;
  photoPath: string | null;
  daysBehindBars: number | null;
  /** Yes, no, or not known (null); shown only for people still held. */
  canReceiveLetters?: boolean | null;
  /** Days since the person was last heard from, when held incommunicado. */
  noContactDays?: number | null;
}

export function PrisonerCard(props: PrisonerCardProps) {
  const t = useTranslations("prisonPages");
  const held = props.status === "DETAINED";
  const answer = props.canReceiveLetters == null ? "unknown" : props.canReceiveLetters ? "yes" : "no";
  return (
    <article className="flex gap-4 rounded border border-line bg-white p-4" data-testid="prisoner-card">
      <Portrait name={props.nameLatin} photoPath={props.photoPath} />
      <div className="min-w-0 space-y-1">
        <h3 className="font-serif text-lg font-bold leading-tight">
          <Link href={publicPath.prisoner(props.slug)} className="hover:underline">
            {props.nameLatin}
          </Link>
        </h3>
        {props.nameBelarusian && (
          <p lang="be" className="text-sm text-muted">
            {props.nameBelarusian}
          </p>
        )}
        <StatusBadge status={props.status} />
        <div className="text-sm">
          <DaysBehindBars days={props.daysBehindBars} released={props.releasedOn !== null} />
        </div>
        {held && (
          <p className="text-sm" data-testid="card-letters">
            {t("cardLetters", { answer: t(`answer.${answer}`) })}
          </p>
        )}
        {held && props.noContactDays != null && (
          <p className="text-sm font-semibold text-accent" data-testid="card-no-contact">
            {t("cardNoContact", { count: props.noContactDays })}
          </p>
        )}
      </div>
    </article>
  );
}
