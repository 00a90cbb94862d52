import { useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Alert, Button, ButtonGroup, Checkbox, Fieldset, FieldsetLegend, FormField, FormLabel, Heading2, Paragraph, Select, SelectOption, Textarea } from '@utrecht/component-library-react';
import { api, ApiError, type LetterReviewDetail, type QueueItem } from '../../api/client.ts';
import { CATEGORIES, DEPARTMENTS, TOPICS, categoryLabel, departmentLabel, topicLabel } from '../../app/labels.ts';

type Msg = { type: 'ok' | 'error'; text: string } | null;

function typingIn(el: EventTarget | null): boolean {
  const t = el as HTMLElement | null;
  return !!t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable);
}

/**
 * The person decides: confirm the proposal, correct it (labels and/or department), add a note,
 * mark handled. Keyboard: b = bevestigen, c = corrigeren, n = notitie, a = afgehandeld, v = volgende.
 */
export function ReviewPanel({ letter, onChanged }: { letter: LetterReviewDetail; onChanged: () => Promise<void> }) {
  const navigate = useNavigate();
  const cur = letter.current;
  const [category, setCategory] = useState(cur.category ?? '');
  const [topic, setTopic] = useState(cur.topic ?? '');
  const [anti, setAnti] = useState(!!cur.anti_institutioneel);
  const [zorg, setZorg] = useState(!!cur.zorgsignaal);
  const [department, setDepartment] = useState('');
  const [note, setNote] = useState('');
  const [msg, setMsg] = useState<Msg>(null);
  const [busy, setBusy] = useState(false);
  const correctRef = useRef<HTMLSelectElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const handled = letter.status === 'handled';

  useEffect(() => {
    setCategory(cur.category ?? '');
    setTopic(cur.topic ?? '');
    setAnti(!!cur.anti_institutioneel);
    setZorg(!!cur.zorgsignaal);
    setDepartment('');
  }, [cur.category, cur.topic, cur.anti_institutioneel, cur.zorgsignaal, cur.department]);

  async function run(label: string, path: string, body?: unknown) {
    setBusy(true);
    setMsg(null);
    try {
      await api(`/api/review/letters/${letter.id}/${path}`, { method: 'POST', json: body ?? {} });
      setMsg({ type: 'ok', text: label });
      await onChanged();
    } catch (err) {
      setMsg({ type: 'error', text: err instanceof ApiError ? err.message : 'Opslaan is mislukt.' });
    } finally {
      setBusy(false);
    }
  }

  async function next() {
    const q = await api<{ items: QueueItem[] }>('/api/review/queue?pageSize=2');
    const n = q.items.find((i) => i.id !== letter.id);
    navigate(n ? `/brieven/${n.id}` : '/wachtrij');
  }

  const confirm = () => run('Het voorstel is bevestigd.', 'confirm', note.trim() ? { note } : {});
  const markHandled = () => run('De brief is afgehandeld.', 'handled', note.trim() ? { note } : {});

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.ctrlKey || e.metaKey || e.altKey || typingIn(e.target) || busy) return;
      if (e.key === 'b' && !handled) (e.preventDefault(), void confirm());
      else if (e.key === 'c') (e.preventDefault(), correctRef.current?.focus());
      else if (e.key === 'n') (e.preventDefault(), noteRef.current?.focus());
      else if (e.key === 'a' && !handled) (e.preventDefault(), void markHandled());
      else if (e.key === 'v') (e.preventDefault(), void next());
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  async function onCorrect(e: FormEvent) {
    e.preventDefault();
    const body: Record<string, unknown> = {};
    if (category && category !== cur.category) body.category = category;
    if (topic && topic !== cur.topic) body.topic = topic;
    if (anti !== !!cur.anti_institutioneel) body.anti_institutioneel = anti;
    if (zorg !== !!cur.zorgsignaal) body.zorgsignaal = zorg;
    if (department) body.department = department;
    if (note.trim()) body.note = note;
    await run('De correctie is opgeslagen en de brief is opnieuw gerouteerd.', 'correct', body);
  }

  async function onNote(e: FormEvent) {
    e.preventDefault();
    if (!note.trim()) {
      setMsg({ type: 'error', text: 'Schrijf eerst een notitie.' });
      return;
    }
    await run('De notitie is toegevoegd.', 'notes', { note });
    setNote('');
  }

  const sel = (set: (v: string) => void) => (e: ChangeEvent<HTMLSelectElement>) => set(e.target.value);
  return (
    <section aria-labelledby="beoordelen-kop" className="ps-panel">
      <Heading2 id="beoordelen-kop">Beoordelen</Heading2>
      {msg && <Alert type={msg.type === 'ok' ? 'ok' : 'error'} role={msg.type === 'ok' ? 'status' : 'alert'}><Paragraph>{msg.text}</Paragraph></Alert>}
      <ButtonGroup>
        <Button appearance="primary-action-button" onClick={confirm} disabled={busy || handled} aria-keyshortcuts="b">Bevestigen <kbd>b</kbd></Button>
        {handled
          ? <Button appearance="secondary-action-button" onClick={() => run('De brief is heropend.', 'reopen')} disabled={busy}>Heropenen</Button>
          : <Button appearance="secondary-action-button" onClick={markHandled} disabled={busy} aria-keyshortcuts="a">Afgehandeld <kbd>a</kbd></Button>}
        <Button appearance="subtle-button" onClick={() => void next()} aria-keyshortcuts="v">Volgende brief <kbd>v</kbd></Button>
      </ButtonGroup>
      <form onSubmit={onCorrect} className="ps-form ps-correct" aria-label="Corrigeren">
        <Fieldset>
          <FieldsetLegend>Corrigeren <kbd>c</kbd></FieldsetLegend>
          <FormField>
            <FormLabel htmlFor="c-category">Categorie</FormLabel>
            <Select id="c-category" ref={correctRef} value={category} onChange={sel(setCategory)} aria-keyshortcuts="c">
              {CATEGORIES.map((c) => <SelectOption key={c} value={c}>{categoryLabel(c)}</SelectOption>)}
            </Select>
          </FormField>
          <FormField>
            <FormLabel htmlFor="c-topic">Onderwerp</FormLabel>
            <Select id="c-topic" value={topic} onChange={sel(setTopic)}>
              {TOPICS.map((t) => <SelectOption key={t} value={t}>{topicLabel(t)}</SelectOption>)}
            </Select>
          </FormField>
          <div className="ps-checks">
            <FormField type="checkbox">
              <Checkbox id="c-anti" checked={anti} onChange={(e: ChangeEvent<HTMLInputElement>) => setAnti(e.target.checked)} />
              <FormLabel htmlFor="c-anti" type="checkbox">Anti-institutioneel</FormLabel>
            </FormField>
            <FormField type="checkbox">
              <Checkbox id="c-zorg" checked={zorg} onChange={(e: ChangeEvent<HTMLInputElement>) => setZorg(e.target.checked)} />
              <FormLabel htmlFor="c-zorg" type="checkbox">Zorgsignaal</FormLabel>
            </FormField>
          </div>
          <FormField>
            <FormLabel htmlFor="c-department">Afdeling</FormLabel>
            <Select id="c-department" value={department} onChange={sel(setDepartment)}>
              <SelectOption value="">Volgens de routeringsregels ({departmentLabel(cur.department)})</SelectOption>
              {DEPARTMENTS.map((d) => <SelectOption key={d} value={d}>{departmentLabel(d)}</SelectOption>)}
            </Select>
          </FormField>
          <Button type="submit" appearance="secondary-action-button" disabled={busy}>Correctie opslaan</Button>
        </Fieldset>
      </form>
      <form onSubmit={onNote} className="ps-form" aria-label="Notitie">
        <FormField>
          <FormLabel htmlFor="c-note">Notitie <kbd>n</kbd></FormLabel>
          <Textarea id="c-note" ref={noteRef} rows={3} value={note} onChange={(e: ChangeEvent<HTMLTextAreaElement>) => setNote(e.target.value)} aria-keyshortcuts="n" />
        </FormField>
        <Button type="submit" appearance="secondary-action-button" disabled={busy}>Notitie toevoegen</Button>
      </form>
    </section>
  );
}
