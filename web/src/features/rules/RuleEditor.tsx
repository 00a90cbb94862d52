import { useEffect, useRef, type ChangeEvent } from 'react';
import {
  Button, Checkbox, Fieldset, FieldsetLegend, FormField, FormFieldDescription, FormLabel, Heading3, Paragraph, Select, SelectOption, Textbox,
} from '@utrecht/component-library-react';
import { BY_TOPIC_LABEL, CATEGORIES, CATEGORY_LABELS, DEPARTMENTS, DEPARTMENT_LABELS, TOPICS, TOPIC_LABELS } from './labels.ts';
import type { DraftRule, RuleCondition } from './types.ts';

type Tri = '' | 'ja' | 'nee';
const toTri = (v: boolean | undefined): Tri => (v === undefined ? '' : v ? 'ja' : 'nee');
const fromTri = (v: string): boolean | undefined => (v === 'ja' ? true : v === 'nee' ? false : undefined);
const BY_TOPIC = '__onderwerp';

/** A group of checkboxes for the values a condition allows; none ticked means "any". */
function CheckboxGroup(props: { id: string; legend: string; options: readonly string[]; labels: Readonly<Record<string, string>>; value: string[] | undefined; onChange(v: string[]): void }) {
  const { id, legend, options, labels, value = [], onChange } = props;
  return (
    <Fieldset aria-describedby={`${id}-hint`} className="ps-rules-checks">
      <FieldsetLegend>{legend}</FieldsetLegend>
      <Paragraph id={`${id}-hint`} className="ps-rules-hint">Niets aangevinkt: maakt niet uit.</Paragraph>
      <div className="ps-rules-checks__list">
        {options.map((o) => (
          <FormField
            key={o}
            type="checkbox"
            input={
              <Checkbox
                id={`${id}-${o}`}
                checked={value.includes(o)}
                onChange={(e: ChangeEvent<HTMLInputElement>) => onChange(e.target.checked ? options.filter((x) => x === o || value.includes(x)) : value.filter((x) => x !== o))}
              />
            }
            label={<FormLabel htmlFor={`${id}-${o}`} type="checkbox">{labels[o] ?? o}</FormLabel>}
          />
        ))}
      </div>
    </Fieldset>
  );
}

function SignalSelect(props: { id: string; label: string; value: boolean | undefined; onChange(v: boolean | undefined): void }) {
  return (
    <FormField className="ps-rules-field">
      <FormLabel htmlFor={props.id}>{props.label}</FormLabel>
      <Select id={props.id} value={toTri(props.value)} onChange={(e: ChangeEvent<HTMLSelectElement>) => props.onChange(fromTri(e.target.value))}>
        <SelectOption value="">maakt niet uit</SelectOption>
        <SelectOption value="ja">ja</SelectOption>
        <SelectOption value="nee">nee</SelectOption>
      </Select>
    </FormField>
  );
}

/** Edits one rule of the draft; every change applies at once (nothing is stored until "Regels opslaan"). */
export function RuleEditor(props: { rule: DraftRule; position: number; onChange(rule: DraftRule): void; onDone(): void }) {
  const { rule, position, onChange, onDone } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  const id = `regel-${rule.uid}`;
  useEffect(() => heading.current?.focus(), []);

  const setWhen = (patch: Partial<RuleCondition>) => {
    const when: RuleCondition = { ...rule.when, ...patch };
    for (const k of Object.keys(when) as (keyof RuleCondition)[]) if (when[k] === undefined) delete when[k];
    onChange({ ...rule, when });
  };
  const targetValue = 'department' in rule.target ? rule.target.department : BY_TOPIC;

  return (
    <section className="ps-rules-editor" aria-labelledby={`${id}-kop`} id={`${id}-editor`}>
      <Heading3 id={`${id}-kop`} ref={heading} tabIndex={-1}>Regel {position} bewerken</Heading3>
      <div className="ps-rules-editor__grid">
        <FormField className="ps-rules-field">
          <FormLabel htmlFor={`${id}-sleutel`}>Sleutel</FormLabel>
          <FormFieldDescription id={`${id}-sleutel-hint`}>Kleine letters, cijfers en streepjes. Elke routering legt deze sleutel vast.</FormFieldDescription>
          <Textbox id={`${id}-sleutel`} aria-describedby={`${id}-sleutel-hint`} value={rule.key} spellCheck={false} autoComplete="off"
            onChange={(e: ChangeEvent<HTMLInputElement>) => onChange({ ...rule, key: e.target.value })} />
        </FormField>
        <FormField className="ps-rules-field">
          <FormLabel htmlFor={`${id}-omschrijving`}>Omschrijving</FormLabel>
          <Textbox id={`${id}-omschrijving`} value={rule.description} maxLength={300} autoComplete="off"
            onChange={(e: ChangeEvent<HTMLInputElement>) => onChange({ ...rule, description: e.target.value })} />
        </FormField>
        <FormField className="ps-rules-field">
          <FormLabel htmlFor={`${id}-soort`}>Soort regel</FormLabel>
          <Select id={`${id}-soort`} value={rule.kind} onChange={(e: ChangeEvent<HTMLSelectElement>) => onChange({ ...rule, kind: e.target.value === 'cc' ? 'cc' : 'primary' })}>
            <SelectOption value="primary">Afdeling: de eerste passende regel bepaalt de afdeling</SelectOption>
            <SelectOption value="cc">Kopie: elke passende regel stuurt een kopie</SelectOption>
          </Select>
        </FormField>
        <FormField className="ps-rules-field">
          <FormLabel htmlFor={`${id}-naar`}>Naar</FormLabel>
          <Select id={`${id}-naar`} value={targetValue}
            onChange={(e: ChangeEvent<HTMLSelectElement>) => onChange({ ...rule, target: e.target.value === BY_TOPIC ? { byTopic: true } : { department: e.target.value } })}>
            {DEPARTMENTS.map((d) => <SelectOption key={d} value={d}>{DEPARTMENT_LABELS[d]}</SelectOption>)}
            <SelectOption value={BY_TOPIC}>{BY_TOPIC_LABEL.toLowerCase()}</SelectOption>
          </Select>
        </FormField>
      </div>
      <Paragraph className="ps-rules-hint">De regel past op een brief als alle gekozen voorwaarden kloppen.</Paragraph>
      <div className="ps-rules-editor__grid">
        <CheckboxGroup id={`${id}-categorie`} legend="Categorie" options={CATEGORIES} labels={CATEGORY_LABELS} value={rule.when.categories} onChange={(v) => setWhen({ categories: v.length ? v : undefined })} />
        <CheckboxGroup id={`${id}-onderwerp`} legend="Onderwerp" options={TOPICS} labels={TOPIC_LABELS} value={rule.when.topics} onChange={(v) => setWhen({ topics: v.length ? v : undefined })} />
        <div>
          <SignalSelect id={`${id}-anti`} label="Anti-institutioneel" value={rule.when.anti_institutioneel} onChange={(v) => setWhen({ anti_institutioneel: v })} />
          <SignalSelect id={`${id}-zorg`} label="Zorgsignaal" value={rule.when.zorgsignaal} onChange={(v) => setWhen({ zorgsignaal: v })} />
        </div>
      </div>
      <Button appearance="secondary-action-button" onClick={onDone}>Klaar met regel {position}</Button>
    </section>
  );
}
