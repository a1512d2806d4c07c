"use client";

import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/forms/PublicParts";

/** Error keys of the message forms: "comments.errors" first, then the shared "forms.errors". */
export function useCommentErrorText() {
  const t = useTranslations("comments.errors");
  const shared = useErrorText();
  return (key: string | undefined) => (key ? (t.has(key) ? t(key) : shared(key)) : undefined);
}
