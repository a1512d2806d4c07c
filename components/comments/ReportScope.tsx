"use client";

import { useTranslations } from "next-intl";
import { createContext, useContext, type ReactNode } from "react";
import { useEnhancedAction, type EnhancedAction } from "@/components/forms/useEnhancedAction";
import { reportComment } from "@/lib/comments/actions";
import type { ReportState } from "@/lib/comments/schema";

const INITIAL: ReportState = { status: "idle" };
const FAILED: ReportState = { status: "error", message: "network" };

type Reporting = EnhancedAction<ReportState>;

const ReportContext = createContext<Reporting | null>(null);

export function useReporting(): Reporting {
  const reporting = useContext(ReportContext);
  if (!reporting) throw new Error("ReportForm must be inside a ReportScope");
  return reporting;
}

/**
 * One report action for all the messages of a page. Its answer outlives the message it is about:
 * the report that hides a message removes it from the page (with or without JavaScript), and the
 * thanks are then shown here instead of under it.
 */
export function ReportScope({ commentIds, children }: { commentIds: string[]; children: ReactNode }) {
  const t = useTranslations("comments.report");
  const reporting = useEnhancedAction(reportComment, INITIAL, FAILED);
  const { state } = reporting;
  const orphan = (state.status === "sent" || state.status === "error") && !(state.comment && commentIds.includes(state.comment));
  return (
    <ReportContext.Provider value={reporting}>
      {orphan && state.status === "sent" && (
        <p role="status" className="rounded border-l-4 border-free bg-white p-3 font-semibold" data-testid="report-sent">
          {t("sentHidden")}
        </p>
      )}
      {children}
    </ReportContext.Provider>
  );
}
