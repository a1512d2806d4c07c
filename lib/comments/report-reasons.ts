// The reasons a reader can give for reporting a message: the report form in the browser reads them
// from here, without the schema library schema.ts brings.
export const REPORT_REASONS = ["offensive", "spam", "other"] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];
