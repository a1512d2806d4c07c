import { useTranslations } from "next-intl";
import { SHARE_CHANNELS, shareLink } from "@/lib/sharing/share-links";

export function ShareLinks({ url, text }: { url: string; text: string }) {
  const t = useTranslations("share");
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm" data-testid="share-links">
      <span className="font-semibold">{t("label")}</span>
      {SHARE_CHANNELS.map((channel) => (
        <a
          key={channel}
          href={shareLink(channel, url, text)}
          rel="noopener noreferrer"
          target="_blank"
          className="rounded border border-line bg-white px-2 py-1 hover:border-ink"
        >
          {t(channel)}
        </a>
      ))}
    </div>
  );
}
