"use client";

import { useSyncExternalStore } from "react";

const noChange = () => () => {};

/** Opens the print dialog; shown only once JavaScript runs (the page says how to print without it). */
export function PrintButton({ label }: { label: string }) {
  const scripted = useSyncExternalStore(
    noChange,
    () => true,
    () => false,
  );
  if (!scripted) return null;
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded bg-accent px-4 py-2 font-semibold text-white hover:bg-accent-dark"
    >
      {label}
    </button>
  );
}
