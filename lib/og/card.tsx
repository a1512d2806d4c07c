import type { ReactElement } from "react";
import { OG_FONT_STACK } from "./fonts";

// The one design of every link-preview image (1200×630): a profile, a petition, an update or the
// site. Rendered by satori (next/og), which knows flexbox and a subset of CSS only.

export const OG_SIZE = { width: 1200, height: 630 } as const;

/** Where each part of the card is drawn: fixed, so a long text is cut rather than moving the rest. */
export const OG_REGIONS = {
  eyebrow: { top: 52, height: 48 },
  title: { top: 104, height: 196 },
  cyrillic: { top: 304, height: 72 },
  facts: { top: 388, height: 140 },
  footer: { top: 548, height: 82 },
} as const;

export type BadgeTone = "held" | "free" | "neutral";

/** Everything an image shows, already in words: the image's version is a hash of it. */
export interface OgCardData {
  eyebrow: string;
  title: string;
  /** Belarusian and Russian spellings (or the Cyrillic names of the people concerned). */
  cyrillic: string | null;
  badge: { text: string; tone: BadgeTone } | null;
  facts: string[];
  progress: { label: string; count: number; goal: number } | null;
  footer: { name: string; host: string };
  /** The image's alt text (og:image:alt, twitter:image:alt). */
  alt: string;
}

const colors = { ink: "#1b1b1f", paper: "#fbfaf7", accent: "#b3261e", muted: "#5d5d66", line: "#dedbd2", free: "#1f6f43" };
const toneColor: Record<BadgeTone, string> = { held: colors.accent, free: colors.free, neutral: colors.muted };

const LEFT = 84;
const region = (name: keyof typeof OG_REGIONS) =>
  ({ position: "absolute", left: LEFT, right: 64, ...OG_REGIONS[name], display: "flex", overflow: "hidden" }) as const;

const factStyle = { display: "flex", fontSize: 34, fontWeight: 700 } as const;

function titleSize(title: string): number {
  if (title.length <= 28) return 76;
  if (title.length <= 48) return 64;
  return 52;
}

export function OgCard({ card }: { card: OgCardData }): ReactElement {
  const [first, ...rest] = card.facts;
  const percent = card.progress && card.progress.goal > 0 ? Math.min(100, (card.progress.count / card.progress.goal) * 100) : 0;
  return (
    <div
      style={{
        width: OG_SIZE.width,
        height: OG_SIZE.height,
        display: "flex",
        position: "relative",
        backgroundColor: colors.paper,
        color: colors.ink,
        fontFamily: OG_FONT_STACK,
      }}
    >
      <div style={{ position: "absolute", left: 0, top: 0, bottom: 0, width: 20, backgroundColor: colors.accent }} />
      <div style={{ ...region("eyebrow"), fontSize: 28, color: colors.muted, alignItems: "center" }}>{card.eyebrow}</div>
      <div style={{ ...region("title"), fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.2, alignItems: "center" }}>
        {card.title}
      </div>
      {card.cyrillic && (
        <div style={{ ...region("cyrillic"), fontSize: card.cyrillic.length > 42 ? 36 : 44, alignItems: "center" }}>
          <span style={{ whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis", maxWidth: "100%" }}>{card.cyrillic}</span>
        </div>
      )}
      <div style={{ ...region("facts"), flexDirection: "column", gap: 14 }}>
        {(card.badge || first) && (
          <div style={{ display: "flex", alignItems: "center", gap: 24 }}>
            {card.badge && (
              <div
                style={{
                  display: "flex",
                  padding: "6px 22px",
                  borderRadius: 999,
                  backgroundColor: toneColor[card.badge.tone],
                  color: colors.paper,
                  fontSize: 32,
                  fontWeight: 700,
                }}
              >
                {card.badge.text}
              </div>
            )}
            {first && <div style={factStyle}>{first}</div>}
          </div>
        )}
        {rest.map((fact) => (
          <div key={fact} style={factStyle}>
            {fact}
          </div>
        ))}
        {card.progress && (
          <div style={{ display: "flex", flexDirection: "column", gap: 12 }}>
            <div style={factStyle}>{card.progress.label}</div>
            <div style={{ display: "flex", width: "100%", height: 22, borderRadius: 11, backgroundColor: colors.line, overflow: "hidden" }}>
              <div style={{ display: "flex", width: `${percent}%`, height: "100%", backgroundColor: colors.accent }} />
            </div>
          </div>
        )}
      </div>
      <div
        style={{
          ...region("footer"),
          justifyContent: "space-between",
          alignItems: "center",
          borderTop: `2px solid ${colors.line}`,
          fontSize: 30,
        }}
      >
        <div style={{ display: "flex", fontWeight: 700, color: colors.accent }}>{card.footer.name}</div>
        <div style={{ display: "flex", color: colors.muted }}>{card.footer.host}</div>
      </div>
    </div>
  );
}
