import { parseBody } from "@/lib/updates/body";
import { TranslatedText } from "@/components/i18n/TranslatedText";

// Renders stored text as React elements only: markup in the text shows as text. `english`: the
// English original on a Belarusian or Russian page (no translation yet).
export function ArticleBody({ body, english = false }: { body: string; english?: boolean }) {
  return (
    <TranslatedText as="div" english={english}>
      <div className="max-w-prose space-y-4 leading-relaxed" data-testid="article-body">
        {parseBody(body).map((block, index) => {
          if (block.type === "heading")
            return (
              <h2 key={index} className="pt-4 font-serif text-2xl font-bold">
                {block.text}
              </h2>
            );
          if (block.type === "list")
            return (
              <ul key={index} className="list-disc space-y-2 pl-6">
                {block.items.map((item, itemIndex) => (
                  <li key={itemIndex}>{item}</li>
                ))}
              </ul>
            );
          return <p key={index}>{block.text}</p>;
        })}
      </div>
    </TranslatedText>
  );
}
