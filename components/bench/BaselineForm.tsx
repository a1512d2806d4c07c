"use client";

import { useActionState } from "react";
import { benchBaselineInsert, type BaselineState } from "@/lib/bench/actions";

const INITIAL: BaselineState = { status: "idle" };

// Only here so the benchmark's baseline action is part of the build, called like signPetition.
export function BaselineForm() {
  const [state, formAction] = useActionState(benchBaselineInsert, INITIAL);
  return (
    <form action={formAction}>
      <input name="name" aria-label="name" />
      <output>{state.status}</output>
    </form>
  );
}
