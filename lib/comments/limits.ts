import type { Limit } from "../rate-limit";

// Per IP hash. Messages: a few per ten minutes is plenty for a person and little for a flood.
// Attempts (including refused ones) are counted separately and more generously, so correcting a
// refused message is not punished but hammering the checks is. Reports: one person reports a
// handful of messages, not hundreds.
export const COMMENT_LIMITS = {
  postPerIp: { name: "comment-ip", points: 5, durationSeconds: 600 },
  attemptPerIp: { name: "comment-attempt-ip", points: 30, durationSeconds: 600 },
  reportPerIp: { name: "comment-report-ip", points: 10, durationSeconds: 3600 },
} satisfies Record<string, Limit>;

/** Reports that hide an approved message until a moderator reads it again. */
export const REPORTS_TO_HIDE = 3;
