import { useTranslations } from "next-intl";
import { withReferral } from "@/lib/referrals/referral";
import { SHARE_CHANNELS, shareLink } from "@/lib/sharing/share-links";
import { ShareButtons } from "./ShareButtons";

/**
 * The share panel: plain links to each network's share page (they work without JavaScript), the
 * link itself to copy, and, where the browser has them, buttons for the device's share sheet and
 * the clipboard. Every link carries the channel it is shared on, and the supporter's referral code
 * when there is one (lib/referrals/referral.ts).
 */
export function ShareLinks({ url, text, referralCode }: { url: string; text: string; referralCode?: string | null }) {
  const t = useTranslations("share");
  const copyUrl = withReferral(url, referralCode, "copy");
  return (
    <div className="space-y-3 text-sm" data-testid="share-links">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-semibold">{t("label")}</span>
        {SHARE_CHANNELS.map((channel) => (
          <a
            key={channel}
            href={shareLink(channel, withReferral(url, referralCode, channel), text)}
            rel="noopener noreferrer"
            target="_blank"
            className="rounded border border-line bg-white px-2 py-1 hover:border-ink"
          >
            {t(channel)}
          </a>
        ))}
      </div>
      <div className="flex flex-wrap items-end gap-2">
        <label className="flex min-w-0 flex-1 flex-col gap-1">
          <span className="font-semibold">{t("copyLabel")}</span>
          <input
            readOnly
            value={copyUrl}
            data-testid="share-url"
            className="w-full min-w-0 rounded border border-line bg-white px-2 py-1 font-mono text-xs"
          />
        </label>
        <ShareButtons
          url={copyUrl}
          deviceUrl={withReferral(url, referralCode, "device")}
          text={text}
          labels={{ copy: t("copy"), copied: t("copied"), copyFailed: t("copyFailed"), device: t("device") }}
        />
      </div>
    </div>
  );
}
