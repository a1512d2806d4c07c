import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** The text of a PDF (e.g. page.pdf()), page by page, read with Mozilla's PDF.js. */
export async function pdfText(pdf: Buffer): Promise<string> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  await document.destroy();
  return pages.join("\n");
}

/** Text compared without its spacing: a PDF breaks lines and spaces words its own way. */
export const squeezed = (text: string) => text.replace(/\s+/g, "");
