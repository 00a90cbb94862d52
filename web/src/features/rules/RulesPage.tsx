import { api, ApiError } from '../../api/client.ts';
import { useCallback, useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import {
  Alert, Button, FormField, FormFieldDescription, FormLabel, Heading1, Heading2, Paragraph, Textarea, UnorderedList, UnorderedListItem,
} from '@utrecht/component-library-react';
import { formatDateTime } from '../../app/format.ts';
import { useSession } from '../../app/session.tsx';
import { usePageTitle } from '../../app/usePageTitle.ts';
import { PreviewForm } from './PreviewForm.tsx';
import { Reroute } from './Reroute.tsx';
import { actionId, RuleTable, type RuleAction } from './RuleTable.tsx';
import { TopicTable } from './TopicTable.tsx';
import { VersionList } from './VersionList.tsx';
import {
  errorMessage, fromDraft, newDraftRule, toDraft, type Draft, type DraftRule, type RuleVersion, type VersionSummary,
} from './types.ts';

type SaveOutcome =
  | { kind: 'ok'; version: number }
  | { kind: 'invalid'; message: string; errors: string[] }
  | { kind: 'conflict'; message: string }
  | { kind: 'error'; message: string };

function SaveAlert({ outcome, onReload }: { outcome: SaveOutcome; onReload(): void }) {
  switch (outcome.kind) {
    case 'ok':
      return <Alert type="ok" role="status"><Paragraph>De regels zijn opgeslagen als versie {outcome.version}. Nieuwe brieven worden volgens deze versie gerouteerd.</Paragraph></Alert>;
    case 'invalid':
      return (
        <Alert type="error" role="alert">
          <Paragraph><strong>Niet opgeslagen.</strong> Herstel eerst {outcome.errors.length === 1 ? 'dit punt' : `deze ${outcome.errors.length} punten`}:</Paragraph>
          <UnorderedList>{outcome.errors.map((m) => <UnorderedListItem key={m}>{m}</UnorderedListItem>)}</UnorderedList>
        </Alert>
      );
    case 'conflict':
      return (
        <Alert type="warning" role="alert">
          <Paragraph><strong>Niet opgeslagen.</strong> {outcome.message}</Paragraph>
          <Button appearance="secondary-action-button" onClick={onReload}>Nieuwste versie laden (uw wijzigingen vervallen)</Button>
        </Alert>
      );
    default:
      return <Alert type="error" role="alert"><Paragraph><strong>Niet opgeslagen.</strong> {outcome.message}</Paragraph></Alert>;
  }
}

export function RulesPage() {
  usePageTitle('Routeringsregels');
  const { user } = useSession();
  const isAdmin = user?.role === 'admin';

  const [active, setActive] = useState<RuleVersion | null>(null);
  const [versions, setVersions] = useState<VersionSummary[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [baseVersion, setBaseVersion] = useState(0);
  const [dirty, setDirty] = useState(false);
  const [note, setNote] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [loadingVersion, setLoadingVersion] = useState<number | null>(null);
  const [focusTarget, setFocusTarget] = useState<{ uid: string; action: RuleAction } | 'toevoegen' | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);

  const load = useCallback(async () => {
    setLoadError(null);
    try {
      const [a, v] = await Promise.all([
        api<RuleVersion>('/api/routing/rules'),
        isAdmin ? api<{ versions: VersionSummary[] }>('/api/routing/versions') : Promise.resolve({ versions: [] }),
      ]);
      setActive(a);
      setVersions(v.versions);
      setDraft(toDraft(a.ruleset));
      setBaseVersion(a.version);
      setDirty(false);
      setEditing(null);
    } catch (err) {
      setLoadError(errorMessage(err, 'De regels konden niet worden geladen.'));
    }
  }, [isAdmin]);

  useEffect(() => {
    void load();
  }, [load]);

  // Leaving the page with unsaved changes asks first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  // After moving or deleting a rule, keyboard focus goes to where the person can carry on.
  useEffect(() => {
    if (!focusTarget) return;
    setFocusTarget(null);
    if (focusTarget === 'toevoegen') {
      document.getElementById('regel-toevoegen')?.focus();
      return;
    }
    const el = document.getElementById(actionId(focusTarget.uid, focusTarget.action)) as HTMLButtonElement | null;
    if (el && !el.disabled) el.focus();
    else document.getElementById(actionId(focusTarget.uid, focusTarget.action === 'omhoog' ? 'omlaag' : 'omhoog'))?.focus();
  }, [focusTarget]);

  useEffect(() => {
    if (outcome && outcome.kind !== 'ok') outcomeRef.current?.focus();
  }, [outcome]);

  function update(next: Draft, message?: string) {
    setDraft(next);
    setDirty(true);
    setOutcome(null);
    if (message) setAnnouncement(message);
  }

  if (loadError) return (<><Heading1>Routeringsregels</Heading1><Alert type="error" role="alert"><Paragraph>{loadError}</Paragraph></Alert></>);
  if (!active || !draft) return (<><Heading1>Routeringsregels</Heading1><Paragraph role="status">Bezig met laden…</Paragraph></>);

  const label = (r: DraftRule) => r.key || 'zonder sleutel';
  const edit = {
    editing,
    onEdit(uid: string | null) {
      const closing = editing;
      setEditing(uid);
      if (uid === null && closing) setFocusTarget({ uid: closing, action: 'bewerken' });
    },
    onChange(rule: DraftRule) {
      update({ ...draft, rules: draft.rules.map((r) => (r.uid === rule.uid ? rule : r)) });
    },
    onMove(uid: string, by: -1 | 1) {
      const i = draft.rules.findIndex((r) => r.uid === uid);
      const j = i + by;
      if (i < 0 || j < 0 || j >= draft.rules.length) return;
      const rules = [...draft.rules];
      [rules[i], rules[j]] = [rules[j]!, rules[i]!];
      update({ ...draft, rules }, `Regel ${label(rules[j]!)} staat nu op plaats ${j + 1}.`);
      setFocusTarget({ uid, action: by < 0 ? 'omhoog' : 'omlaag' });
    },
    onDelete(uid: string) {
      const i = draft.rules.findIndex((r) => r.uid === uid);
      const removed = draft.rules[i];
      if (!removed) return;
      const rules = draft.rules.filter((r) => r.uid !== uid);
      if (editing === uid) setEditing(null);
      update({ ...draft, rules }, `Regel ${label(removed)} is verwijderd. Dit is nog niet opgeslagen.`);
      const next = rules[i] ?? rules[i - 1];
      setFocusTarget(next ? { uid: next.uid, action: 'bewerken' } : 'toevoegen');
    },
  };

  function addRule() {
    if (!draft) return;
    const rule = newDraftRule(draft.rules);
    update({ ...draft, rules: [...draft.rules, rule] }, `Regel ${rule.key} is onderaan toegevoegd.`);
    setEditing(rule.uid);
  }

  async function save(e: FormEvent) {
    e.preventDefault();
    if (!draft) return;
    setSaving(true);
    setOutcome(null);
    try {
      const saved = await api<RuleVersion>('/api/routing/rules', { method: 'PUT', json: { baseVersion, ruleset: fromDraft(draft), note } });
      setNote('');
      await load();
      setOutcome({ kind: 'ok', version: saved.version });
    } catch (err) {
      if (err instanceof ApiError && err.status === 400 && err.errors.length > 0) setOutcome({ kind: 'invalid', message: err.message, errors: err.errors });
      else if (err instanceof ApiError && err.status === 409) setOutcome({ kind: 'conflict', message: err.message });
      else setOutcome({ kind: 'error', message: errorMessage(err, 'Opslaan is mislukt.') });
    } finally {
      setSaving(false);
    }
  }

  async function loadVersion(version: number) {
    if (!draft) return;
    setLoadingVersion(version);
    try {
      const v = await api<RuleVersion>(`/api/routing/versions/${version}`);
      update(toDraft(v.ruleset), `Versie ${version} staat nu in de editor. Sla op om haar weer actief te maken.`);
      setEditing(null);
      setNote(`Terug naar versie ${version}`);
      document.getElementById('regels-kop')?.focus();
    } catch (err) {
      setAnnouncement(errorMessage(err, `Versie ${version} kon niet worden geladen.`));
    } finally {
      setLoadingVersion(null);
    }
  }

  const activeLine = `Actieve versie: ${active.version}, opgeslagen op ${formatDateTime(active.created_at)} door ${active.created_by_email ?? 'het systeem'}${active.note ? ` (“${active.note}”)` : ''}.`;

  return (
    <>
      <Heading1>Routeringsregels</Heading1>
      <Paragraph>
        Deze regels bepalen naar welke afdeling een brief gaat. Regels van de soort <strong>Afdeling</strong> worden van boven naar beneden
        geprobeerd: de eerste die past, bepaalt de afdeling. Elke passende regel van de soort <strong>Kopie</strong> stuurt een kopie naar een
        andere afdeling. Bij elke brief wordt vastgelegd welke regel en welke versie haar hebben doorgestuurd.
      </Paragraph>
      <Paragraph>{activeLine}</Paragraph>
      {!isAdmin && <Paragraph>U kunt de regels bekijken; alleen beheerders kunnen ze wijzigen.</Paragraph>}
      <div className="ps-rules-sr" aria-live="polite">{announcement}</div>

      <section aria-labelledby="regels-kop" className="ps-card">
        <Heading2 id="regels-kop" tabIndex={-1}>Regels{isAdmin && dirty ? ' (gewijzigd, nog niet opgeslagen)' : ''}</Heading2>
        <RuleTable rules={draft.rules} edit={isAdmin ? edit : undefined} />
        {isAdmin && <Button id="regel-toevoegen" appearance="secondary-action-button" className="ps-rules-add" onClick={addRule}>Regel toevoegen</Button>}
      </section>

      <section aria-labelledby="onderwerpen-kop" className="ps-card">
        <Heading2 id="onderwerpen-kop">Afdeling per onderwerp</Heading2>
        <TopicTable
          topicDepartments={draft.topicDepartments}
          fallbackDepartment={draft.fallbackDepartment}
          onChange={isAdmin ? (topicDepartments, fallbackDepartment) => update({ ...draft, topicDepartments, fallbackDepartment }) : undefined}
        />
      </section>

      {isAdmin && (
        <section aria-labelledby="opslaan-kop" className="ps-card">
          <Heading2 id="opslaan-kop">Opslaan</Heading2>
          <Paragraph>Opslaan maakt een nieuwe versie; eerdere versies en eerdere routeringen blijven bewaard. U werkt op basis van versie {baseVersion}.</Paragraph>
          <div ref={outcomeRef} tabIndex={-1} className="ps-rules-outcome">
            {outcome && <SaveAlert outcome={outcome} onReload={() => { setOutcome(null); void load(); }} />}
          </div>
          <form onSubmit={save} className="ps-form" noValidate>
            <FormField>
              <FormLabel htmlFor="regels-toelichting">Toelichting bij deze wijziging</FormLabel>
              <FormFieldDescription id="regels-toelichting-hint">Bijvoorbeeld waarom de regel is veranderd. Komt in de versielijst en het auditlog.</FormFieldDescription>
              <Textarea id="regels-toelichting" rows={2} maxLength={1000} aria-describedby="regels-toelichting-hint" value={note}
                onChange={(e: ChangeEvent<HTMLTextAreaElement>) => setNote(e.target.value)} />
            </FormField>
            <Button type="submit" appearance="primary-action-button" busy={saving} disabled={saving}>Regels opslaan</Button>
          </form>
        </section>
      )}

      <section aria-labelledby="proef-kop" className="ps-card">
        <Heading2 id="proef-kop">Waar gaat een brief heen?</Heading2>
        <Paragraph>
          {isAdmin ? 'Probeer de regels zoals ze hierboven staan, ook als ze nog niet zijn opgeslagen.' : 'Probeer uit waar een brief met deze kenmerken volgens de actieve regels heen gaat.'}
        </Paragraph>
        <PreviewForm
          key={active.version}
          draft={isAdmin && dirty ? fromDraft(draft) : undefined}
          sourceLabel={isAdmin && dirty ? 'volgens de regels in de editor, nog niet opgeslagen' : `volgens versie ${active.version}`}
        />
      </section>

      {isAdmin && (
        <>
          <section aria-labelledby="versies-kop" className="ps-card">
            <Heading2 id="versies-kop">Versies</Heading2>
            <VersionList versions={versions} onLoad={loadVersion} busyVersion={loadingVersion} />
          </section>
          <section aria-labelledby="opnieuw-kop" className="ps-card">
            <Heading2 id="opnieuw-kop">Open brieven opnieuw routeren</Heading2>
            <Reroute activeVersion={active.version} unsaved={dirty} />
          </section>
        </>
      )}
    </>
  );
}
