// Mail sink for the end-to-end tests (`npx tsx e2e/support/smtp-sink.ts`, started by
// playwright.config.ts): the app sends to SMTP on 127.0.0.1:2525 and the tests read what arrived
// over HTTP on 127.0.0.1:2526 (e2e/support/mail.ts). Messages live in memory only. The faults
// script runs its own on other ports (SMTP_SINK_PORT, SMTP_SINK_HTTP_PORT).
import { createServer } from "node:http";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface SinkMessage {
  /** Envelope recipients, lower-case: who the mail was really delivered to. */
  to: string[];
  subject: string;
  text: string;
  html: string;
  /** Header values as sent, by lower-case name (list-unsubscribe, list-unsubscribe-post ...). */
  headers: Record<string, string>;
  /** Epoch milliseconds. */
  receivedAt: number;
}

const HOST = "127.0.0.1";
const SMTP_PORT = Number(process.env.SMTP_SINK_PORT || 2525);
const HTTP_PORT = Number(process.env.SMTP_SINK_HTTP_PORT || 2526);
// A run sends a few hundred mails at most; the cap only guards against a runaway loop.
const KEEP = 2000;

const messages: SinkMessage[] = [];

function headersOf(mail: ParsedMail): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const { key, line } of mail.headerLines) {
    const value = line
      .slice(line.indexOf(":") + 1)
      .replace(/\r?\n[ \t]+/g, " ")
      .trim();
    headers[key] = key in headers ? `${headers[key]}, ${value}` : value;
  }
  return headers;
}

const smtp = new SMTPServer({
  secure: false,
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  size: 10 * 1024 * 1024,
  onData(stream, session, callback) {
    simpleParser(stream).then(
      (mail) => {
        messages.push({
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()),
          subject: mail.subject ?? "",
          text: mail.text ?? "",
          html: typeof mail.html === "string" ? mail.html : "",
          headers: headersOf(mail),
          receivedAt: Date.now(),
        });
        if (messages.length > KEEP) messages.splice(0, messages.length - KEEP);
        callback();
      },
      (error: Error) => callback(error),
    );
  },
});
smtp.on("error", (error) => console.error(`[smtp-sink] ${error.message}`));

const http = createServer((request, response) => {
  const path = new URL(request.url ?? "/", `http://${HOST}`).pathname;
  if (request.method === "GET" && path === "/health") {
    response.writeHead(200, { "content-type": "text/plain" }).end("ok");
  } else if (request.method === "GET" && path === "/messages") {
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(messages));
  } else if (request.method === "DELETE" && path === "/messages") {
    messages.length = 0;
    response.writeHead(204).end();
  } else {
    response.writeHead(404, { "content-type": "text/plain" }).end("not found");
  }
});

smtp.listen(SMTP_PORT, HOST, () => {
  http.listen(HTTP_PORT, HOST, () =>
    console.log(`[smtp-sink] SMTP on ${HOST}:${SMTP_PORT}, messages on http://${HOST}:${HTTP_PORT}/messages`),
  );
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    http.close();
    smtp.close(() => process.exit(0));
  });
}
