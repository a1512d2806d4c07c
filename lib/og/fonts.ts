import { readFile } from "node:fs/promises";
import { join } from "node:path";

// The fonts of the link-preview images live in the repository (lib/og/fonts/, OFL 1.1): the
// server never fetches a font, and the images look the same on every machine.

// Each subset file is its own family: satori takes one font per family and falls back from
// family to family (not from file to file), so "Noto Sans cyrillic" draws what "Noto Sans latin" lacks.
const family = (subset: Subset) => `Noto Sans ${subset}`;

type Subset = "latin" | "latin-ext" | "cyrillic";
type Weight = 400 | 700;

// What each subset file covers: its unicode-range in @fontsource/noto-sans's CSS, verbatim.
const SUBSET_RANGES: Record<Subset, string> = {
  latin:
    "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD",
  "latin-ext":
    "U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF",
  cyrillic: "U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116",
};

const COVERED: ReadonlyArray<readonly [number, number]> = Object.values(SUBSET_RANGES).flatMap((ranges) =>
  ranges.split(",").map((range) => {
    const [from = "", to = from] = range.replace("U+", "").split("-");
    return [parseInt(from, 16), parseInt(to, 16)] as const;
  }),
);

export const ALL_SUBSETS: readonly Subset[] = ["latin", "latin-ext", "cyrillic"];

/** The CSS font-family of the card. */
export const OG_FONT_STACK = ALL_SUBSETS.map(family).join(", ");

export interface OgFont {
  name: string;
  data: ArrayBuffer;
  weight: Weight;
  style: "normal";
}

const FONT_DIR = join(/*turbopackIgnore: true*/ process.cwd(), "lib", "og", "fonts");
const loaded = new Map<string, Promise<OgFont[]>>();

async function loadFont(subset: Subset, weight: Weight): Promise<OgFont> {
  const file = await readFile(join(FONT_DIR, `noto-sans-${subset}-${weight}-normal.woff`));
  const data = file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer;
  return { name: family(subset), data, weight, style: "normal" };
}

/** The fonts of the images, read once per process. Tests pass fewer subsets to render tofu. */
export function ogFonts(subsets: readonly Subset[] = ALL_SUBSETS): Promise<OgFont[]> {
  const key = subsets.join(",");
  let fonts = loaded.get(key);
  if (!fonts) {
    fonts = Promise.all(subsets.flatMap((subset) => [loadFont(subset, 400), loadFont(subset, 700)]));
    loaded.set(key, fonts);
  }
  return fonts;
}

function covered(codePoint: number): boolean {
  return COVERED.some(([from, to]) => codePoint >= from && codePoint <= to);
}

/**
 * The text without the characters the bundled fonts lack (emoji, other scripts, and format
 * characters such as bidi controls and zero-width joiners, which sit in a covered block but have
 * no glyph). Given such a character, the image renderer would download a font from a third party.
 */
export function drawableText(text: string): string {
  return Array.from(text.replace(/[\p{Cc}\p{Cf}]/gu, ""))
    .filter((char) => covered(char.codePointAt(0)!))
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}
