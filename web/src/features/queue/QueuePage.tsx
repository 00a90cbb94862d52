import { useCallback, useEffect, useState, type ChangeEvent, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import {
  Alert, Button, ButtonGroup, FormField, FormLabel, Heading1, Paragraph, Select, SelectOption, Table, TableBody, TableCaption, TableCell,
  TableHeader, TableHeaderCell, TableRow, Textbox,
} from '@utrecht/component-library-react';
import { api, ApiError, type QueueItem } from '../../api/client.ts';
import { formatDateTime } from '../../app/format.ts';
import { CATEGORIES, DEPARTMENTS, categoryLabel, departmentLabel, REVIEW_STATUS_LABELS } from '../../app/labels.ts';
import { usePageTitle } from '../../app/usePageTitle.ts';
import { SignalBadges } from '../letters/SignalBadges.tsx';

const VIEWS: Record<string, string> = { pending: 'Te beoordelen', reviewed: 'Beoordeeld, nog open', handled: 'Afgehandeld', all: 'Alles' };
const FILTER_KEYS = ['view', 'department', 'category', 'from', 'to', 'q'] as const;

export function QueuePage() {
  usePageTitle('Wachtrij');
  const [params, setParams] = useSearchParams();
  const [draft, setDraft] = useState<Record<string, string>>(() => Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) ?? ''])));
  const [pages, setPages] = useState<{ items: QueueItem[]; next: string | null }[]>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  const query = useCallback((cursor?: string) => {
    const q = new URLSearchParams();
    for (const k of FILTER_KEYS) if (params.get(k)) q.set(k, params.get(k)!);
    if (cursor) q.set('cursor', cursor);
    q.set('pageSize', '25');
    return `/api/review/queue?${q}`;
  }, [params]);

  useEffect(() => {
    let cancelled = false;
    setLoading(true);
    setError(null);
    api<{ items: QueueItem[]; total: number | null; nextCursor: string | null }>(query())
      .then((d) => {
        if (cancelled) return;
        setPages([{ items: d.items, next: d.nextCursor }]);
        setTotal(d.total);
      })
      .catch((err) => !cancelled && setError(err instanceof ApiError ? err.message : 'Laden is mislukt.'))
      .finally(() => !cancelled && setLoading(false));
    return () => {
      cancelled = true;
    };
  }, [query]);

  async function more() {
    const next = pages.at(-1)?.next;
    if (!next) return;
    setLoading(true);
    try {
      const d = await api<{ items: QueueItem[]; nextCursor: string | null }>(query(next));
      setPages((p) => [...p, { items: d.items, next: d.nextCursor }]);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : 'Laden is mislukt.');
    } finally {
      setLoading(false);
    }
  }

  function apply(e: FormEvent) {
    e.preventDefault();
    setParams(Object.fromEntries(Object.entries(draft).filter(([, v]) => v)));
  }

  const set = (k: string) => (e: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setDraft((d) => ({ ...d, [k]: e.target.value }));
  const items = pages.flatMap((p) => p.items);
  const view = params.get('view') || 'pending';

  return (
    <>
      <Heading1>Wachtrij</Heading1>
      <Paragraph>Brieven waarbij een medewerker moet meekijken: mogelijke bedreigingen eerst, daarna de oudste.</Paragraph>
      <form className="ps-filters" onSubmit={apply} aria-label="Filters">
        <FormField>
          <FormLabel htmlFor="f-view">Toon</FormLabel>
          <Select id="f-view" value={draft.view || 'pending'} onChange={set('view')}>
            {Object.entries(VIEWS).map(([k, v]) => <SelectOption key={k} value={k}>{v}</SelectOption>)}
          </Select>
        </FormField>
        <FormField>
          <FormLabel htmlFor="f-department">Afdeling</FormLabel>
          <Select id="f-department" value={draft.department} onChange={set('department')}>
            <SelectOption value="">Alle afdelingen</SelectOption>
            {DEPARTMENTS.map((d) => <SelectOption key={d} value={d}>{departmentLabel(d)}</SelectOption>)}
          </Select>
        </FormField>
        <FormField>
          <FormLabel htmlFor="f-category">Categorie</FormLabel>
          <Select id="f-category" value={draft.category} onChange={set('category')}>
            <SelectOption value="">Alle categorieën</SelectOption>
            {CATEGORIES.map((c) => <SelectOption key={c} value={c}>{categoryLabel(c)}</SelectOption>)}
          </Select>
        </FormField>
        <FormField>
          <FormLabel htmlFor="f-from">Ontvangen vanaf</FormLabel>
          <Textbox id="f-from" type="date" value={draft.from} onChange={set('from')} />
        </FormField>
        <FormField>
          <FormLabel htmlFor="f-to">tot en met</FormLabel>
          <Textbox id="f-to" type="date" value={draft.to} onChange={set('to')} />
        </FormField>
        <FormField className="ps-filters__search">
          <FormLabel htmlFor="f-q">Zoeken in tekst</FormLabel>
          <Textbox id="f-q" type="search" value={draft.q} onChange={set('q')} placeholder="bijv. WOZ of kwijtschelding" />
        </FormField>
        <Button type="submit" appearance="primary-action-button">Filteren</Button>
      </form>
      {error && <Alert type="error" role="alert"><Paragraph>{error}</Paragraph></Alert>}
      <div aria-live="polite" className="ps-count">
        {total !== null && <Paragraph>{total.toLocaleString('nl-NL')} {total === 1 ? 'brief' : 'brieven'} — {VIEWS[view]?.toLowerCase()}</Paragraph>}
      </div>
      {items.length === 0 && !loading && !error && <Paragraph>Er zijn geen brieven die aan deze filters voldoen.</Paragraph>}
      {items.length > 0 && (
        <Table className="ps-table ps-queue">
          <TableCaption className="ps-visually-hidden">Brieven in de wachtrij</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Ontvangen</TableHeaderCell>
              <TableHeaderCell scope="col">Onderwerp</TableHeaderCell>
              <TableHeaderCell scope="col">Voorstel</TableHeaderCell>
              <TableHeaderCell scope="col">Signalen</TableHeaderCell>
              <TableHeaderCell scope="col">Afdeling</TableHeaderCell>
              <TableHeaderCell scope="col">Status</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {items.map((l) => (
              <TableRow key={l.id} className={l.threat_flag ? 'ps-queue__row--threat' : undefined}>
                <TableCell className="ps-nowrap">{formatDateTime(l.received_at)}</TableCell>
                <TableCell>
                  <Link to={`/brieven/${l.id}`} className="ps-queue__subject">{l.subject || '(geen onderwerp)'}</Link>
                  <span className="ps-queue__snippet">{l.snippet}</span>
                </TableCell>
                <TableCell>
                  {categoryLabel(l.category)}
                  {l.model_confidence !== null && <span className="ps-muted"> ({Math.round(l.model_confidence * 100)}%)</span>}
                </TableCell>
                <TableCell><SignalBadges threat={l.threat_flag} anti={!!l.anti_institutioneel} zorg={!!l.zorgsignaal} campaign={l.campaign_id !== null} /></TableCell>
                <TableCell>{departmentLabel(l.department)}{l.cc.length > 0 && <span className="ps-muted"> + kopie {l.cc.map(departmentLabel).join(', ')}</span>}</TableCell>
                <TableCell>{l.status === 'handled' ? 'Afgehandeld' : REVIEW_STATUS_LABELS[l.review_status]}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {pages.at(-1)?.next && (
        <ButtonGroup>
          <Button appearance="secondary-action-button" onClick={more} busy={loading} disabled={loading}>Meer brieven laden</Button>
        </ButtonGroup>
      )}
    </>
  );
}
