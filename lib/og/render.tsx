import { createHash } from "node:crypto";
import { ImageResponse } from "next/og";
import { OG_SIZE, OgCard, type OgCardData } from "./card";
import { drawableText, ogFonts, type OgFont } from "./fonts";

// Bump when the card's design or fonts change: every image URL changes with it.
const DESIGN_VERSION = "1";

/**
 * A short hash of everything the image shows. It goes into the image's URL (`?v=`), so a
 * release, a new count or a corrected name is a new URL that Telegram, X and WhatsApp fetch again.
 */
export function cardVersion(card: OgCardData): string {
  return createHash("sha256")
    .update(JSON.stringify([DESIGN_VERSION, card]))
    .digest("base64url")
    .slice(0, 12);
}

function drawable(card: OgCardData): OgCardData {
  return {
    ...card,
    eyebrow: drawableText(card.eyebrow),
    title: drawableText(card.title),
    cyrillic: card.cyrillic && drawableText(card.cyrillic),
    badge: card.badge && { ...card.badge, text: drawableText(card.badge.text) },
    facts: card.facts.map(drawableText),
    progress: card.progress && { ...card.progress, label: drawableText(card.progress.label) },
  };
}

/** The card as a 1200×630 PNG, drawn with the bundled fonts (tests pass others). */
export async function renderOgImage(card: OgCardData, fonts?: OgFont[]): Promise<ArrayBuffer> {
  const response = new ImageResponse(<OgCard card={drawable(card)} />, { ...OG_SIZE, fonts: fonts ?? (await ogFonts()) });
  return response.arrayBuffer();
}

// The image is drawn from the current data on every request; only the URL naming the current
// version may be kept long, as its picture can never change. Any other (an old ?v=, or none) is
// kept no longer than a page showing petition counts (10 seconds).
const SHORT_CACHE = "public, max-age=10, s-maxage=10";
const LONG_CACHE = "public, max-age=31536000, immutable";

/** The answer of an image route: the PNG, or 404 for content that does not exist. */
export async function ogImageResponse(card: OgCardData | null, request: Request): Promise<Response> {
  if (!card) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const current = new URL(request.url).searchParams.get("v") === cardVersion(card);
  return new Response(await renderOgImage(card), {
    headers: { "Content-Type": "image/png", "Cache-Control": current ? LONG_CACHE : SHORT_CACHE },
  });
}
