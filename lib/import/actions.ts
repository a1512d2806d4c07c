"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { authorizeStaff } from "../auth/guards";
import { postedForm } from "../forms/form-data";
import { adminPath, IMPORT_PATH, publicPath } from "../paths";
import { revalidatePublic } from "../routing/revalidate";
import { applyImport, recordDryRun } from "./apply";
import { planImport } from "./plan";
import { MAX_IMPORT_BYTES } from "./schema";
import { dropUpload, stagedUpload, stageUpload } from "./staging";

// The staff import page's two buttons (docs/import.md, decision 051). Both are plain form posts
// that end in a 303 to the page, which shows the plan of the staged file; admins only, checked
// here and not only by the page.

const HASH = z.string().regex(/^[0-9a-f]{64}$/);

/** "Dry run": the uploaded file is planned, staged for its "Apply" and the dry run audited. */
export async function uploadImport(posted: unknown): Promise<void> {
  const staff = await authorizeStaff("ADMIN");
  if (!staff) redirect(adminPath.forbidden);
  const file = postedForm(posted).get("file");
  if (!(file instanceof Blob) || file.size === 0) redirect(`${IMPORT_PATH}?refused=empty`);
  // Above the limit the library's refusal is shown; the bytes are not kept.
  if (file.size > MAX_IMPORT_BYTES) redirect(`${IMPORT_PATH}?refused=too-large`);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const name = file instanceof File ? file.name : "";
  const plan = await planImport(bytes, name);
  await stageUpload(staff.id, plan.fileHash, bytes, name);
  await recordDryRun(staff.id, plan, name);
  redirect(`${IMPORT_PATH}?file=${plan.fileHash}`);
}

const applySchema = z.object({ file: HASH, plan: HASH });

/** "Apply this import": exactly the staged file, and only if its plan is still the one shown. */
export async function applyStagedImport(posted: unknown): Promise<void> {
  const staff = await authorizeStaff("ADMIN");
  if (!staff) redirect(adminPath.forbidden);
  const form = postedForm(posted);
  const parsed = applySchema.safeParse({ file: form.get("file"), plan: form.get("plan") });
  if (!parsed.success) redirect(`${IMPORT_PATH}?refused=expired`);
  const { file, plan } = parsed.data;
  const staged = await stagedUpload(staff.id, file);
  if (!staged) redirect(`${IMPORT_PATH}?refused=expired`);
  const outcome = await applyImport(staged.bytes, { name: staged.name, actorId: staff.id, expectedHash: file, expectedPlan: plan });
  if (!outcome.applied) redirect(`${IMPORT_PATH}?file=${file}&${outcome.reason === "changed" ? "changed" : "not-applied"}=1`);
  await dropUpload(staff.id, file);
  const written = outcome.plan.rows.filter((r) => r.kind === "create" || r.kind === "update" || r.kind === "conflict");
  // Each profile written, or, for a long list, every profile page at once.
  const many = written.length > 200;
  revalidatePublic(["/", publicPath.prisoners, ...(many ? [] : written.map((r) => publicPath.prisoner(r.slug)))]);
  if (many) revalidatePath("/[locale]/prisoners/[slug]", "page");
  redirect(`${IMPORT_PATH}?applied=${file}`);
}
