import { describe, expect, it } from "vitest";
import { SHARE_CHANNELS, shareLink } from "./share-links";

describe("shareLink", () => {
  const url = "https://example.org/prisoners/marfa-rabkova";
  const text = "Marfa Rabkova: Detained & still held";

  it("puts the page URL into every channel's link, encoded", () => {
    for (const channel of SHARE_CHANNELS) {
      const link = shareLink(channel, url, text);
      expect(decodeURIComponent(link)).toContain(url);
      expect(link).not.toContain(" & ");
    }
  });

  it("uses each network's own share address", () => {
    expect(shareLink("telegram", url, text)).toMatch(/^https:\/\/t\.me\/share\/url\?url=/);
    expect(shareLink("whatsapp", url, text)).toMatch(/^https:\/\/wa\.me\/\?text=/);
    expect(shareLink("x", url, text)).toMatch(/^https:\/\/x\.com\/intent\/post\?/);
    expect(shareLink("email", url, text)).toMatch(/^mailto:\?subject=/);
  });
});
