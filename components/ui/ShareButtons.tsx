"use client";

import { useState, useSyncExternalStore } from "react";

interface Labels {
  copy: string;
  copied: string;
  copyFailed: string;
  device: string;
}

// What the browser can do does not change while the page is open; the server can do neither.
const neverChanges = () => () => {};
const browserCapabilities = () =>
  (typeof navigator.share === "function" ? "device " : "") + (typeof navigator.clipboard?.writeText === "function" ? "clipboard" : "");
const noCapabilities = () => "";

// Shown only once the script runs and only where the browser can do what they promise; without
// JavaScript the plain links and the selectable address beside these do the same work.
export function ShareButtons({ url, deviceUrl, text, labels }: { url: string; deviceUrl: string; text: string; labels: Labels }) {
  const capabilities = useSyncExternalStore(neverChanges, browserCapabilities, noCapabilities);
  const [copyState, setCopyState] = useState<"idle" | "copied" | "failed">("idle");

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopyState("copied");
    } catch {
      setCopyState("failed");
    }
  }

  async function shareOnDevice() {
    try {
      await navigator.share({ title: text, text, url: deviceUrl });
    } catch {
      // Closing the share sheet rejects too; there is nothing to tell the person.
    }
  }

  const button = "rounded border border-ink bg-white px-3 py-1 font-semibold hover:bg-paper";
  return (
    <>
      {capabilities.includes("clipboard") && (
        <button type="button" onClick={copy} className={button}>
          {labels.copy}
        </button>
      )}
      {capabilities.includes("device") && (
        <button type="button" onClick={shareOnDevice} className={button}>
          {labels.device}
        </button>
      )}
      <span role="status" className="basis-full" data-testid="share-status">
        {copyState === "copied" ? labels.copied : copyState === "failed" ? labels.copyFailed : ""}
      </span>
    </>
  );
}
