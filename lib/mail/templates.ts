import { createTranslator } from "next-intl";
import type { Locale } from "../i18n/routing";
import be from "../i18n/messages/mail.be.json";
import en from "../i18n/messages/mail.en.json";
import ru from "../i18n/messages/mail.ru.json";

// Mails are rendered once, when the outbox row is written, in the language the supporter used
// on the site (stored with their signature or subscription), so every text comes from the mail
// catalogues (lib/i18n/messages/mail.<locale>.json) like the site's own strings.

export type MailTemplate =
  | { kind: "signature-confirm"; name: string; petitionTitle: string; confirmUrl: string }
  /** "You already signed"; confirmUrl is a fresh link when the earlier signature is still unconfirmed. */
  | { kind: "signature-duplicate"; petitionTitle: string; petitionUrl: string; confirmUrl: string | null }
  | { kind: "subscription-confirm"; scopeLabel: string; confirmUrl: string; unsubscribeUrl: string }
  /** "You are already subscribed". */
  | { kind: "subscription-duplicate"; scopeLabel: string; unsubscribeUrl: string }
  | { kind: "campaign-update"; title: string; summary: string; updateUrl: string; unsubscribeUrl: string }
  | { kind: "my-data-link"; linkUrl: string; expiresInMinutes: number };

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

type Block =
  { type: "paragraph"; text: string } | { type: "button"; label: string; url: string } | { type: "link"; label: string; url: string };

interface MailContent {
  subject: string;
  heading: string;
  blocks: Block[];
  footer: string;
  unsubscribeUrl?: string;
}

const translators = {
  en: createTranslator({ locale: "en", messages: en }),
  be: createTranslator({ locale: "be", messages: be as typeof en }),
  ru: createTranslator({ locale: "ru", messages: ru as typeof en }),
} satisfies Record<Locale, unknown>;
type Translator = (typeof translators)["en"];

const colors = { ink: "#1b1b1f", paper: "#fbfaf7", accent: "#b3261e", muted: "#5d5d66", line: "#dedbd2", white: "#ffffff" };
const fontStack = `system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif`;

export function renderMail(template: MailTemplate, locale: Locale): RenderedMail {
  const t = translators[locale];
  const content = contentOf(template, t);
  const subject = oneLine(content.subject);
  return { subject, text: renderText(content, t), html: renderHtml({ ...content, subject }, t, locale) };
}

/**
 * Headers for mails that carry an unsubscribe link (RFC 2369 and RFC 8058 one-click), for the
 * `headers` of lib/mail/outbox.ts. One-click means mail providers POST to the URL.
 */
export function listUnsubscribeHeaders(unsubscribeUrl: string): Record<string, string> {
  return { "List-Unsubscribe": `<${checkedUrl(unsubscribeUrl)}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}

function contentOf(template: MailTemplate, t: Translator): MailContent {
  switch (template.kind) {
    case "signature-confirm":
      return {
        subject: t("signatureConfirm.subject", { petitionTitle: template.petitionTitle }),
        heading: t("signatureConfirm.heading"),
        blocks: [
          paragraph(t("signatureConfirm.greeting", { name: template.name })),
          paragraph(t("signatureConfirm.intro", { petitionTitle: template.petitionTitle })),
          paragraph(t("signatureConfirm.explain")),
          button(t("signatureConfirm.action"), template.confirmUrl),
        ],
        footer: t("signatureConfirm.footer"),
      };
    case "signature-duplicate":
      return {
        subject: t("signatureDuplicate.subject", { petitionTitle: template.petitionTitle }),
        heading: t("signatureDuplicate.heading"),
        blocks: [
          paragraph(t("signatureDuplicate.intro", { petitionTitle: template.petitionTitle })),
          ...(template.confirmUrl
            ? [
                paragraph(t("signatureDuplicate.unconfirmed")),
                button(t("signatureDuplicate.confirmAction"), template.confirmUrl),
                link(t("signatureDuplicate.petitionAction"), template.petitionUrl),
              ]
            : [button(t("signatureDuplicate.petitionAction"), template.petitionUrl)]),
        ],
        footer: t("signatureDuplicate.footer"),
      };
    case "subscription-confirm":
      return {
        subject: t("subscriptionConfirm.subject", { scopeLabel: template.scopeLabel }),
        heading: t("subscriptionConfirm.heading"),
        blocks: [
          paragraph(t("subscriptionConfirm.intro", { scopeLabel: template.scopeLabel })),
          paragraph(t("subscriptionConfirm.explain")),
          button(t("subscriptionConfirm.action"), template.confirmUrl),
        ],
        footer: t("subscriptionConfirm.footer"),
        unsubscribeUrl: checkedUrl(template.unsubscribeUrl),
      };
    case "subscription-duplicate":
      return {
        subject: t("subscriptionDuplicate.subject", { scopeLabel: template.scopeLabel }),
        heading: t("subscriptionDuplicate.heading"),
        blocks: [paragraph(t("subscriptionDuplicate.intro", { scopeLabel: template.scopeLabel }))],
        footer: t("subscriptionDuplicate.footer"),
        unsubscribeUrl: checkedUrl(template.unsubscribeUrl),
      };
    case "campaign-update":
      return {
        subject: t("campaignUpdate.subject", { title: template.title }),
        heading: template.title,
        blocks: [
          ...template.summary
            .split(/\n\s*\n/)
            .map((part) => part.trim())
            .filter(Boolean)
            .map(paragraph),
          button(t("campaignUpdate.action"), template.updateUrl),
        ],
        footer: t("campaignUpdate.footer"),
        unsubscribeUrl: checkedUrl(template.unsubscribeUrl),
      };
    case "my-data-link":
      return {
        subject: t("myDataLink.subject"),
        heading: t("myDataLink.heading"),
        blocks: [
          paragraph(t("myDataLink.intro")),
          paragraph(t("myDataLink.expiry", { minutes: template.expiresInMinutes })),
          button(t("myDataLink.action"), template.linkUrl),
        ],
        footer: t("myDataLink.footer"),
      };
  }
}

const paragraph = (text: string): Block => ({ type: "paragraph", text });
const button = (label: string, url: string): Block => ({ type: "button", label, url: checkedUrl(url) });
const link = (label: string, url: string): Block => ({ type: "link", label, url: checkedUrl(url) });

// Links in mails must work from a mail client: absolute, and never javascript: or data:.
// The URL itself stays out of the message (it carries a token).
function checkedUrl(url: string): string {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    throw new Error("Mail links must be absolute http(s) URLs");
  }
  if (protocol !== "https:" && protocol !== "http:") throw new Error("Mail links must be absolute http(s) URLs");
  return url;
}

// A title with a line break must not split the Subject header.
function oneLine(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}

function renderText(content: MailContent, t: Translator): string {
  const parts: string[] = [content.heading];
  for (const block of content.blocks) {
    parts.push(block.type === "paragraph" ? block.text : `${block.label}:\n${block.url}`);
  }
  const footer = [content.footer];
  if (content.unsubscribeUrl) footer.push(t("layout.unsubscribe", { url: content.unsubscribeUrl }));
  footer.push(`${t("layout.brand")} · ${t("layout.tagline")}`);
  parts.push(`--\n${footer.join("\n\n")}`);
  return `${parts.join("\n\n")}\n`;
}

const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => entities[char]!);
}

// Catalogue text and values are escaped together; line breaks a value carries stay visible.
function htmlText(value: string): string {
  return escapeHtml(value).replace(/\r?\n/g, "<br>");
}

function renderHtml(content: MailContent, t: Translator, locale: Locale): string {
  const buttonUrls = content.blocks.filter((block) => block.type === "button").map((block) => block.url);
  const body = content.blocks
    .map((block) => {
      switch (block.type) {
        case "paragraph":
          return `<p style="margin:0 0 16px">${htmlText(block.text)}</p>`;
        case "button":
          return (
            `<p style="margin:24px 0"><a href="${escapeHtml(block.url)}" style="display:inline-block;background:${colors.accent};` +
            `color:${colors.white};font-weight:700;text-decoration:none;padding:12px 20px;border-radius:4px">${htmlText(block.label)}</a></p>`
          );
        case "link":
          return `<p style="margin:0 0 16px"><a href="${escapeHtml(block.url)}" style="color:${colors.accent}">${htmlText(block.label)}</a></p>`;
      }
    })
    .join("\n");
  // Some mail clients strip button styles: the plain address is there to copy.
  const copyLinks = buttonUrls
    .map(
      (url) =>
        `<p style="margin:0 0 16px;font-size:14px;color:${colors.muted}">${htmlText(t("layout.copyLink"))}<br>` +
        `<a href="${escapeHtml(url)}" style="color:${colors.accent};word-break:break-all">${escapeHtml(url)}</a></p>`,
    )
    .join("\n");
  const unsubscribe = content.unsubscribeUrl
    ? `<p style="margin:12px 0 0"><a href="${escapeHtml(content.unsubscribeUrl)}" style="color:${colors.muted}">${htmlText(t("layout.unsubscribeLabel"))}</a></p>`
    : "";

  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${escapeHtml(content.subject)}</title>
</head>
<body style="margin:0;padding:0;background:${colors.paper};color:${colors.ink};font-family:${fontStack}">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:${colors.paper}">
<tr><td align="center" style="padding:24px 16px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:560px;text-align:left">
<tr><td style="border-top:6px solid ${colors.accent};padding:16px 0 8px;font-family:${fontStack};font-size:20px;font-weight:800;letter-spacing:0.02em;color:${colors.ink}">${htmlText(t("layout.brand"))}</td></tr>
<tr><td style="padding:8px 0 16px;font-family:${fontStack};font-size:16px;line-height:1.5;color:${colors.ink}">
<h1 style="margin:0 0 16px;font-size:24px;line-height:1.25;color:${colors.ink}">${htmlText(content.heading)}</h1>
${body}
${copyLinks}
</td></tr>
<tr><td style="border-top:1px solid ${colors.line};padding:16px 0;font-family:${fontStack};font-size:13px;line-height:1.5;color:${colors.muted}">
<p style="margin:0">${htmlText(content.footer)}</p>${unsubscribe}
<p style="margin:12px 0 0">${htmlText(t("layout.brand"))} · ${htmlText(t("layout.tagline"))}</p>
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
}
