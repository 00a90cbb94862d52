/** The dashboard's charts (Recharts) and their tables; every chart shows exactly the numbers of its table. */
import {
  Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceDot, ResponsiveContainer, Tooltip, XAxis, YAxis,
} from 'recharts';
import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { CATEGORIES } from '../../app/labels.ts';
import { categoryName as catName, departmentName as deptName, spikeSentence } from '../../../../server/trends/sentences.ts';
import {
  CATEGORY_COLORS, formatCount, formatDate, formatDateShort, formatHours, formatNumber, formatShare, plotValue, weekName,
  type AreaRow, type CampaignRow, type DepartmentRow, type Spike, type WeekVolume,
} from './data.ts';

const KEYS = [...CATEGORIES, 'onbekend'] as const;
const axisTick = { fontSize: 13, fill: '#1a1a1a' };
const tickNumber = (v: number) => formatNumber(v);
const weekTick = (start: string) => formatDateShort(start);

export function VolumeChart({ weeks, spikes }: { weeks: WeekVolume[]; spikes: Spike[] }) {
  const rows = weeks.map((w) => ({ start: w.start, ...Object.fromEntries(KEYS.map((k) => [k, plotValue(w.categories[k])])), total: plotValue(w.total) }));
  const present = KEYS.filter((k) => weeks.some((w) => w.categories[k] !== 0));
  const top = (start: string) => KEYS.reduce((s, k) => s + (plotValue(weeks.find((w) => w.start === start)!.categories[k]) ?? 0), 0);
  return (
    <ResponsiveContainer width="100%" height={360}>
      <BarChart data={rows} margin={{ top: 24, right: 16, bottom: 24, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="start" tickFormatter={weekTick} tick={axisTick} label={{ value: 'Week (maandag)', position: 'insideBottom', offset: -16, fill: '#1a1a1a' }} />
        <YAxis tickFormatter={tickNumber} tick={axisTick} allowDecimals={false} label={{ value: 'Aantal brieven', angle: -90, position: 'insideLeft', fill: '#1a1a1a', style: { textAnchor: 'middle' } }} />
        <Tooltip labelFormatter={(l) => `Week van ${formatDate(String(l))}`} formatter={(v, name) => [formatNumber(Number(v)), catName(String(name))]} />
        <Legend verticalAlign="top" height={48} formatter={(v) => catName(String(v))} />
        {present.map((k) => <Bar key={k} dataKey={k} stackId="c" fill={CATEGORY_COLORS[k]} stroke="#fff" strokeWidth={1} isAnimationActive={false} />)}
        {spikes.map((s) => (
          <ReferenceDot key={`${s.start}-${s.key}`} x={s.start} y={top(s.start)} r={7} fill="#ffb612" stroke="#1a1a1a" strokeWidth={2} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

export function VolumeTable({ weeks }: { weeks: WeekVolume[] }) {
  return (
    <Table className="ps-table ps-table--numbers">
      <TableCaption>Brieven per week per categorie, met signalen</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Week</TableHeaderCell>
          {KEYS.map((k) => <TableHeaderCell key={k} scope="col">{catName(k)}</TableHeaderCell>)}
          <TableHeaderCell scope="col">Totaal</TableHeaderCell>
          <TableHeaderCell scope="col">Anti-institutioneel</TableHeaderCell>
          <TableHeaderCell scope="col">Aandeel anti-institutioneel</TableHeaderCell>
          <TableHeaderCell scope="col">Zorgsignaal</TableHeaderCell>
          <TableHeaderCell scope="col">Dreiging</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {weeks.map((w) => (
          <TableRow key={w.start}>
            <TableHeaderCell scope="row">{weekName(w)}</TableHeaderCell>
            {KEYS.map((k) => <TableCell key={k}>{formatCount(w.categories[k])}</TableCell>)}
            <TableCell>{formatCount(w.total)}</TableCell>
            <TableCell>{formatCount(w.anti)}</TableCell>
            <TableCell>{formatShare(w.antiShare)}</TableCell>
            <TableCell>{formatCount(w.zorg)}</TableCell>
            <TableCell>{formatCount(w.threat)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export function SignalsChart({ weeks }: { weeks: WeekVolume[] }) {
  const rows = weeks.map((w) => ({ start: w.start, anti: w.antiShare === null ? null : Math.round(w.antiShare * 1000) / 10, zorg: plotValue(w.zorg) }));
  return (
    <ResponsiveContainer width="100%" height={300}>
      <LineChart data={rows} margin={{ top: 8, right: 8, bottom: 24, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="start" tickFormatter={weekTick} tick={axisTick} label={{ value: 'Week (maandag)', position: 'insideBottom', offset: -16, fill: '#1a1a1a' }} />
        <YAxis yAxisId="pct" tickFormatter={(v: number) => `${formatNumber(v)}%`} tick={axisTick} domain={[0, 'auto']} label={{ value: 'Anti-institutioneel (%)', angle: -90, position: 'insideLeft', fill: '#5b2a86', style: { textAnchor: 'middle' } }} />
        <YAxis yAxisId="n" orientation="right" tickFormatter={tickNumber} tick={axisTick} allowDecimals={false} label={{ value: 'Zorgsignalen (aantal)', angle: 90, position: 'insideRight', fill: '#0b5d2a', style: { textAnchor: 'middle' } }} />
        <Tooltip labelFormatter={(l) => `Week van ${formatDate(String(l))}`} formatter={(v, name) => (name === 'anti' ? [`${formatNumber(Number(v))}%`, 'Aandeel anti-institutioneel'] : [formatNumber(Number(v)), 'Zorgsignalen'])} />
        <Legend verticalAlign="top" height={32} formatter={(v) => (v === 'anti' ? 'Aandeel anti-institutioneel (%)' : 'Zorgsignalen (aantal)')} />
        <Line yAxisId="pct" dataKey="anti" stroke="#5b2a86" strokeWidth={3} dot={{ r: 3 }} connectNulls={false} isAnimationActive={false} />
        <Line yAxisId="n" dataKey="zorg" stroke="#0b5d2a" strokeWidth={3} strokeDasharray="6 3" dot={{ r: 3 }} connectNulls={false} isAnimationActive={false} />
      </LineChart>
    </ResponsiveContainer>
  );
}

export function DepartmentsChart({ rows }: { rows: DepartmentRow[] }) {
  const data = rows.map((r) => ({ name: deptName(r.department), open: plotValue(r.open), handled: plotValue(r.handled) }));
  return (
    <ResponsiveContainer width="100%" height={Math.max(220, 36 * data.length + 80)}>
      <BarChart data={data} layout="vertical" margin={{ top: 8, right: 24, bottom: 24, left: 24 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" tickFormatter={tickNumber} tick={axisTick} allowDecimals={false} label={{ value: 'Aantal brieven', position: 'insideBottom', offset: -16, fill: '#1a1a1a' }} />
        <YAxis type="category" dataKey="name" width={150} tick={axisTick} />
        <Tooltip formatter={(v, name) => [formatNumber(Number(v)), name === 'open' ? 'Open' : 'Afgehandeld']} />
        <Legend verticalAlign="top" height={32} formatter={(v) => (v === 'open' ? 'Open' : 'Afgehandeld')} />
        <Bar dataKey="handled" stackId="d" fill="#1f5fa8" isAnimationActive={false} />
        <Bar dataKey="open" stackId="d" fill="#b35900" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}

export function DepartmentsTable({ rows }: { rows: DepartmentRow[] }) {
  return (
    <Table className="ps-table ps-table--numbers">
      <TableCaption>Brieven per afdeling (ontvangen in de gekozen periode)</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Afdeling</TableHeaderCell>
          <TableHeaderCell scope="col">Binnengekomen</TableHeaderCell>
          <TableHeaderCell scope="col">Open</TableHeaderCell>
          <TableHeaderCell scope="col">Afgehandeld</TableHeaderCell>
          <TableHeaderCell scope="col">Mediane doorlooptijd</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.department}>
            <TableHeaderCell scope="row">{deptName(r.department)}</TableHeaderCell>
            <TableCell>{formatCount(r.received)}</TableCell>
            <TableCell>{formatCount(r.open)}</TableCell>
            <TableCell>{formatCount(r.handled)}</TableCell>
            <TableCell>{formatHours(r.medianHours, r.medianAtLeast)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export function SpikesTable({ spikes }: { spikes: Spike[] }) {
  return (
    <Table className="ps-table">
      <TableCaption>Pieken: weken met duidelijk meer brieven dan de weken ervoor</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Week</TableHeaderCell>
          <TableHeaderCell scope="col">Wat</TableHeaderCell>
          <TableHeaderCell scope="col">Aantal</TableHeaderCell>
          <TableHeaderCell scope="col">Verwacht</TableHeaderCell>
          <TableHeaderCell scope="col">Toelichting</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {spikes.map((s) => (
          <TableRow key={`${s.start}-${s.dimension}-${s.key}`}>
            <TableHeaderCell scope="row">{weekName(s)}</TableHeaderCell>
            <TableCell>{s.dimension === 'category' ? `Categorie ${catName(s.key)}` : `Afdeling ${deptName(s.key)}`}</TableCell>
            <TableCell>{formatNumber(s.count)}</TableCell>
            <TableCell>{new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(s.baseline)}</TableCell>
            <TableCell>{spikeSentence(s)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

const CAMPAIGN_COLORS = ['#1f5fa8', '#a50f15', '#00695c', '#6a3d9a', '#b35900', '#c2185b', '#5f6b7a', '#0b2a4a'];

export function CampaignsChart({ campaigns, weeks }: { campaigns: CampaignRow[]; weeks: WeekVolume[] }) {
  const shown = campaigns.slice(0, 8);
  const data = weeks.map((w) => ({
    start: w.start,
    ...Object.fromEntries(shown.map((c) => [`c${c.id}`, plotValue(c.weeks.find((x) => x.start === w.start)?.count ?? 0)])),
  }));
  return (
    <ResponsiveContainer width="100%" height={300}>
      <BarChart data={data} margin={{ top: 8, right: 16, bottom: 24, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="start" tickFormatter={weekTick} tick={axisTick} label={{ value: 'Week (maandag)', position: 'insideBottom', offset: -16, fill: '#1a1a1a' }} />
        <YAxis tickFormatter={tickNumber} tick={axisTick} allowDecimals={false} label={{ value: 'Brieven uit campagnes', angle: -90, position: 'insideLeft', fill: '#1a1a1a', style: { textAnchor: 'middle' } }} />
        <Tooltip labelFormatter={(l) => `Week van ${formatDate(String(l))}`} formatter={(v, name) => [formatNumber(Number(v)), `Campagne #${String(name).slice(1)}`]} />
        <Legend verticalAlign="top" height={32} formatter={(v) => `Campagne #${String(v).slice(1)}`} />
        {shown.map((c, i) => <Bar key={c.id} dataKey={`c${c.id}`} stackId="k" fill={CAMPAIGN_COLORS[i % CAMPAIGN_COLORS.length]} stroke="#fff" isAnimationActive={false} />)}
      </BarChart>
    </ResponsiveContainer>
  );
}

export function CampaignsTable({ campaigns }: { campaigns: CampaignRow[] }) {
  return (
    <Table className="ps-table">
      <TableCaption>Sjabloon-campagnes: groepen vrijwel gelijke brieven (alleen groepen van 5 of meer)</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Campagne</TableHeaderCell>
          <TableHeaderCell scope="col">Brieven in periode</TableHeaderCell>
          <TableHeaderCell scope="col">Brieven totaal</TableHeaderCell>
          <TableHeaderCell scope="col">Eerst gezien</TableHeaderCell>
          <TableHeaderCell scope="col">Laatst gezien</TableHeaderCell>
          <TableHeaderCell scope="col">Categorieën</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {campaigns.map((c) => (
          <TableRow key={c.id}>
            <TableHeaderCell scope="row">#{c.id}</TableHeaderCell>
            <TableCell>{formatNumber(c.size)}</TableCell>
            <TableCell>{formatNumber(c.total)}</TableCell>
            <TableCell>{formatDate(c.firstSeen)}</TableCell>
            <TableCell>{formatDate(c.lastSeen)}</TableCell>
            <TableCell>{Object.entries(c.categories).map(([k, v]) => `${catName(k)} (${formatCount(v)})`).join(', ')}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export function AreasChart({ rows }: { rows: AreaRow[] }) {
  const data = rows.map((r) => ({ name: r.area === 'overig' ? 'Overig (<5 elk)' : r.area === 'onbekend' ? 'Onbekend' : r.area, received: plotValue(r.received), anti: plotValue(r.anti) }));
  return (
    <ResponsiveContainer width="100%" height={Math.max(220, 40 * data.length + 80)}>
      <BarChart data={data} layout="vertical" margin={{ top: 8, right: 24, bottom: 24, left: 24 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" tickFormatter={tickNumber} tick={axisTick} allowDecimals={false} label={{ value: 'Aantal brieven', position: 'insideBottom', offset: -16, fill: '#1a1a1a' }} />
        <YAxis type="category" dataKey="name" width={120} tick={axisTick} label={{ value: 'Postcodegebied', angle: -90, position: 'insideLeft', fill: '#1a1a1a', style: { textAnchor: 'middle' } }} />
        <Tooltip formatter={(v, name) => [formatNumber(Number(v)), name === 'anti' ? 'Waarvan anti-institutioneel' : 'Alle brieven']} />
        <Legend verticalAlign="top" height={32} formatter={(v) => (v === 'anti' ? 'Waarvan anti-institutioneel' : 'Alle brieven')} />
        <Bar dataKey="received" fill="#5f6b7a" isAnimationActive={false} />
        <Bar dataKey="anti" fill="#6a3d9a" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}

export function AreasTable({ rows }: { rows: AreaRow[] }) {
  return (
    <Table className="ps-table ps-table--numbers">
      <TableCaption>Brieven per postcodegebied (4 cijfers); gebieden met minder dan 5 brieven samen als ‘overig’</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Gebied</TableHeaderCell>
          <TableHeaderCell scope="col">Brieven</TableHeaderCell>
          <TableHeaderCell scope="col">Anti-institutioneel</TableHeaderCell>
          <TableHeaderCell scope="col">Aandeel anti-institutioneel</TableHeaderCell>
          <TableHeaderCell scope="col">Zorgsignaal</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.area}>
            <TableHeaderCell scope="row">{r.area === 'overig' ? 'Overige gebieden (elk <5)' : r.area === 'onbekend' ? 'Onbekend' : r.area}</TableHeaderCell>
            <TableCell>{formatCount(r.received)}</TableCell>
            <TableCell>{formatCount(r.anti)}</TableCell>
            <TableCell>{formatShare(r.antiShare)}</TableCell>
            <TableCell>{formatCount(r.zorg)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
