"use client";

import type { FormEvent } from "react";
import { TextField } from "@/components/forms/Field";
import { FormMessage, SubmitButton } from "@/components/forms/FormParts";
import { useServerForm } from "@/components/forms/useServerForm";
import { invalidateSignatures } from "@/lib/petitions/actions";
import { invalidationSchema, type InvalidationState } from "@/lib/petitions/schema";

const INITIAL: InvalidationState = { status: "idle" };
const FAILED: InvalidationState = { status: "error", message: "The form could not be sent. Check your connection and try again." };

const MODES = [
  {
    value: "domain",
    label: "Email domain",
    hint: "Every address at this domain, compared in canonical form (GoogleMail.com is gmail.com).",
  },
  {
    value: "ip",
    label: "IP address or IP hash",
    hint: "Signatures sent from one address (hashed as the site hashes it) or with this exact hash.",
  },
  { value: "time", label: "Time range", hint: "Signatures sent within a period, in UTC." },
] as const;

const plural = (n: number) => `${n.toLocaleString("en")} signature${n === 1 ? "" : "s"}`;

// Two steps, with or without JavaScript: the first submit counts what the criteria match and
// changes nothing; the confirmation button carries the same criteria and applies them.
export function InvalidationForm({ petitionSlug }: { petitionSlug: string }) {
  const {
    state,
    pending,
    send,
    register,
    error,
    defaults: start,
    formProps,
  } = useServerForm(invalidationSchema, invalidateSignatures, INITIAL, FAILED, (answer) => {
    const echoed = answer.status === "error" || answer.status === "preview" ? answer.values : undefined;
    return {
      petition: petitionSlug,
      step: "preview" as const,
      mode: MODES.find((m) => m.value === echoed?.mode)?.value ?? "domain",
      domain: echoed?.domain ?? "",
      ip: echoed?.ip ?? "",
      from: echoed?.from ?? "",
      to: echoed?.to ?? "",
    };
  });
  const id = (field: string) => `invalidate-${field}`;
  const confirm = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    send(event);
  };

  return (
    <div className="space-y-4">
      <FormMessage
        text={
          state.status === "forbidden"
            ? "Your role does not allow this. Nothing was changed."
            : state.status === "error"
              ? state.message
              : undefined
        }
      />

      {state.status === "preview" && (
        <div role="status" className="space-y-3 rounded border-l-4 border-accent bg-white p-4" data-testid="invalidation-preview">
          <p className="font-semibold">
            {state.counts.total === 0
              ? `No valid signature matches ${state.description}: nothing would change.`
              : `${plural(state.counts.total)} match ${state.description}: ${state.counts.confirmed.toLocaleString("en")} confirmed, ${state.counts.pending.toLocaleString("en")} pending.`}
          </p>
          {state.counts.total > 0 && (
            <form action={formProps.action} onSubmit={confirm}>
              {Object.entries(state.values).map(([name, value]) => (
                <input key={name} type="hidden" name={name} value={value} />
              ))}
              <input type="hidden" name="step" value="apply" />
              <input type="hidden" name="expected" value={state.counts.total} />
              <SubmitButton
                pending={pending}
                label={`Confirm invalidation of ${plural(state.counts.total)}`}
                pendingLabel="Invalidating…"
                className="rounded bg-accent px-4 py-2 font-semibold text-white disabled:opacity-60"
              />
            </form>
          )}
        </div>
      )}

      {state.status === "done" && (
        <p role="status" className="rounded border-l-4 border-free bg-white p-4 font-semibold" data-testid="invalidation-done">
          Invalidated {plural(state.counts.total)} ({state.counts.confirmed.toLocaleString("en")} confirmed,{" "}
          {state.counts.pending.toLocaleString("en")} pending) matching {state.description}. The petition&apos;s count now leaves them out.
          {state.previewed !== null &&
            state.previewed !== state.counts.total &&
            ` The preview counted ${plural(state.previewed)}: signatures changed in between.`}
        </p>
      )}

      <form {...formProps} className="space-y-4" data-testid="invalidation-form">
        <input type="hidden" defaultValue={petitionSlug} {...register("petition")} />
        <input type="hidden" defaultValue="preview" {...register("step")} />
        <fieldset className="space-y-2">
          <legend className="text-sm font-semibold">Find signatures by</legend>
          {MODES.map((mode) => (
            <label key={mode.value} className="flex items-start gap-2 text-sm">
              <input type="radio" value={mode.value} defaultChecked={start.mode === mode.value} className="mt-1" {...register("mode")} />
              <span>
                <span className="font-semibold">{mode.label}</span> <span className="text-muted">— {mode.hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            id={id("domain")}
            label="Email domain"
            hint="e.g. example.com"
            error={error("domain")}
            defaultValue={start.domain}
            registration={register("domain")}
          />
          <TextField
            id={id("ip")}
            label="IP address or IP hash"
            error={error("ip")}
            defaultValue={start.ip}
            registration={register("ip")}
          />
          <TextField
            id={id("from")}
            label="From (UTC)"
            type="datetime-local"
            error={error("from")}
            defaultValue={start.from}
            registration={register("from")}
          />
          <TextField
            id={id("to")}
            label="Until (UTC, to the end of that minute)"
            type="datetime-local"
            error={error("to")}
            defaultValue={start.to}
            registration={register("to")}
          />
        </div>
        <SubmitButton pending={pending} label="Count matching signatures" pendingLabel="Counting…" />
      </form>
    </div>
  );
}
