import { useFormatter } from "next-intl";
import { dateFormatFor } from "@/lib/i18n/dates";
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import { SourceList, type SourceRef } from "@/components/ui/SourceLinks";
import { inEnglish, TranslatedText } from "@/components/i18n/TranslatedText";

export interface TimelineItem {
  kind: string;
  occurredOn: Date;
  precision: DatePrecision;
  text: string;
  sources: SourceRef[];
  untranslated?: readonly string[];
}

export function Timeline({ events, sourcesLabel }: { events: TimelineItem[]; sourcesLabel: string }) {
  const format = useFormatter();
  return (
    <ol className="space-y-4 border-l-2 border-line pl-5" data-testid="timeline">
      {events.map((event, index) => (
        <li key={index} className="relative">
          <span aria-hidden="true" className="absolute -left-[27px] top-1.5 h-3 w-3 rounded-full bg-accent" />
          <p className="text-sm font-semibold text-muted">
            <time dateTime={event.occurredOn.toISOString().slice(0, event.precision === "YEAR" ? 4 : event.precision === "MONTH" ? 7 : 10)}>
              {format.dateTime(event.occurredOn, dateFormatFor(event.precision))}
            </time>
          </p>
          <TranslatedText as="p" english={inEnglish(event, "text")}>
            {event.text}
          </TranslatedText>
          <SourceList sources={event.sources} label={sourcesLabel} />
        </li>
      ))}
    </ol>
  );
}
