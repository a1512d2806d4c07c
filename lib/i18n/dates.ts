import type { DatePrecision } from "../generated/prisma/enums";

export interface DateFormat {
  year: "numeric";
  month?: "long";
  day?: "numeric";
  timeZone: "UTC";
}

// Dates in the database are UTC; a date known only to the month or year is shown only so far.
export function dateFormatFor(precision: DatePrecision = "DAY"): DateFormat {
  if (precision === "YEAR") return { year: "numeric", timeZone: "UTC" };
  if (precision === "MONTH") return { year: "numeric", month: "long", timeZone: "UTC" };
  return { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" };
}
