"use client";

import { useActionState } from "react";
import { insertOne, type InsertState } from "./actions";

const INITIAL: InsertState = { status: "idle" };

// A native <form action>: it posts without JavaScript too, as the product's forms do.
export function InsertForm() {
  const [state, formAction] = useActionState(insertOne, INITIAL);
  return (
    <form action={formAction} data-testid="insert-form">
      <input name="name" aria-label="name" />
      <button type="submit">Insert</button>
      {/* The no-JavaScript bench counts an insert acknowledged by this mark, as the product's "sign-sent". */}
      <output data-testid={state.status === "sent" ? "insert-sent" : undefined}>{state.status}</output>
    </form>
  );
}
