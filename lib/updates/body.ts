// Update bodies are plain text with two marks: "## " starts a heading and "* " a list item;
// blank lines separate blocks. They become data for React to render, so no text from the
// database is ever interpreted as HTML.

export type BodyBlock = { type: "heading"; text: string } | { type: "paragraph"; text: string } | { type: "list"; items: string[] };

export function parseBody(body: string): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  for (const chunk of body.replace(/\r\n?/g, "\n").split(/\n\s*\n/)) {
    const lines = chunk
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean);
    let paragraph: string[] = [];
    const flush = () => {
      if (paragraph.length) blocks.push({ type: "paragraph", text: paragraph.join(" ") });
      paragraph = [];
    };
    for (const line of lines) {
      if (line.startsWith("## ")) {
        flush();
        blocks.push({ type: "heading", text: line.slice(3).trim() });
      } else if (/^[*-]\s+/.test(line)) {
        flush();
        const item = line.replace(/^[*-]\s+/, "");
        const last = blocks.at(-1);
        if (last?.type === "list") last.items.push(item);
        else blocks.push({ type: "list", items: [item] });
      } else {
        paragraph.push(line);
      }
    }
    flush();
  }
  return blocks;
}

/** The body as plain paragraphs, for places that take text only (the Atom feed). */
export function bodyToPlainText(body: string): string {
  return parseBody(body)
    .map((block) => (block.type === "list" ? block.items.map((item) => `• ${item}`).join("\n") : block.text))
    .join("\n\n");
}
