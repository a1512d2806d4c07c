import { describe, expect, it } from "vitest";
import { listUnsubscribeHeaders, renderMail, type MailTemplate } from "./templates";

const CONFIRM = "https://free-them.example/en/confirm/sig?token=abc&x=1";
const UNSUBSCRIBE = "https://free-them.example/unsubscribe/tok123";
const TAG = /<\/?[a-z][^>]*>/i;

// One case per template: the link the reader must open, and words they must see.
const cases: { template: MailTemplate; subject: RegExp; links: string[]; says: string[] }[] = [
  {
    template: { kind: "signature-confirm", name: "Alesia", petitionTitle: "Free Maryia Kalesnikava", confirmUrl: CONFIRM },
    subject: /^Confirm your signature: Free Maryia Kalesnikava$/,
    links: [CONFIRM],
    says: ["Hello Alesia,", "Free Maryia Kalesnikava", "Confirm my signature"],
  },
  {
    template: {
      kind: "signature-duplicate",
      petitionTitle: "Free Ales Bialiatski",
      petitionUrl: "https://free-them.example/petitions/bialiatski",
      confirmUrl: null,
    },
    subject: /^You already signed: Free Ales Bialiatski$/,
    links: ["https://free-them.example/petitions/bialiatski"],
    says: ["already recorded"],
  },
  {
    template: {
      kind: "signature-duplicate",
      petitionTitle: "Free Ales Bialiatski",
      petitionUrl: "https://free-them.example/petitions/bialiatski",
      confirmUrl: CONFIRM,
    },
    subject: /^You already signed: Free Ales Bialiatski$/,
    links: [CONFIRM, "https://free-them.example/petitions/bialiatski"],
    says: ["not confirmed yet", "Confirm my signature"],
  },
  {
    template: { kind: "subscription-confirm", scopeLabel: "every campaign update", confirmUrl: CONFIRM, unsubscribeUrl: UNSUBSCRIBE },
    subject: /^Confirm your subscription: every campaign update$/,
    links: [CONFIRM, UNSUBSCRIBE],
    says: ["every campaign update", "Confirm my subscription"],
  },
  {
    template: { kind: "subscription-duplicate", scopeLabel: "updates about Marfa Rabkova", unsubscribeUrl: UNSUBSCRIBE },
    subject: /^You are already subscribed: updates about Marfa Rabkova$/,
    links: [UNSUBSCRIBE],
    says: ["already subscribed"],
  },
  {
    template: {
      kind: "campaign-update",
      title: "123 people released",
      summary: "The authorities released 123 people.\n\nHundreds remain behind bars.",
      updateUrl: "https://free-them.example/updates/release",
      unsubscribeUrl: UNSUBSCRIBE,
    },
    subject: /^Free Them update: 123 people released$/,
    links: ["https://free-them.example/updates/release", UNSUBSCRIBE],
    says: ["The authorities released 123 people.", "Hundreds remain behind bars.", "Read the full update"],
  },
  {
    template: { kind: "my-data-link", linkUrl: "https://free-them.example/my-data/tok456", expiresInMinutes: 30 },
    subject: /^Your link to your Free Them data$/,
    links: ["https://free-them.example/my-data/tok456"],
    says: ["expires in 30 minutes", "See my data"],
  },
];

describe("renderMail", () => {
  it.each(cases.map((c) => [`${c.template.kind}${c.links.length > 1 ? ` (${c.links.length} links)` : ""}`, c] as const))(
    "%s: subject, plain text and HTML carry the links",
    (_, { template, subject, links, says }) => {
      const mail = renderMail(template, "en");
      expect(mail.subject).toMatch(subject);

      expect(mail.text).not.toMatch(TAG);
      for (const link of links) expect(mail.text).toContain(link);
      for (const words of says) expect(mail.text).toContain(words);

      expect(mail.html).toMatch(/^<!doctype html>/);
      expect(mail.html).toContain("Free Them");
      expect(mail.html).toContain("#b3261e");
      for (const link of links) expect(mail.html).toContain(`href="${link.replace(/&/g, "&amp;")}"`);
      for (const words of says) expect(mail.html).toContain(words);
      // Nothing is fetched when the mail is opened: no images, stylesheets or fonts.
      expect(mail.html).not.toMatch(/<img|<link|@import|url\(/i);
    },
  );

  it("says in the footer why the reader got the mail, with the unsubscribe link where there is one", () => {
    const update = renderMail(cases[5]!.template, "en");
    const footer = update.text.slice(update.text.lastIndexOf("--\n"));
    expect(footer).toContain("because you subscribed");
    expect(footer).toContain(`Unsubscribe: ${UNSUBSCRIBE}`);

    const signature = renderMail(cases[0]!.template, "en");
    expect(signature.text.slice(signature.text.lastIndexOf("--\n"))).toContain("If it was not you, ignore it");
    expect(signature.text).not.toContain("Unsubscribe");
  });

  it("escapes names and titles in the HTML", () => {
    const mail = renderMail(
      {
        kind: "signature-confirm",
        name: `<script>alert("x")</script>`,
        petitionTitle: `<img src=x onerror=alert(1)> & "friends"`,
        confirmUrl: CONFIRM,
      },
      "en",
    );
    expect(mail.html).not.toContain("<script");
    expect(mail.html).not.toContain("<img");
    expect(mail.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(mail.html).toContain("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;friends&quot;");
    // Plain text is not HTML: the name reads as typed.
    expect(mail.text).toContain(`Hello <script>alert("x")</script>,`);
  });

  it("keeps a title with line breaks on one subject line", () => {
    const mail = renderMail({ kind: "signature-confirm", name: "A", petitionTitle: "Free\r\nBcc: them", confirmUrl: CONFIRM }, "en");
    expect(mail.subject).toBe("Confirm your signature: Free Bcc: them");
  });

  it("refuses links a mail client could not open or that run script", () => {
    expect(() => renderMail({ kind: "my-data-link", linkUrl: "/my-data/tok", expiresInMinutes: 30 }, "en")).toThrow(/absolute/);
    expect(() => renderMail({ kind: "my-data-link", linkUrl: "javascript:alert(1)", expiresInMinutes: 30 }, "en")).toThrow(/absolute/);
  });

  it("counts minutes in words that fit the number", () => {
    expect(renderMail({ kind: "my-data-link", linkUrl: "https://x.example/d", expiresInMinutes: 1 }, "en").text).toContain(
      "expires in 1 minute.",
    );
  });
});

describe("a mail in the supporter's language", () => {
  const confirm = (locale: "be" | "ru") =>
    renderMail({ kind: "signature-confirm", name: "Алеся", petitionTitle: "Свабоду Марыі Калеснікавай", confirmUrl: CONFIRM }, locale);

  it("is written in Russian or Belarusian throughout: subject, text, HTML and its lang", () => {
    const ru = confirm("ru");
    expect(ru.subject).toBe("Подтвердите подпись: Свабоду Марыі Калеснікавай");
    expect(ru.text).toContain("Здравствуйте, Алеся!");
    expect(ru.html).toContain('<html lang="ru">');
    const be = confirm("be");
    expect(be.subject).toMatch(/^Пацвердзіце подпіс/);
    expect(be.html).toContain('<html lang="be">');
    for (const mail of [ru, be]) expect(mail.text).not.toMatch(/Confirm|Hello|signature/);
  });

  it("counts minutes with the plural the language needs", () => {
    const minutes = (count: number) =>
      renderMail({ kind: "my-data-link", linkUrl: "https://x.example/d", expiresInMinutes: count }, "ru").text;
    expect(minutes(1)).toMatch(/1 минуту/);
    expect(minutes(2)).toMatch(/2 минуты/);
    expect(minutes(5)).toMatch(/5 минут\./);
    expect(minutes(21)).toMatch(/21 минуту/);
  });
});

describe("listUnsubscribeHeaders", () => {
  it("offers the unsubscribe link to mail providers, one-click", () => {
    expect(listUnsubscribeHeaders(UNSUBSCRIBE)).toEqual({
      "List-Unsubscribe": `<${UNSUBSCRIBE}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
  });
});
