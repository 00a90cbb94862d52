/**
 * Intake channels on the admin page: the shared mailbox and the scanner folder, each with its
 * state, last run, counts and last error, and a button to fetch at once.
 */
import { useCallback, useState } from 'react';
import { Alert, Button, Heading2, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { api, ApiError } from '../../api/client.ts';
import { formatDateTime } from '../../app/format.ts';
import { useRefresh } from '../../app/useRefresh.ts';

interface Channel {
  name: 'mailbox' | 'scanner';
  label: string;
  configured: boolean;
  target: string | null;
  state: 'uit' | 'wacht' | 'ok' | 'fout';
  polling: boolean;
  last_run_at: string | null;
  last_success_at: string | null;
  last_error: string | null;
  last_error_at: string | null;
  runs: number;
  ingested: number;
  duplicates: number;
  failed: number;
}

const STATE_LABELS: Record<Channel['state'], string> = {
  uit: 'Niet ingesteld',
  wacht: 'Nog niet opgehaald',
  ok: 'Werkt',
  fout: 'Storing',
};

const HOW_TO: Record<Channel['name'], string> = {
  mailbox: 'Zet IMAP_HOST, IMAP_USER en IMAP_PASSWORD (en zo nodig IMAP_PORT, IMAP_TLS, IMAP_MAILBOX) en start de server opnieuw.',
  scanner: 'Zet SCAN_DIR op de map waarin de scanner PDF- of afbeeldingsbestanden zet en start de server opnieuw.',
};

const n = (v: number) => v.toLocaleString('nl-NL');

export function ChannelsPanel() {
  const [channels, setChannels] = useState<Channel[] | null>(null);
  const [msg, setMsg] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);

  const load = useCallback(async () => {
    try {
      setChannels((await api<{ channels: Channel[] }>('/api/admin/channels')).channels);
    } catch (err) {
      setMsg({ type: 'error', text: err instanceof ApiError ? err.message : 'De kanalen konden niet worden geladen.' });
    }
  }, []);
  useRefresh(load, 10_000);

  async function pollNow(c: Channel) {
    setMsg(null);
    try {
      const r = await api<{ skipped: boolean; reason?: string; ingested?: number; duplicates?: number; failed?: number; error?: string | null }>(`/api/admin/channels/${c.name}/poll`, { method: 'POST' });
      // The table first, then the message: what the message says is what the table shows.
      await load();
      if (r.skipped) setMsg({ type: 'ok', text: r.reason ?? 'Overgeslagen.' });
      else if (r.error) setMsg({ type: 'error', text: `${c.label}: ${r.error}` });
      else setMsg({ type: 'ok', text: `${c.label} opgehaald: ${n(r.ingested ?? 0)} nieuw, ${n(r.duplicates ?? 0)} al ontvangen, ${n(r.failed ?? 0)} mislukt.` });
    } catch (err) {
      setMsg({ type: 'error', text: err instanceof ApiError ? err.message : 'Ophalen is mislukt.' });
    }
  }

  return (
    <section aria-labelledby="kanalen-kop" className="ps-card">
      <Heading2 id="kanalen-kop">Ontvangstkanalen</Heading2>
      <Paragraph>
        Naast uploads en het webformulier haalt Postsignaal brieven op uit een gedeeld postvak en uit de map van de scanner. Scans worden met OCR gelezen.
        Wat niet kan worden verwerkt, gaat naar de map Mislukt (postvak) of <code>failed/</code> (scanmap), met de reden.
      </Paragraph>
      {msg && <Alert type={msg.type === 'ok' ? 'ok' : 'error'} role={msg.type === 'ok' ? 'status' : 'alert'}><Paragraph>{msg.text}</Paragraph></Alert>}
      {channels && (
        <Table className="ps-table">
          <TableCaption className="ps-visually-hidden">Ontvangstkanalen met status, laatste ophaalronde en aantallen</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Kanaal</TableHeaderCell>
              <TableHeaderCell scope="col">Status</TableHeaderCell>
              <TableHeaderCell scope="col">Laatst opgehaald</TableHeaderCell>
              <TableHeaderCell scope="col">Ontvangen</TableHeaderCell>
              <TableHeaderCell scope="col">Al ontvangen</TableHeaderCell>
              <TableHeaderCell scope="col">Mislukt</TableHeaderCell>
              <TableHeaderCell scope="col">Laatste fout</TableHeaderCell>
              <TableHeaderCell scope="col"><span className="ps-visually-hidden">Actie</span></TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {channels.map((c) => (
              <TableRow key={c.name}>
                <TableCell>
                  <strong>{c.label}</strong>
                  <br />
                  {c.configured ? <code>{c.target}</code> : <span>{HOW_TO[c.name]}</span>}
                </TableCell>
                <TableCell>
                  <span className={`ps-state ps-state--${c.state}`}>{STATE_LABELS[c.state]}</span>
                  {c.polling && <><br />bezig met ophalen…</>}
                </TableCell>
                <TableCell>{c.last_run_at ? formatDateTime(c.last_run_at) : '—'}{c.runs > 0 && <><br />{n(c.runs)} rondes</>}</TableCell>
                <TableCell>{n(c.ingested)}</TableCell>
                <TableCell>{n(c.duplicates)}</TableCell>
                <TableCell>{n(c.failed)}</TableCell>
                <TableCell>{c.last_error ? <>{formatDateTime(c.last_error_at!)}: {c.last_error}</> : '—'}</TableCell>
                <TableCell>
                  {c.configured && (
                    <Button appearance="secondary-action-button" onClick={() => void pollNow(c)} disabled={c.polling}>
                      Nu ophalen<span className="ps-visually-hidden"> ({c.label})</span>
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
