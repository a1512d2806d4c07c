// Plain share links: each opens the network's own share page, so no script of theirs loads here.
export type ShareChannel = "telegram" | "whatsapp" | "x" | "facebook" | "email";

export const SHARE_CHANNELS: readonly ShareChannel[] = ["telegram", "whatsapp", "x", "facebook", "email"];

export function shareLink(channel: ShareChannel, url: string, text: string): string {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(text);
  switch (channel) {
    case "telegram":
      return `https://t.me/share/url?url=${u}&text=${t}`;
    case "whatsapp":
      return `https://wa.me/?text=${encodeURIComponent(`${text} ${url}`)}`;
    case "x":
      return `https://x.com/intent/post?url=${u}&text=${t}`;
    case "facebook":
      return `https://www.facebook.com/sharer/sharer.php?u=${u}`;
    case "email":
      return `mailto:?subject=${t}&body=${encodeURIComponent(`${text}\n\n${url}`)}`;
  }
}
