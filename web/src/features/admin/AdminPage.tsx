import { useCallback, useState, type ChangeEvent, type FormEvent } from 'react';
import {
  Alert, Button, DataList, DataListItem, DataListKey, DataListValue, FormField, FormLabel, Heading1, Heading2, Paragraph, Select, SelectOption,
  Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow, Textbox,
} from '@utrecht/component-library-react';
import { api, ApiError } from '../../api/client.ts';
import { formatDateTime, ROLE_LABELS } from '../../app/format.ts';
import { usePageTitle } from '../../app/usePageTitle.ts';
import { useRefresh } from '../../app/useRefresh.ts';
import { ChannelsPanel } from '../channels/ChannelsPanel.tsx';
import { SubjectRequests } from '../privacy/SubjectRequests.tsx';
import { AlgorithmRegister } from './AlgorithmRegister.tsx';

interface ModelInfo {
  active: string;
  shipped: string;
  thresholds: Record<string, number>;
  trainedOn: { letters: number; generated: number; handwritten: number; reviewed: number };
  versions: { version: string; active: boolean; reviewed_letters: number; note: string; created_at: string; macro_f1: number | null; bedreiging_recall: number | null; anti_f1: number | null; zorg_recall: number | null }[];
  queue: { queued: number; running: number; dead: number };
  retraining: { startedAt: string; by: string; log: string[] } | null;
  lastRetrain: { reason?: string; error?: string; finishedAt: string } | null;
}
interface UserRow { id: number; email: string; display_name: string; role: string; created_at: string; last_login_at: string | null }

const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toLocaleString('nl-NL', { maximumFractionDigits: 1 })}%`);

export function AdminPage() {
  usePageTitle('Beheer');
  const [model, setModel] = useState<ModelInfo | null>(null);
  const [users, setUsers] = useState<UserRow[]>([]);
  const [msg, setMsg] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState('intake');

  const load = useCallback(async () => {
    try {
      const [m, u] = await Promise.all([api<ModelInfo>('/api/admin/model'), api<{ users: UserRow[] }>('/api/users')]);
      setModel(m);
      setUsers(u.users);
    } catch (err) {
      setMsg({ type: 'error', text: err instanceof ApiError ? err.message : 'Laden is mislukt.' });
    }
  }, []);
  useRefresh(load, 10_000);

  async function retrain() {
    try {
      await api('/api/admin/model/retrain', { method: 'POST' });
      setMsg({ type: 'ok', text: 'Hertraining gestart. Dit duurt enkele minuten; de uitkomst verschijnt hieronder.' });
      await load();
    } catch (err) {
      setMsg({ type: 'error', text: err instanceof ApiError ? err.message : 'Starten is mislukt.' });
    }
  }

  async function addUser(e: FormEvent) {
    e.preventDefault();
    try {
      const r = await api<{ oneTimePassword: string | null }>('/api/users', { json: { email, role } });
      setMsg({ type: 'ok', text: `Gebruiker ${email} aangemaakt. Eenmalig wachtwoord: ${r.oneTimePassword} — geef het veilig door; bij de eerste keer inloggen moet het worden gewijzigd.` });
      setEmail('');
      await load();
    } catch (err) {
      setMsg({ type: 'error', text: err instanceof ApiError ? err.message : 'Aanmaken is mislukt.' });
    }
  }

  return (
    <>
      <Heading1>Beheer</Heading1>
      {msg && <Alert type={msg.type === 'ok' ? 'ok' : 'error'} role={msg.type === 'ok' ? 'status' : 'alert'}><Paragraph>{msg.text}</Paragraph></Alert>}
      {model && (
        <>
          <section aria-labelledby="model-kop" className="ps-card">
            <Heading2 id="model-kop">Model</Heading2>
            <DataList>
              <DataListItem><DataListKey>Actieve versie</DataListKey><DataListValue><code>{model.active}</code></DataListValue></DataListItem>
              <DataListItem><DataListKey>Meegeleverde versie</DataListKey><DataListValue><code>{model.shipped}</code></DataListValue></DataListItem>
              <DataListItem><DataListKey>Getraind op</DataListKey><DataListValue>{model.trainedOn.letters.toLocaleString('nl-NL')} brieven ({model.trainedOn.reviewed.toLocaleString('nl-NL')} door medewerkers beoordeeld)</DataListValue></DataListItem>
              <DataListItem><DataListKey>Wachtrij classificatie</DataListKey><DataListValue>{model.queue.queued} wachtend, {model.queue.running} bezig, {model.queue.dead} mislukt</DataListValue></DataListItem>
            </DataList>
            <Paragraph>
              Hertrainen past het deel van het model aan dat in de applicatie zelf getraind kan worden, met alle bevestigde en gecorrigeerde brieven.
              De nieuwe versie wordt alleen actief als die op de achtergehouden testbrieven niet slechter scoort.
            </Paragraph>
            <Button appearance="primary-action-button" onClick={retrain} disabled={!!model.retraining}>
              {model.retraining ? 'Hertraining loopt…' : 'Opnieuw trainen met beoordelingen'}
            </Button>
            {model.retraining && <Paragraph role="status">Gestart {formatDateTime(model.retraining.startedAt)} door {model.retraining.by}. {model.retraining.log.at(-1)}</Paragraph>}
            {model.lastRetrain && <Paragraph>Laatste hertraining ({formatDateTime(model.lastRetrain.finishedAt)}): {model.lastRetrain.error ?? model.lastRetrain.reason}</Paragraph>}
            {model.versions.length > 0 && (
              <Table className="ps-table">
                <TableCaption>Hertrainde versies (cijfers op de achtergehouden testbrieven)</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">Versie</TableHeaderCell>
                    <TableHeaderCell scope="col">Datum</TableHeaderCell>
                    <TableHeaderCell scope="col">Beoordeelde brieven</TableHeaderCell>
                    <TableHeaderCell scope="col">Macro-F1</TableHeaderCell>
                    <TableHeaderCell scope="col">Recall bedreiging</TableHeaderCell>
                    <TableHeaderCell scope="col">Status</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {model.versions.map((v) => (
                    <TableRow key={v.version}>
                      <TableCell><code>{v.version}</code></TableCell>
                      <TableCell>{formatDateTime(v.created_at)}</TableCell>
                      <TableCell>{v.reviewed_letters}</TableCell>
                      <TableCell>{pct(v.macro_f1)}</TableCell>
                      <TableCell>{pct(v.bedreiging_recall)}</TableCell>
                      <TableCell>{v.active ? 'Actief' : v.note}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </section>
          <ChannelsPanel />
          <section aria-labelledby="gebruikers-kop" className="ps-card">
            <Heading2 id="gebruikers-kop">Gebruikers</Heading2>
            <Table className="ps-table">
              <TableCaption className="ps-visually-hidden">Gebruikers</TableCaption>
              <TableHeader><TableRow><TableHeaderCell scope="col">E-mail</TableHeaderCell><TableHeaderCell scope="col">Rol</TableHeaderCell><TableHeaderCell scope="col">Laatst ingelogd</TableHeaderCell></TableRow></TableHeader>
              <TableBody>
                {users.map((u) => (
                  <TableRow key={u.id}><TableCell>{u.email}</TableCell><TableCell>{ROLE_LABELS[u.role] ?? u.role}</TableCell><TableCell>{u.last_login_at ? formatDateTime(u.last_login_at) : 'Nooit'}</TableCell></TableRow>
                ))}
              </TableBody>
            </Table>
            <form onSubmit={addUser} className="ps-form" aria-label="Gebruiker toevoegen">
              <FormField>
                <FormLabel htmlFor="u-email">E-mailadres nieuwe gebruiker</FormLabel>
                <Textbox id="u-email" type="email" value={email} onChange={(e: ChangeEvent<HTMLInputElement>) => setEmail(e.target.value)} />
              </FormField>
              <FormField>
                <FormLabel htmlFor="u-role">Rol</FormLabel>
                <Select id="u-role" value={role} onChange={(e: ChangeEvent<HTMLSelectElement>) => setRole(e.target.value)}>
                  <SelectOption value="intake">Intake</SelectOption>
                  <SelectOption value="policy">Beleid</SelectOption>
                  <SelectOption value="admin">Beheer</SelectOption>
                </Select>
              </FormField>
              <Button type="submit" appearance="secondary-action-button">Gebruiker toevoegen</Button>
            </form>
          </section>
          <SubjectRequests />
          <AlgorithmRegister />
        </>
      )}
    </>
  );
}
