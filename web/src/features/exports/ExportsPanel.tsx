/**
 * Weekly reports on the dashboard: make the report of a finished week (PDF + CSV, stored with a
 * checksum) and download earlier ones. The server also makes one every Monday morning.
 */
import { useCallback, useEffect, useState, type ChangeEvent, type FormEvent } from 'react';
import {
  Alert, Button, FormField, FormLabel, Heading2, Paragraph, Select, SelectOption, Table, TableBody, TableCaption, TableCell,
  TableHeader, TableHeaderCell, TableRow,
} from '@utrecht/component-library-react';
import { api, ApiError } from '../../api/client.ts';
import { formatDateTime } from '../../app/format.ts';
import type { ExportSummary } from '../../../../server/export/types.ts';
import { isoWeekLabel, addWeeks, mondayOf, todayInNl } from '../../../../server/trends/weeks.ts';
import { weekName } from '../../../../server/trends/sentences.ts';

const SOURCES: Record<string, string> = { schedule: 'automatisch (maandag)', manual: 'handmatig', cli: 'opdrachtregel' };

/** The last eight finished weeks, newest first. */
function finishedWeeks(): { week: string; start: string }[] {
  const thisMonday = mondayOf(todayInNl());
  return Array.from({ length: 8 }, (_, i) => { const start = addWeeks(thisMonday, -(i + 1)); return { week: isoWeekLabel(start), start }; });
}

export function ExportsPanel() {
  const weeks = finishedWeeks();
  const [week, setWeek] = useState(weeks[0]!.week);
  const [list, setList] = useState<ExportSummary[] | null>(null);
  const [message, setMessage] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(() => {
    api<{ exports: ExportSummary[] }>('/api/exports').then((d) => setList(d.exports), () => setList([]));
  }, []);
  useEffect(load, [load]);

  async function make(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setMessage(null);
    try {
      const r = await api<{ id: number; week: string }>('/api/exports', { json: { week } });
      setMessage({ type: 'ok', text: `Het weekrapport van ${r.week} is gemaakt; u vindt het bovenaan de lijst.` });
      load();
    } catch (err) {
      setMessage({ type: 'error', text: err instanceof ApiError ? err.message : 'Het rapport kon niet worden gemaakt.' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="ps-card" aria-labelledby="weekrapport-h">
      <Heading2 id="weekrapport-h">Weekrapporten</Heading2>
      <Paragraph className="ps-muted">
        Een overzicht van één tot drie pagina’s voor management en commissie (PDF) met de onderliggende aantallen per categorie,
        afdeling en signaal (CSV). Postsignaal maakt het elke maandagochtend vanzelf voor de week ervoor.
      </Paragraph>
      <form className="ps-filters" onSubmit={make}>
        <FormField>
          <FormLabel htmlFor="x-week">Week</FormLabel>
          <Select id="x-week" value={week} onChange={(e: ChangeEvent<HTMLSelectElement>) => setWeek(e.target.value)}>
            {weeks.map((w) => <SelectOption key={w.week} value={w.week}>{weekName(w)}</SelectOption>)}
          </Select>
        </FormField>
        <Button type="submit" appearance="primary-action-button" disabled={busy}>{busy ? 'Bezig…' : 'Maak weekrapport'}</Button>
      </form>
      {message && <Alert type={message.type === 'ok' ? 'ok' : 'error'} role={message.type === 'ok' ? 'status' : 'alert'}>{message.text}</Alert>}
      {list && list.length === 0 && <Paragraph>Er zijn nog geen weekrapporten.</Paragraph>}
      {list && list.length > 0 && (
        <Table className="ps-table">
          <TableCaption>Gemaakte weekrapporten, nieuwste eerst</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Week</TableHeaderCell>
              <TableHeaderCell scope="col">Gemaakt</TableHeaderCell>
              <TableHeaderCell scope="col">Door</TableHeaderCell>
              <TableHeaderCell scope="col">Downloads</TableHeaderCell>
              <TableHeaderCell scope="col">Controlegetal cijfers (SHA-256)</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {list.map((x) => (
              <TableRow key={x.id}>
                <TableHeaderCell scope="row">{weekName(x)}</TableHeaderCell>
                <TableCell>{formatDateTime(String(x.created_at))}</TableCell>
                <TableCell>{x.created_by ?? SOURCES[x.source]}</TableCell>
                <TableCell>
                  <a href={`/api/exports/${x.id}/pdf`} download>PDF<span className="ps-visually-hidden"> van {x.week}</span></a>
                  {' · '}
                  <a href={`/api/exports/${x.id}/csv`} download>CSV<span className="ps-visually-hidden"> van {x.week}</span></a>
                </TableCell>
                <TableCell><code title={x.figures_sha256}>{x.figures_sha256.slice(0, 12)}…</code></TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
