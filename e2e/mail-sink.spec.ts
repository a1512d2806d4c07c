import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createTransport } from "nodemailer";
import { linkIn, waitForMail } from "./support/mail";

// Proves the sink the app's mails go to during these tests: what is sent to it comes back over
// HTTP with its recipient, subject, bodies and headers.
test("a mail sent to the sink can be read back with its links and headers @http", async ({ request }) => {
  const after = Date.now();
  const subject = `Sink check ${randomUUID()}`;
  const transport = createTransport({ host: "127.0.0.1", port: 2525, secure: false, ignoreTLS: true });
  try {
    await transport.sendMail({
      from: "Free Them <campaign@free-them.test>",
      to: "mail-sink-check@free-them.test",
      subject,
      text: "Confirm here: http://127.0.0.1:3100/confirm/abc123.\nOr leave: http://127.0.0.1:3100/unsubscribe/xyz",
      html: '<p><a href="http://127.0.0.1:3100/confirm/abc123">Confirm</a></p>',
      headers: { "List-Unsubscribe": "<http://127.0.0.1:3100/unsubscribe/xyz>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
    });
  } finally {
    transport.close();
  }

  const mail = await waitForMail(request, { to: "Mail-Sink-Check@free-them.test", subject: /^Sink check /, after });
  expect(mail.subject).toBe(subject);
  expect(mail.to).toEqual(["mail-sink-check@free-them.test"]);
  expect(mail.html).toContain('href="http://127.0.0.1:3100/confirm/abc123"');
  expect(mail.headers["list-unsubscribe"]).toBe("<http://127.0.0.1:3100/unsubscribe/xyz>");
  expect(mail.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
  expect(mail.receivedAt).toBeGreaterThanOrEqual(after);
  expect(linkIn(mail.text, "/confirm/")).toBe("http://127.0.0.1:3100/confirm/abc123");
  expect(linkIn(mail.text, "/unsubscribe/")).toBe("http://127.0.0.1:3100/unsubscribe/xyz");

  await expect(waitForMail(request, { to: "nobody@free-them.test", after }, 600)).rejects.toThrow(/No mail to nobody@free-them.test/);
});
