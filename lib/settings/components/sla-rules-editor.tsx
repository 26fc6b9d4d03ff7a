"use client";

import { useTranslations } from "next-intl";
import { deleteSlaRuleAction, saveSlaRuleAction } from "../actions";
import { ANY_CATEGORY, PRIORITIES, SLA_STAGES, SLA_UNITS } from "../schema";
import { danger, errorProps, Field, input, Message, primary, secondary } from "./form-parts";
import { useSettingsAction } from "./use-settings-action";

type Rule = { id: string; categoryCode: string; priority: (typeof PRIORITIES)[number]; stage: (typeof SLA_STAGES)[number]; amount: number; unit: (typeof SLA_UNITS)[number] };
type Category = { code: string; name: string };

function RuleRow({ rule, label }: { rule: Rule; label: string }) {
  const t = useTranslations("settings.sla");
  const { state: saved, pending: saving, onSubmit: onSave, formRef: saveRef } = useSettingsAction(saveSlaRuleAction);
  const { state: removed, pending: removing, onSubmit: onRemove, formRef: removeRef } = useSettingsAction(deleteSlaRuleAction);
  const id = `rule-${rule.id}`;
  return (
    <>
      <td className="p-2">
        <form ref={saveRef} onSubmit={onSave} className="flex flex-wrap items-center gap-2">
          <input type="hidden" name="categoryCode" value={rule.categoryCode} />
          <input type="hidden" name="priority" value={rule.priority} />
          <input type="hidden" name="stage" value={rule.stage} />
          <input type="number" name="amount" min={1} max={365} required defaultValue={rule.amount} aria-label={t("amountLabel", { rule: label })} {...errorProps(`${id}-amount`, saved.errors?.amount)} className="min-h-11 w-20 rounded-md border-2 border-stone-500 px-2" />
          <select name="unit" defaultValue={rule.unit} aria-label={t("unitLabel", { rule: label })} className="min-h-11 rounded-md border-2 border-stone-500 px-2">
            {SLA_UNITS.map((u) => (
              <option key={u} value={u}>
                {t(`units.${u}`)}
              </option>
            ))}
          </select>
          <button type="submit" disabled={saving} aria-label={t("saveLabel", { rule: label })} className={secondary}>
            {t("save")}
          </button>
          {saved.errors?.amount ? <span id={`${id}-amount-error`} className="text-red-800">{saved.errors.amount}</span> : null}
          <Message state={saved} />
        </form>
      </td>
      <td className="p-2">
        {rule.categoryCode === ANY_CATEGORY ? (
          <span className="text-sm text-stone-700">{t("defaultRule")}</span>
        ) : (
          <form ref={removeRef} onSubmit={onRemove}>
            <input type="hidden" name="id" value={rule.id} />
            <button type="submit" disabled={removing} aria-label={t("deleteLabel", { rule: label })} className={danger}>
              {t("delete")}
            </button>
            <Message state={removed} />
          </form>
        )}
      </td>
    </>
  );
}

function AddRule({ categories }: { categories: Category[] }) {
  const t = useTranslations("settings.sla");
  const { state, pending, onSubmit, formRef } = useSettingsAction(saveSlaRuleAction, true);
  const e = state.errors ?? {};
  const select = (name: "categoryCode" | "priority" | "stage" | "unit", label: string, options: { value: string; label: string }[]) => (
    <Field id={`sla-${name}`} label={label} error={e[name]}>
      <select id={`sla-${name}`} name={name} required {...errorProps(`sla-${name}`, e[name])} className={input}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
  return (
    <form ref={formRef} onSubmit={onSubmit} aria-labelledby="sla-add-heading" className="mt-4 space-y-3 rounded-md border border-stone-300 p-3">
      <h3 id="sla-add-heading" className="font-bold">
        {t("add")}
      </h3>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
        {select("categoryCode", t("category"), [{ value: ANY_CATEGORY, label: t("anyCategory") }, ...categories.map((c) => ({ value: c.code, label: c.name }))])}
        {select("priority", t("priority"), PRIORITIES.map((p) => ({ value: p, label: t(`priorities.${p}`) })))}
        {select("stage", t("stage"), SLA_STAGES.map((s) => ({ value: s, label: t(`stages.${s}`) })))}
        <Field id="sla-amount" label={t("amount")} error={e.amount}>
          <input id="sla-amount" name="amount" type="number" min={1} max={365} required {...errorProps("sla-amount", e.amount)} className={input} />
        </Field>
        {select("unit", t("unit"), SLA_UNITS.map((u) => ({ value: u, label: t(`units.${u}`) })))}
      </div>
      <Message state={state} />
      <button type="submit" disabled={pending} className={primary}>
        {t("addSubmit")}
      </button>
    </form>
  );
}

/** SLA rules: category ("*" = all) × priority × stage → amount and unit. */
export function SlaRulesEditor({ rules, categories }: { rules: Rule[]; categories: Category[] }) {
  const t = useTranslations("settings.sla");
  const name = (code: string) => (code === ANY_CATEGORY ? t("anyCategory") : (categories.find((c) => c.code === code)?.name ?? code));
  return (
    <section aria-labelledby="sla-heading" className="rounded-lg border border-stone-300 bg-white p-4">
      <h2 id="sla-heading" className="text-xl font-bold">
        {t("title")}
      </h2>
      <p className="mb-2 text-stone-700">{t("intro")}</p>
      {rules.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <div role="region" aria-label={t("caption")} tabIndex={0} className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{t("caption")}</caption>
            <thead>
              <tr className="border-b border-stone-300">
                <th scope="col" className="p-2">{t("category")}</th>
                <th scope="col" className="p-2">{t("stage")}</th>
                <th scope="col" className="p-2">{t("priority")}</th>
                <th scope="col" className="p-2">{t("amount")}</th>
                <th scope="col" className="p-2">{t("actions")}</th>
              </tr>
            </thead>
            <tbody>
              {rules.map((r) => {
                const label = `${name(r.categoryCode)} · ${t(`stages.${r.stage}`)} · ${t(`priorities.${r.priority}`)}`;
                return (
                  <tr key={r.id} className="border-b border-stone-200 align-top">
                    <th scope="row" className="p-2 font-normal">{name(r.categoryCode)}</th>
                    <td className="p-2">{t(`stages.${r.stage}`)}</td>
                    <td className="p-2">{t(`priorities.${r.priority}`)}</td>
                    <RuleRow rule={r} label={label} />
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <AddRule categories={categories} />
    </section>
  );
}
