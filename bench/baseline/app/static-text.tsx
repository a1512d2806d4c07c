// The text of the bare app's static pages, sized like the product's page each stands beside.
// scripts/bench.ts measures the product's pages and builds this app with their sizes.
const SENTENCE = "Free them all: every political prisoner held in Belarus deserves to be home. ";

export function StaticText({ heading, bytes }: { heading: string; bytes: number }) {
  const paragraphs = Array.from({ length: Math.max(1, Math.round(bytes / (SENTENCE.length * 8))) }, (_, index) => (
    <p key={index}>{SENTENCE.repeat(8)}</p>
  ));
  return (
    <main>
      <h1>{heading}</h1>
      {paragraphs}
    </main>
  );
}
