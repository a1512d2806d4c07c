"use client";

import { useActionState } from "react";
import { insertOne, type InsertState } from "./actions";

const INITIAL: InsertState = { status: "idle" };

// A native <form action>: it posts without JavaScript too, as the product's forms do.
export function InsertForm() {
  const [state, formAction] = useActionState(insertOne, INITIAL);
  return (
    <form action={formAction}>
      <input name="name" aria-label="name" />
      <button type="submit">Insert</button>
      <output>{state.status}</output>
    </form>
  );
}
