export interface SourceRef {
  key: string;
  title: string;
  url: string | null;
}

// A source's title, linked where it has an address; internal addresses stay on this site.
export function SourceLink({ source }: { source: SourceRef }) {
  if (!source.url) return <cite className="not-italic">{source.title}</cite>;
  const external = /^https?:\/\//.test(source.url);
  return (
    <a href={source.url} className="underline" {...(external ? { rel: "noopener noreferrer nofollow", target: "_blank" } : {})}>
      <cite className="not-italic">{source.title}</cite>
    </a>
  );
}

export function SourceList({ sources, label }: { sources: SourceRef[]; label: string }) {
  if (sources.length === 0) return null;
  return (
    <p className="text-xs text-muted">
      {label}{" "}
      {sources.map((source, index) => (
        <span key={source.key}>
          {index > 0 && "; "}
          <SourceLink source={source} />
        </span>
      ))}
    </p>
  );
}
