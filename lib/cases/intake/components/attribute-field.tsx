"use client";

import type { AttributeAnswer } from "./report-draft";
import { ChoiceGroup, describedBy, errorId, FieldError, FieldLabel, fieldId, inputClass } from "./form-fields";
import type { CatalogueCategory } from "./report-steps";

type Attribute = CatalogueCategory["attributes"][number];

/** One of a category's extra questions (Open311 service attributes), drawn by its datatype. */
export function AttributeField({ attribute: a, value, onChange, error }: { attribute: Attribute; value?: AttributeAnswer; onChange: (v: AttributeAnswer) => void; error?: string }) {
  const field = `attributes.${a.code}`;
  const options = (a.values ?? []).map((v) => ({ value: v.key, label: v.name }));
  if (a.datatype === "singlevaluelist") {
    return <ChoiceGroup field={field} legend={a.description} options={options} value={typeof value === "string" ? value : ""} onChange={onChange} error={error} required={a.required} />;
  }
  if (a.datatype === "multivaluelist") {
    const values = Array.isArray(value) ? value : [];
    return (
      <ChoiceGroup
        field={field}
        legend={a.description}
        options={options}
        multiple
        values={values}
        onToggle={(v, on) => onChange(on ? [...values, v] : values.filter((x) => x !== v))}
        error={error}
        required={a.required}
      />
    );
  }
  const common = {
    id: fieldId(field),
    value: typeof value === "string" ? value : "",
    required: a.required,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(error && errorId(field)),
    className: inputClass,
  };
  return (
    <div>
      <FieldLabel field={field} required={a.required}>
        {a.description}
      </FieldLabel>
      {a.datatype === "text" ? (
        <textarea {...common} rows={3} maxLength={500} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input
          {...common}
          type={a.datatype === "datetime" ? "datetime-local" : "text"}
          inputMode={a.datatype === "number" ? "decimal" : undefined}
          maxLength={500}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      <FieldError field={field} message={error} />
    </div>
  );
}
