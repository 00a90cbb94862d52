/**
 * Data-subject requests (AVG art. 15 and 17) on the admin page: find a sender by e-mail address
 * or by name and postcode, download everything stored about them, or erase it.
 */
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { Alert, Button, ButtonGroup, Checkbox, FormField, FormLabel, Heading2, Paragraph, Textbox } from '@utrecht/component-library-react';
import { api, ApiError } from '../../api/client.ts';

export function SubjectRequests() {
  const [q, setQ] = useState({ email: '', name: '', postcode: '' });
  const [confirm, setConfirm] = useState(false);
  const [msg, setMsg] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);
  const set = (k: keyof typeof q) => (e: ChangeEvent<HTMLInputElement>) => setQ((x) => ({ ...x, [k]: e.target.value }));
  const body = () => (q.email.trim() ? { email: q.email.trim() } : { name: q.name.trim(), postcode: q.postcode.trim() });

  async function exportData(e: FormEvent) {
    e.preventDefault();
    setMsg(null);
    try {
      const doc = await api<{ letters: unknown[] }>('/api/privacy/subject/export', { json: body() });
      const url = URL.createObjectURL(new Blob([JSON.stringify(doc, null, 2)], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = 'postsignaal-inzageverzoek.json';
      a.click();
      URL.revokeObjectURL(url);
      setMsg({ type: 'ok', text: `Gegevens van ${doc.letters.length} brief/brieven gedownload.` });
    } catch (err) {
      setMsg({ type: 'error', text: err instanceof ApiError ? err.message : 'Exporteren is mislukt.' });
    }
  }

  async function erase() {
    setMsg(null);
    try {
      const r = await api<{ erased: number }>('/api/privacy/subject/erase', { json: { ...body(), confirm } });
      setMsg({ type: 'ok', text: `De inhoud en afzendergegevens van ${r.erased} brief/brieven zijn gewist. De telling in de trends blijft; het auditlog blijft bewaard.` });
      setConfirm(false);
    } catch (err) {
      setMsg({ type: 'error', text: err instanceof ApiError ? err.message : 'Wissen is mislukt.' });
    }
  }

  return (
    <section className="ps-card" aria-labelledby="avg-kop">
      <Heading2 id="avg-kop">Verzoeken van afzenders (AVG)</Heading2>
      <Paragraph>
        Zoek een afzender op e-mailadres, of op naam en postcode samen. U kunt alles wat Postsignaal over deze afzender bewaart downloaden
        (inzage) of wissen (brieftekst, bestanden, afzendergegevens, toelichtingen en notities). Beide worden gelogd.
      </Paragraph>
      <form className="ps-form" onSubmit={exportData}>
        <FormField>
          <FormLabel htmlFor="avg-email">E-mailadres van de afzender</FormLabel>
          <Textbox id="avg-email" type="email" autoComplete="off" value={q.email} onChange={set('email')} />
        </FormField>
        <FormField>
          <FormLabel htmlFor="avg-name">of naam</FormLabel>
          <Textbox id="avg-name" autoComplete="off" value={q.name} onChange={set('name')} />
        </FormField>
        <FormField>
          <FormLabel htmlFor="avg-postcode">en postcode</FormLabel>
          <Textbox id="avg-postcode" className="ps-input-short" autoComplete="off" value={q.postcode} onChange={set('postcode')} />
        </FormField>
        <FormField>
          <Checkbox id="avg-confirm" checked={confirm} onChange={(e: ChangeEvent<HTMLInputElement>) => setConfirm(e.target.checked)} />
          <FormLabel htmlFor="avg-confirm" type="checkbox">Ja, ik wil de gegevens van deze afzender definitief wissen</FormLabel>
        </FormField>
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button">Gegevens downloaden</Button>
          <Button type="button" appearance="secondary-action-button" disabled={!confirm} onClick={() => void erase()}>Gegevens wissen</Button>
        </ButtonGroup>
      </form>
      {msg && <Alert type={msg.type === 'ok' ? 'ok' : 'error'} role={msg.type === 'ok' ? 'status' : 'alert'}>{msg.text}</Alert>}
    </section>
  );
}
