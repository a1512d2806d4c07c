import { defineRouting } from "next-intl/routing";

// English is served without a prefix; Belarusian and Russian will arrive as /be/... and /ru/...
// by adding them here and a catalogue beside en.json, without moving any route.
export const routing = defineRouting({
  locales: ["en"],
  defaultLocale: "en",
  localePrefix: "as-needed",
  // The language follows the URL only: a shared link shows the same page to everyone.
  localeDetection: false,
  // A public GET sets no cookie (it stays cacheable and leaves no trace of the visit).
  localeCookie: false,
});

export type Locale = (typeof routing.locales)[number];
