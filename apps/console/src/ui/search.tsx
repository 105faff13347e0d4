import { useState, type FormEvent } from "react";
import { navigate } from "../routes";
import { Field } from "./Field";

/**
 * A search form's fields, put in the address (`path?…`) on submit, so a link
 * to it shows the same rows; a field left empty, or at its `defaults` value,
 * stays out of the address.
 */
export function useSearchForm<S extends Record<string, string>>(
  initial: S,
  path: string,
  defaults: Record<string, string> = {},
) {
  const [search, setSearch] = useState(initial);
  const set = (key: keyof S) => (value: string) => setSearch((s) => ({ ...s, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const params = new URLSearchParams(
      Object.entries(search).filter(([key, value]) => value !== "" && value !== defaults[key]),
    );
    navigate(`${path}${params.size ? `?${params.toString()}` : ""}`);
  };
  return { search, setSearch, set, submit };
}

/** A search's first and last day (`dayRange` makes them epoch ms in the kiosk's zone). */
export function DayFields({
  from,
  to,
  set,
}: {
  from: string;
  to: string;
  set: (key: "from" | "to") => (value: string) => void;
}) {
  return (
    <>
      <Field label="С" type="date" name="from" value={from} onChange={set("from")} />
      <Field label="По" type="date" name="to" value={to} onChange={set("to")} />
    </>
  );
}
