"use client";

import { useTranslations } from "next-intl";
import { AttributeField } from "./attribute-field";
import { ChoiceGroup } from "./form-fields";
import type { StepProps } from "./report-steps";

export function StepGroup({ draft, update, errors, catalogue, mode }: StepProps) {
  const t = useTranslations("cases.group");
  return (
    <ChoiceGroup
      field="worker_group"
      legend={t(mode === "staff" ? "legendStaff" : "legend")}
      options={catalogue.worker_groups.map((g) => ({ value: g.code, label: g.name }))}
      value={draft.workerGroup}
      onChange={(workerGroup) => update({ workerGroup })}
      error={errors.worker_group}
    />
  );
}

export function StepCategory({ draft, update, errors, catalogue }: StepProps) {
  const t = useTranslations("cases.category");
  const category = catalogue.categories.find((c) => c.code === draft.category);
  return (
    <div className="space-y-5">
      <ChoiceGroup
        field="category"
        legend={t("legend")}
        options={catalogue.categories.map((c) => ({ value: c.code, label: c.name }))}
        value={draft.category}
        // Answers belong to one category's questions: a new category starts without them.
        onChange={(code) => update((d) => ({ category: code, attributes: d.category === code ? d.attributes : {} }))}
        error={errors.category}
      />
      {category && category.attributes.length > 0 ? (
        <section aria-labelledby="extra-questions" className="space-y-4 rounded-lg border-2 border-brand-700 bg-brand-50 p-3">
          <h3 id="extra-questions" className="font-bold">
            {t("extra", { category: category.name })}
          </h3>
          {category.attributes.map((a) => (
            <AttributeField
              key={a.code}
              attribute={a}
              value={draft.attributes[a.code]}
              onChange={(v) => update((d) => ({ attributes: { ...d.attributes, [a.code]: v } }))}
              error={errors[`attributes.${a.code}`]}
            />
          ))}
        </section>
      ) : null}
    </div>
  );
}
