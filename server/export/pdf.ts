/**
 * export (pdf): the weekly report as a one-to-three-page A4 PDF, laid out with pdfkit (a
 * maintained PDF library; no hand-written PDF syntax): key figures against the week before and
 * the eight-week mean, a category chart, signals, departments, spikes and campaigns, each with a
 * plain-Dutch sentence. The creation date is the end of the week, so a re-run gives the same file.
 */
import PDFDocument from 'pdfkit';
import { categoryName, departmentName, formatCount, formatLongDate, formatNumber, spikeSentence, campaignSentence } from '../trends/sentences.ts';
import type { Count } from '../trends/types.ts';
import type { Comparison, WeekReport } from './types.ts';

const BRAND = '#154273';
const INK = '#1a1a1a';
const MUTED = '#4b5563';
const RULE = '#c8ced6';
const AVG = '#b35900';
const nf1 = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

const fmtAvg = (a: number | '<5') => (a === '<5' ? '<5' : nf1.format(a));

/** One sentence comparing this week with the week before and the eight-week mean. */
export function comparisonSentence(what: string, c: Comparison): string {
  if (c.week === '<5') return `${what}: minder dan 5 deze week.`;
  const parts = [`${what}: ${formatNumber(c.week)} deze week`];
  if (c.previous !== '<5') {
    const d = c.week - c.previous;
    parts.push(d === 0 ? 'evenveel als vorige week' : `${formatNumber(Math.abs(d))} ${d > 0 ? 'meer' : 'minder'} dan vorige week (${formatNumber(c.previous)})`);
  } else parts.push('vorige week minder dan 5');
  if (c.average8 !== '<5' && c.average8 > 0) {
    const r = c.week / c.average8;
    parts.push(r >= 1.5 ? `ruim boven het gemiddelde van de acht weken ervoor (${fmtAvg(c.average8)})` : r <= 0.67 ? `ruim onder het gemiddelde van de acht weken ervoor (${fmtAvg(c.average8)})` : `rond het gemiddelde van de acht weken ervoor (${fmtAvg(c.average8)})`);
  }
  return `${parts.join(', ')}.`;
}

function hoursText(h: number | null, atLeast: boolean): string {
  if (h === null) return '—';
  if (atLeast) return `> ${formatNumber(Math.round(h / 24))} dagen`;
  return h < 48 ? `${formatNumber(Math.round(h))} uur` : `${nf1.format(h / 24)} dagen`;
}

export function renderReportPdf(r: WeekReport, generatedAt: Date): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4', margins: { top: 56, bottom: 64, left: 56, right: 56 }, bufferPages: true,
    info: { Title: `Postsignaal weekoverzicht ${r.week}`, Author: 'Postsignaal', Subject: 'Geaggregeerde cijfers over binnengekomen post', CreationDate: new Date(`${r.end}T23:59:59Z`) },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;

  const heading = (text: string) => {
    if (doc.y > doc.page.height - 160) doc.addPage();
    doc.moveDown(0.8).font('Helvetica-Bold').fontSize(13).fillColor(BRAND).text(text, left, doc.y, { width });
    doc.moveDown(0.3).font('Helvetica').fontSize(10).fillColor(INK);
  };
  const para = (text: string, opts: { color?: string; size?: number } = {}) => {
    doc.font('Helvetica').fontSize(opts.size ?? 10).fillColor(opts.color ?? INK).text(text, left, doc.y, { width, lineGap: 2 });
    doc.moveDown(0.3);
  };
  const table = (headers: string[], rows: string[][], widths: number[]) => {
    const rowH = 17;
    const drawRow = (cells: string[], bold: boolean) => {
      if (doc.y > doc.page.height - doc.page.margins.bottom - rowH) doc.addPage();
      const y = doc.y;
      let x = left;
      cells.forEach((c, i) => {
        doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9.5).fillColor(INK)
          .text(c, x + 3, y + 4, { width: widths[i]! - 6, align: i === 0 ? 'left' : 'right', lineBreak: false, ellipsis: true });
        x += widths[i]!;
      });
      doc.moveTo(left, y + rowH).lineTo(left + widths.reduce((a, b) => a + b, 0), y + rowH).lineWidth(0.5).strokeColor(RULE).stroke();
      doc.x = left;
      doc.y = y + rowH;
    };
    drawRow(headers, true);
    for (const row of rows) drawRow(row, false);
    doc.moveDown(0.5);
  };

  // Title
  doc.font('Helvetica-Bold').fontSize(18).fillColor(BRAND).text(`Weekoverzicht ${r.week.replace('-W', ', week ')}`, left, doc.y, { width });
  para(`${formatLongDate(r.start)} tot en met ${formatLongDate(r.end)} · gemaakt op ${formatLongDate(generatedAt.toISOString().slice(0, 10))} door Postsignaal`, { color: MUTED });
  para('Alleen geaggregeerde aantallen: geen brieven, geen afzenders. Aantallen van 1 tot en met 4 staan er als <5. Het model stelt categorieën en signalen voor; medewerkers hebben ze bevestigd of gecorrigeerd waar nodig.', { color: MUTED, size: 9 });

  heading('Kerncijfers');
  const row = (name: string, c: Comparison) => [name, formatCount(c.week), formatCount(c.previous), fmtAvg(c.average8)];
  table(['', 'Deze week', 'Vorige week', 'Gemiddelde 8 weken'], [
    row('Brieven', r.total), row('Anti-institutioneel', r.anti), row('Zorgsignaal', r.zorg), row('Mogelijke bedreiging', r.threat),
  ], [width * 0.37, width * 0.21, width * 0.21, width * 0.21]);
  para(comparisonSentence('Brieven', r.total));
  para(comparisonSentence('Brieven met een anti-institutioneel signaal', r.anti));
  para(comparisonSentence('Brieven met een zorgsignaal (iemand lijkt hulp nodig te hebben)', r.zorg));
  para(comparisonSentence('Brieven met een mogelijke bedreiging', r.threat));

  heading('Brieven per categorie');
  {
    const labelW = 150;
    const barMax = width - labelW - 60;
    const max = Math.max(1, ...r.categories.flatMap((c) => [c.week === '<5' ? 0 : c.week, c.average8 === '<5' ? 0 : c.average8]));
    const top = doc.y + 4;
    r.categories.forEach((c, i) => {
      const y = top + i * 20;
      doc.font('Helvetica').fontSize(9.5).fillColor(INK).text(categoryName(c.category), left, y + 3, { width: labelW - 8, lineBreak: false });
      const v = c.week === '<5' ? 0 : c.week;
      if (v > 0) doc.rect(left + labelW, y, (v / max) * barMax, 13).fill(BRAND);
      if (c.average8 !== '<5') {
        const ax = left + labelW + (c.average8 / max) * barMax;
        doc.moveTo(ax, y - 2).lineTo(ax, y + 15).lineWidth(2).strokeColor(AVG).stroke();
      }
      doc.font('Helvetica-Bold').fontSize(9.5).fillColor(INK).text(formatCount(c.week as Count), left + labelW + (v / max) * barMax + 6, y + 3, { lineBreak: false });
    });
    const ly = top + r.categories.length * 20 + 4;
    doc.rect(left + labelW, ly, 10, 10).fill(BRAND);
    doc.font('Helvetica').fontSize(9).fillColor(MUTED).text('deze week', left + labelW + 14, ly + 1, { lineBreak: false });
    doc.moveTo(left + labelW + 90, ly - 1).lineTo(left + labelW + 90, ly + 11).lineWidth(2).strokeColor(AVG).stroke();
    doc.text('gemiddelde van de acht weken ervoor', left + labelW + 96, ly + 1, { lineBreak: false });
    doc.x = left;
    doc.y = ly + 22;
  }

  heading('Afdelingen');
  para('Brieven die deze week binnenkwamen: hoeveel er nu nog open staan en hoeveel zijn afgehandeld, met de mediane doorlooptijd (geschat uit tijdsklassen).', { color: MUTED, size: 9 });
  table(['Afdeling', 'Binnengekomen', 'Open', 'Afgehandeld', 'Doorlooptijd (mediaan)'],
    r.departments.map((d) => [departmentName(d.department), formatCount(d.received), formatCount(d.open), formatCount(d.handled), hoursText(d.medianHours, d.medianAtLeast)]),
    [width * 0.3, width * 0.16, width * 0.1, width * 0.16, width * 0.28]);

  heading('Pieken');
  if (r.spikes.length === 0) para('Geen categorie of afdeling kreeg deze week opvallend meer brieven dan in de acht weken ervoor.');
  for (const s of r.spikes) para(`• ${spikeSentence(s)}`);
  para('Een piek: duidelijk meer brieven dan het gemiddelde van de acht weken ervoor (Poisson-toets, p < 0,001, minstens 5 brieven en anderhalf keer het gemiddelde).', { color: MUTED, size: 8.5 });

  heading('Sjabloon-campagnes');
  if (r.campaigns.length === 0) para('Deze week kwamen er geen groepen van 5 of meer vrijwel gelijke brieven binnen.');
  for (const c of r.campaigns) para(`• ${campaignSentence(c)}`);

  // Footer on every page.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Text below the bottom margin would start a new page; the footer lives there, so lift it.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - 40;
    doc.font('Helvetica').fontSize(8).fillColor(MUTED)
      .text(`Postsignaal weekoverzicht ${r.week} — het model adviseert, een medewerker beslist.`, left, y, { width: width - 80, lineBreak: false })
      .text(`Pagina ${i + 1} van ${range.count}`, left + width - 80, y, { width: 80, align: 'right', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
