// A static page about the size of the product's cached profile, for the page-serving comparison.
// scripts/bench.ts measures the profile and builds this app with BENCH_BASELINE_TEXT_BYTES.
const SENTENCE = "Free them all: every political prisoner held in Belarus deserves to be home. ";

export default function ProfilePage() {
  const bytes = Number(process.env.BENCH_BASELINE_TEXT_BYTES ?? 20_000);
  const paragraphs = Array.from({ length: Math.max(1, Math.round(bytes / (SENTENCE.length * 8))) }, (_, index) => (
    <p key={index}>{SENTENCE.repeat(8)}</p>
  ));
  return (
    <main>
      <h1>Profile</h1>
      {paragraphs}
    </main>
  );
}
