/**
 * Policy dashboard: weekly volume per category with signals, departments, spikes, template
 * campaigns and areas — aggregates only, counts below 5 shown as "<5". Filters live in the URL.
 */
import { useEffect, useMemo, useState, type ChangeEvent, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import {
  Alert, Button, FormField, FormLabel, Heading1, Heading2, Paragraph, Select, SelectOption, Textbox,
} from '@utrecht/component-library-react';
import { api, ApiError } from '../../api/client.ts';
import { CHANNEL_LABELS } from '../../app/format.ts';
import { DEPARTMENTS, TOPICS, departmentLabel, topicLabel } from '../../app/labels.ts';
import { usePageTitle } from '../../app/usePageTitle.ts';
import { ChartCard } from './ChartCard.tsx';
import {
  AreasChart, AreasTable, CampaignsChart, CampaignsTable, DepartmentsChart, DepartmentsTable, SignalsChart, SpikesTable, VolumeChart, VolumeTable,
} from './Charts.tsx';
import { spikeSentence } from '../../../../server/trends/sentences.ts';
import { addWeeks, mondayOf, todayInNl } from '../../../../server/trends/weeks.ts';
import { ExportsPanel } from '../exports/ExportsPanel.tsx';
import { PRESETS, formatCount, formatDate, formatNumber, weekName, type DashboardData } from './data.ts';

const KEYS = ['range', 'from', 'to', 'department', 'channel', 'topic'] as const;
const VIEWS = ['volume', 'departments', 'spikes', 'campaigns', 'areas'] as const;

/** The API query for the filters in the URL: presets become from/to dates. */
function apiQuery(params: URLSearchParams): URLSearchParams {
  const q = new URLSearchParams();
  const range = params.get('range') ?? '12w';
  if (range === 'aangepast') {
    if (params.get('from')) q.set('from', params.get('from')!);
    if (params.get('to')) q.set('to', params.get('to')!);
  } else {
    const weeks = PRESETS[range]?.weeks ?? 12;
    const today = todayInNl();
    q.set('to', today);
    q.set('from', addWeeks(today, -(weeks - 1)));
  }
  for (const k of ['department', 'channel', 'topic'] as const) if (params.get(k)) q.set(k, params.get(k)!);
  return q;
}

export function DashboardPage() {
  usePageTitle('Trends');
  const [params, setParams] = useSearchParams();
  const [draft, setDraft] = useState<Record<string, string>>(() => Object.fromEntries(KEYS.map((k) => [k, params.get(k) ?? (k === 'range' ? '12w' : '')])));
  const [data, setData] = useState<DashboardData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const query = useMemo(() => apiQuery(params).toString(), [params]);

  useEffect(() => {
    let cancelled = false;
    setError(null);
    Promise.all(VIEWS.map((v) => api<unknown>(`/api/trends/${v}?${query}`)))
      .then((answers) => {
        if (cancelled) return;
        setData(Object.fromEntries(VIEWS.map((v, i) => [v, answers[i]])) as unknown as DashboardData);
      })
      .catch((err) => !cancelled && setError(err instanceof ApiError ? err.message : 'De cijfers konden niet worden geladen.'));
    return () => {
      cancelled = true;
    };
  }, [query]);

  const set = (k: string) => (e: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setDraft((d) => ({ ...d, [k]: e.target.value }));
  function apply(e: FormEvent) {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const k of KEYS) if (draft[k] && (draft.range === 'aangepast' || (k !== 'from' && k !== 'to'))) next.set(k, draft[k]!);
    setParams(next);
  }
  const csv = (view: string) => `/api/trends/${view}?${query}&format=csv`;
  // Key figures compare the last complete week with the one before (this week is still filling up).
  const weeks = data?.volume.data.weeks ?? [];
  const currentMonday = mondayOf(todayInNl());
  const complete = weeks.filter((w) => w.start < currentMonday);
  const last = complete.at(-1);
  const prev = complete.at(-2);

  return (
    <>
      <Heading1>Trends</Heading1>
      <Paragraph>
        Geaggregeerde cijfers over binnengekomen post: per week, categorie, afdeling en signaal. U ziet geen brieven of afzenders;
        aantallen van 1 tot en met 4 staan er als &lt;5 en worden in grafieken niet getekend.
      </Paragraph>
      <form className="ps-filters" onSubmit={apply} aria-label="Filters voor het trendoverzicht">
        <FormField>
          <FormLabel htmlFor="t-range">Periode</FormLabel>
          <Select id="t-range" value={draft.range} onChange={set('range')}>
            {Object.entries(PRESETS).map(([k, p]) => <SelectOption key={k} value={k}>{p.label}</SelectOption>)}
            <SelectOption value="aangepast">Zelf kiezen</SelectOption>
          </Select>
        </FormField>
        {draft.range === 'aangepast' && (
          <>
            <FormField>
              <FormLabel htmlFor="t-from">Van</FormLabel>
              <Textbox id="t-from" type="date" value={draft.from} onChange={set('from')} required />
            </FormField>
            <FormField>
              <FormLabel htmlFor="t-to">Tot en met</FormLabel>
              <Textbox id="t-to" type="date" value={draft.to} onChange={set('to')} required />
            </FormField>
          </>
        )}
        <FormField>
          <FormLabel htmlFor="t-department">Afdeling</FormLabel>
          <Select id="t-department" value={draft.department} onChange={set('department')}>
            <SelectOption value="">Alle afdelingen</SelectOption>
            {DEPARTMENTS.map((d) => <SelectOption key={d} value={d}>{departmentLabel(d)}</SelectOption>)}
          </Select>
        </FormField>
        <FormField>
          <FormLabel htmlFor="t-channel">Kanaal</FormLabel>
          <Select id="t-channel" value={draft.channel} onChange={set('channel')}>
            <SelectOption value="">Alle kanalen</SelectOption>
            {Object.entries(CHANNEL_LABELS).map(([k, v]) => <SelectOption key={k} value={k}>{v}</SelectOption>)}
          </Select>
        </FormField>
        <FormField>
          <FormLabel htmlFor="t-topic">Onderwerp</FormLabel>
          <Select id="t-topic" value={draft.topic} onChange={set('topic')}>
            <SelectOption value="">Alle onderwerpen</SelectOption>
            {TOPICS.map((t) => <SelectOption key={t} value={t}>{topicLabel(t)}</SelectOption>)}
          </Select>
        </FormField>
        <Button type="submit" appearance="primary-action-button">Toon cijfers</Button>
      </form>

      {error && <Alert type="error" role="alert">{error}</Alert>}
      {!data && !error && <Paragraph role="status">Cijfers laden…</Paragraph>}
      {data && (
        <>
          <Paragraph role="status" className="ps-muted">
            Periode: {weekName(data.volume.data.weeks[0]!)} tot en met {weekName(data.volume.data.weeks.at(-1)!)}
            {' '}({formatNumber(data.volume.data.weeks.length)} weken).
          </Paragraph>
          {last && prev && (
            <dl className="ps-keyfigures">
              <div><dt>Brieven in {weekName(last)}</dt><dd>{formatCount(last.total)}</dd><dd className="ps-muted">week ervoor {formatCount(prev.total)}</dd></div>
              <div><dt>Anti-institutioneel</dt><dd>{formatCount(last.anti)}</dd><dd className="ps-muted">week ervoor {formatCount(prev.anti)}</dd></div>
              <div><dt>Zorgsignalen</dt><dd>{formatCount(last.zorg)}</dd><dd className="ps-muted">week ervoor {formatCount(prev.zorg)}</dd></div>
              <div><dt>Pieken in de periode</dt><dd>{formatNumber(data.spikes.data.length)}</dd><dd className="ps-muted">categorieën en afdelingen</dd></div>
            </dl>
          )}
          <div className="ps-dashboard">
            <ChartCard
              wide
              title="Brieven per week, per categorie"
              description={<>Gestapeld per categorie. Een gele stip markeert een piek (zie ‘Pieken’ hieronder).</>}
              summary={`Staafdiagram van het aantal brieven per week per categorie over ${data.volume.data.weeks.length} weken; ${data.volume.data.spikes.length} pieken gemarkeerd. De cijfers staan in de tabel hieronder.`}
              chart={<VolumeChart weeks={data.volume.data.weeks} spikes={data.volume.data.spikes} />}
              table={<VolumeTable weeks={data.volume.data.weeks} />}
              csvHref={csv('volume')} csvName="postsignaal-volume.csv"
            />
            <ChartCard
              title="Signalen per week"
              description="Aandeel brieven met een anti-institutioneel signaal (linkeras) en het aantal zorgsignalen (rechteras)."
              summary="Lijndiagram van het aandeel anti-institutionele brieven en het aantal zorgsignalen per week. De cijfers staan in de tabel hieronder."
              chart={<SignalsChart weeks={data.volume.data.weeks} />}
              table={<VolumeTable weeks={data.volume.data.weeks} />}
              csvHref={csv('volume')} csvName="postsignaal-signalen.csv"
            />
            <ChartCard
              title="Per afdeling"
              description="Brieven ontvangen in de periode: hoeveel er open staan en afgehandeld zijn, met de mediane doorlooptijd (geschat uit tijdsklassen)."
              summary="Liggend staafdiagram van open en afgehandelde brieven per afdeling. De cijfers staan in de tabel hieronder."
              chart={<DepartmentsChart rows={data.departments.data} />}
              table={<DepartmentsTable rows={data.departments.data} />}
              csvHref={csv('departments')} csvName="postsignaal-afdelingen.csv"
            />
          </div>

          <section className="ps-card" aria-labelledby="pieken-h">
            <Heading2 id="pieken-h">Pieken</Heading2>
            <Paragraph className="ps-muted">
              Een week is een piek als het aantal brieven van een categorie of afdeling duidelijk boven het gemiddelde van de acht weken ervoor ligt
              (Poisson-toets, p &lt; 0,001, minstens 5 brieven en anderhalf keer het gemiddelde; de drukste van die acht weken telt niet mee).
            </Paragraph>
            {data.spikes.data.length === 0 ? (
              <Paragraph>Geen pieken in deze periode.</Paragraph>
            ) : (
              <>
                <ul className="ps-spikes">
                  {data.spikes.data.slice(0, 5).map((s) => <li key={`${s.start}-${s.dimension}-${s.key}`}>{spikeSentence(s)}</li>)}
                </ul>
                <details className="ps-chart__table">
                  <summary>Alle {formatNumber(data.spikes.data.length)} pieken als tabel</summary>
                  <SpikesTable spikes={data.spikes.data} />
                </details>
              </>
            )}
            <Paragraph><a href={csv('spikes')} download="postsignaal-pieken.csv">Download de pieken als CSV</a></Paragraph>
          </section>

          <div className="ps-dashboard">
            <ChartCard
              wide
              title="Sjabloon-campagnes"
              description={<>Groepen vrijwel gelijke brieven (vanaf 5 brieven) over de tijd. Afzenders worden nooit getoond.</>}
              summary={`Staafdiagram van brieven uit ${data.campaigns.data.length} sjabloon-campagnes per week. De cijfers staan in de tabel hieronder.`}
              chart={data.campaigns.data.length > 0 ? <CampaignsChart campaigns={data.campaigns.data} weeks={data.volume.data.weeks} /> : <Paragraph>Geen campagnes van 5 of meer brieven in deze periode.</Paragraph>}
              table={<CampaignsTable campaigns={data.campaigns.data} />}
              csvHref={csv('campaigns')} csvName="postsignaal-campagnes.csv"
            />
            <ChartCard
              wide
              title="Per gebied (postcode, 4 cijfers)"
              description={<>Alle brieven en de brieven met een anti-institutioneel signaal per gebied, over de gekozen periode. Gebieden met minder dan 5 brieven staan samen onder ‘overig’. De filters voor afdeling, kanaal en onderwerp gelden hier niet, zodat cellen niet te klein worden.</>}
              summary={`Liggend staafdiagram van brieven per postcodegebied, ${data.areas.data.length} rijen. De cijfers staan in de tabel hieronder.`}
              chart={<AreasChart rows={data.areas.data} />}
              table={<AreasTable rows={data.areas.data} />}
              csvHref={csv('areas')} csvName="postsignaal-gebieden.csv"
            />
          </div>
          <ExportsPanel />
          <Paragraph className="ps-muted">Bijgewerkt tot {formatDate(new Date().toISOString().slice(0, 10))}. Correcties door medewerkers tellen direct mee.</Paragraph>
        </>
      )}
    </>
  );
}
