"use client";

import { useState, useSyncExternalStore } from "react";

const neverChanges = () => () => {};
const canCopy = () => typeof navigator.clipboard?.writeText === "function";
const onServer = () => false;

// Shown only once the script runs and only where the browser can copy; without JavaScript the
// address beside it is plain selectable text.
export function CopyButton({ text, label, copiedLabel }: { text: string; label: string; copiedLabel: string }) {
  const available = useSyncExternalStore(neverChanges, canCopy, onServer);
  const [copied, setCopied] = useState(false);
  if (!available) return null;
  return (
    <p className="flex items-center gap-3 print:hidden">
      <button
        type="button"
        className="rounded border border-ink bg-white px-3 py-1 text-sm font-semibold hover:bg-paper"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(text);
            setCopied(true);
          } catch {
            setCopied(false);
          }
        }}
      >
        {label}
      </button>
      <span role="status" className="text-sm">
        {copied ? copiedLabel : ""}
      </span>
    </p>
  );
}
