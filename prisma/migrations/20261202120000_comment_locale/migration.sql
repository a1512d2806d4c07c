-- The language a message of solidarity was written in, so a moderator sees it (issue 11).
-- Messages from before were all written on the English-only site.
ALTER TABLE "Comment" ADD COLUMN "locale" TEXT NOT NULL DEFAULT 'en';
