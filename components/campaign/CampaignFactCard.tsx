import type { ReactNode } from "react";
import { SourceList, type SourceRef } from "@/components/ui/SourceLinks";

// One dated, sourced campaign number on the home page.
export function CampaignFactCard({
  testId,
  accent,
  sources,
  sourceLabel,
  children,
}: {
  testId: string;
  accent: "held" | "released";
  sources: SourceRef[];
  sourceLabel: string;
  children: ReactNode;
}) {
  return (
    <div className={`rounded border-l-4 bg-white p-5 ${accent === "held" ? "border-accent" : "border-free"}`} data-testid={testId}>
      {children}
      <SourceList sources={sources} label={sourceLabel} />
    </div>
  );
}
