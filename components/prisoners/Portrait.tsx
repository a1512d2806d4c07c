import { useTranslations } from "next-intl";

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => part[0]?.toUpperCase() ?? "")
    .slice(0, 2)
    .join("");
}

// A photo only where one is published with a credit; otherwise a quiet placeholder, never a guess.
export function Portrait({ name, photoPath, size = "md" }: { name: string; photoPath: string | null; size?: "md" | "lg" }) {
  const t = useTranslations("profile");
  const box = size === "lg" ? "h-40 w-32 text-4xl" : "h-24 w-20 text-2xl";
  if (photoPath) {
    // eslint-disable-next-line @next/next/no-img-element -- local files under public/, no optimiser needed
    return <img src={photoPath} alt={name} className={`${box} rounded object-cover`} />;
  }
  return (
    <div
      role="img"
      aria-label={t("portraitPlaceholder", { name })}
      className={`${box} flex shrink-0 items-center justify-center rounded bg-line font-serif font-bold text-muted`}
    >
      <span aria-hidden="true">{initials(name)}</span>
    </div>
  );
}
