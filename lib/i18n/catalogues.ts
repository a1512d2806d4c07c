import be from "./messages/be.json";
import en from "./messages/en.json";
import ru from "./messages/ru.json";
import type { Locale } from "./routing";

// The public catalogues, for code that runs outside a page's request (metadata, link-preview
// images, the feed, refusals sent before routing) and so picks its language itself.

export type Catalogue = typeof en;

export const CATALOGUES: Record<Locale, Catalogue> = { en, be, ru };
