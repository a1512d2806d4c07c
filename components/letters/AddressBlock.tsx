import { useTranslations } from "next-intl";
import type { AddressBlock as Block } from "@/lib/letters/templates";

/**
 * The envelope's "to" block, in Cyrillic as the post expects it. Without a known address it keeps
 * blank lines to fill in by hand, and says (on screen only) where to find one.
 */
export function AddressBlock({ block, name }: { block: Block; name: string }) {
  const t = useTranslations("letters");
  return (
    <div className="space-y-2">
      <div
        lang={block.language}
        role="group"
        aria-label={t("addressLabel")}
        className="max-w-md space-y-1 rounded border border-ink bg-white p-4 font-serif text-lg print:border-2 print:text-xl"
        data-testid="address-block"
      >
        <p>
          <span className="text-muted print:text-ink">{block.toLabel}</span>{" "}
          <span lang={block.cyrillic ? undefined : "en"} data-testid="address-recipient">
            {block.recipient}
          </span>
        </p>
        <div className="flex gap-2">
          <span className="text-muted print:text-ink">{block.whereLabel}</span>
          {block.addressLines ? (
            <p data-testid="address-lines">
              {block.addressLines.map((line, index) => (
                <span key={index} className="block">
                  {line}
                </span>
              ))}
            </p>
          ) : (
            <span aria-hidden="true" className="flex-1 space-y-6 pt-6">
              <span className="block border-b border-ink" />
              <span className="block border-b border-ink" />
              <span className="block border-b border-ink" />
            </span>
          )}
        </div>
      </div>
      {!block.cyrillic && <p className="text-sm text-muted print:hidden">{t("noCyrillicName")}</p>}
      {!block.addressLines && (
        <p className="max-w-prose text-sm print:hidden" data-testid="address-unknown">
          {t("addressUnknown", { name })}
        </p>
      )}
    </div>
  );
}
