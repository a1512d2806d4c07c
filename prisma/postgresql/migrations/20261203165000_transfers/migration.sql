-- A timeline event for a move from one place of detention to another. SQLite stores enums as
-- text, so only PostgreSQL needs this step.
-- AlterEnum
ALTER TYPE "TimelineEventKind" ADD VALUE 'TRANSFER' BEFORE 'OTHER';
