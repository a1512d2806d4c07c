import { useTranslations } from "next-intl";
import type { ColonyRegime, PrisonType } from "@/lib/generated/prisma/enums";

/** "Penal colony, strict regime": a place's type and, for a colony, its regime. */
export function PrisonKind({ type, regime }: { type: PrisonType; regime: ColonyRegime | null }) {
  const t = useTranslations("prisonPages");
  return (
    <>
      {t(`type.${type}`)}
      {regime && `, ${t(`regime.${regime}`)}`}
    </>
  );
}
