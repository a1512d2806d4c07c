-- The language a supporter signed or subscribed in, so that every later mail is in it
-- (issue 11). Rows from before were all made on the English-only site.
ALTER TABLE "Signature" ADD COLUMN "locale" TEXT NOT NULL DEFAULT 'en';
ALTER TABLE "Subscription" ADD COLUMN "locale" TEXT NOT NULL DEFAULT 'en';
