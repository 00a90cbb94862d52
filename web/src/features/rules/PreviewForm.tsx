import { api, ApiError } from '../../api/client.ts';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { Alert, Button, Checkbox, Fieldset, FieldsetLegend, FormField, FormLabel, Paragraph, Select, SelectOption, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { category, CATEGORIES, CATEGORY_LABELS, department, topic, TOPICS, TOPIC_LABELS } from './labels.ts';
import { errorMessage, type Decision, type Labels, type RuleSet } from './types.ts';

function sentence(l: Labels, d: Decision): string {
  const signals = [l.anti_institutioneel && 'anti-institutioneel', l.zorgsignaal && 'zorgsignaal'].filter(Boolean);
  const about = `Een brief met categorie ${category(l.category)} over ${topic(l.topic).toLowerCase()}, ${signals.length ? `met signaal ${signals.join(' en ')}` : 'zonder signalen'},`;
  const rule = d.ruleKey === 'fallback' ? 'omdat geen regel past' : `regel ${d.ruleKey}`;
  const cc = d.cc.length ? ` Kopie naar ${d.cc.map((c, i) => `${department(c)} (regel ${d.ccRuleKeys[i]})`).join(' en ')}.` : ' Geen kopieën.';
  return `${about} gaat naar ${department(d.department)} (${rule}).${cc}`;
}

/** "A letter like this goes to …": with the rules in the editor (draft) or the active rules. */
export function PreviewForm(props: { draft?: RuleSet; sourceLabel: string }) {
  const [labels, setLabels] = useState<Labels>({ category: 'klacht', topic: 'belastingen', anti_institutioneel: false, zorgsignaal: false });
  const [result, setResult] = useState<{ labels: Labels; decision: Decision; source: string } | null>(null);
  const [error, setError] = useState<{ message: string; errors: string[] } | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const decision = await api<Decision>('/api/routing/preview', { json: { ...labels, ...(props.draft ? { ruleset: props.draft } : {}) } });
      setResult({ labels, decision, source: props.sourceLabel });
    } catch (err) {
      setResult(null);
      setError({ message: errorMessage(err, 'De proef is mislukt.'), errors: err instanceof ApiError ? err.errors : [] });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="ps-rules-preview" noValidate>
      <div className="ps-rules-preview__fields">
        <FormField className="ps-rules-field">
          <FormLabel htmlFor="proef-categorie">Categorie</FormLabel>
          <Select id="proef-categorie" value={labels.category} onChange={(e: ChangeEvent<HTMLSelectElement>) => setLabels({ ...labels, category: e.target.value })}>
            {CATEGORIES.map((c) => <SelectOption key={c} value={c}>{CATEGORY_LABELS[c]}</SelectOption>)}
          </Select>
        </FormField>
        <FormField className="ps-rules-field">
          <FormLabel htmlFor="proef-onderwerp">Onderwerp</FormLabel>
          <Select id="proef-onderwerp" value={labels.topic} onChange={(e: ChangeEvent<HTMLSelectElement>) => setLabels({ ...labels, topic: e.target.value })}>
            {TOPICS.map((t) => <SelectOption key={t} value={t}>{TOPIC_LABELS[t]}</SelectOption>)}
          </Select>
        </FormField>
        <Fieldset className="ps-rules-checks">
          <FieldsetLegend>Signalen</FieldsetLegend>
          <FormField type="checkbox"
            input={<Checkbox id="proef-anti" checked={labels.anti_institutioneel} onChange={(e: ChangeEvent<HTMLInputElement>) => setLabels({ ...labels, anti_institutioneel: e.target.checked })} />}
            label={<FormLabel htmlFor="proef-anti" type="checkbox">Anti-institutioneel</FormLabel>} />
          <FormField type="checkbox"
            input={<Checkbox id="proef-zorg" checked={labels.zorgsignaal} onChange={(e: ChangeEvent<HTMLInputElement>) => setLabels({ ...labels, zorgsignaal: e.target.checked })} />}
            label={<FormLabel htmlFor="proef-zorg" type="checkbox">Zorgsignaal</FormLabel>} />
        </Fieldset>
      </div>
      <Button type="submit" appearance="secondary-action-button" busy={busy} disabled={busy}>Bekijk waar deze brief heen gaat</Button>
      <div aria-live="polite" className="ps-rules-preview__result">
        {result && (
          <Paragraph className="ps-rules-preview__sentence">
            <strong>{sentence(result.labels, result.decision)}</strong> <span className="ps-rules-hint">({result.source})</span>
          </Paragraph>
        )}
      </div>
      {error && (
        <Alert type="error" role="alert">
          <Paragraph>{error.errors.length ? 'De regels in de editor zijn nog niet in orde:' : error.message}</Paragraph>
          {error.errors.length > 0 && <UnorderedList>{error.errors.map((m) => <UnorderedListItem key={m}>{m}</UnorderedListItem>)}</UnorderedList>}
        </Alert>
      )}
    </form>
  );
}
