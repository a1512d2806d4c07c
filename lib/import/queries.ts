import "server-only";
import { db } from "../db";
import { type ImportPlan, planDigest, planImport } from "./plan";
import { stagedUpload } from "./staging";

/** The plan of the file this staff member staged, as of now, with the digest its "Apply" carries. */
export async function stagedPlan(staffId: string, fileHash: string): Promise<{ plan: ImportPlan; name: string; digest: string } | null> {
  const staged = await stagedUpload(staffId, fileHash);
  if (!staged) return null;
  const plan = await planImport(staged.bytes, staged.name);
  return { plan, name: staged.name, digest: planDigest(plan) };
}

/** What this staff member's last import of this file wrote (its audit entry), or null. */
export async function appliedImport(
  staffId: string,
  fileHash: string,
): Promise<{ name: string | null; counts: ImportPlan["counts"] } | null> {
  const entry = await db.auditLog.findFirst({
    where: { action: "prisoner.import", entityId: fileHash, actorId: staffId },
    orderBy: { createdAt: "desc" },
    select: { after: true },
  });
  if (!entry?.after) return null;
  const after = JSON.parse(entry.after) as { name: string | null; counts: ImportPlan["counts"] };
  return { name: after.name, counts: after.counts };
}
