import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import {
  Alert, DataList, DataListItem, DataListKey, DataListValue, Heading1, Heading2, Heading3, Paragraph, UnorderedList, UnorderedListItem,
} from '@utrecht/component-library-react';
import { api, ApiError, type LetterContext, type LetterReviewDetail } from '../../api/client.ts';
import { CHANNEL_LABELS, formatBytes, formatDateTime, STATUS_LABELS } from '../../app/format.ts';
import { ACTION_LABELS, categoryLabel, departmentLabel, REVIEW_STATUS_LABELS, topicLabel } from '../../app/labels.ts';
import { usePageTitle } from '../../app/usePageTitle.ts';
import { HighlightedText } from './HighlightedText.tsx';
import { ReviewPanel } from './ReviewPanel.tsx';
import { ScoreBars } from './ScoreBars.tsx';
import { SignalBadges } from './SignalBadges.tsx';

const dateOnly = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });

export function LetterPage() {
  const { id } = useParams();
  const [letter, setLetter] = useState<LetterReviewDetail | null>(null);
  const [context, setContext] = useState<LetterContext | null>(null);
  const [error, setError] = useState<string | null>(null);
  usePageTitle(letter ? `Brief: ${letter.subject || 'zonder onderwerp'}` : 'Brief');

  const load = useCallback(async () => {
    try {
      const [l, c] = await Promise.all([api<LetterReviewDetail>(`/api/letters/${id}`), api<LetterContext>(`/api/review/letters/${id}/context`)]);
      setLetter(l);
      setContext(c);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : 'Laden is mislukt.');
    }
  }, [id]);

  useEffect(() => {
    setLetter(null);
    void load();
  }, [load]);

  if (error) return (<><Heading1>Brief</Heading1><Alert type="error" role="alert"><Paragraph>{error}</Paragraph></Alert></>);
  if (!letter) return <Paragraph role="status">Bezig met laden…</Paragraph>;
  const s = letter.sender;
  const c = letter.classification;
  const cur = letter.current;
  const offset = letter.subject ? letter.subject.length + 2 : 0;
  return (
    <>
      <Paragraph><Link to="/wachtrij">← Terug naar de wachtrij</Link></Paragraph>
      <Heading1>{letter.subject || '(geen onderwerp)'}</Heading1>
      <div className="ps-letter__summary">
        <SignalBadges threat={cur.threat_flag} anti={!!cur.anti_institutioneel} zorg={!!cur.zorgsignaal} campaign={!!context?.campaign} />
        <span>{categoryLabel(cur.category)} · {topicLabel(cur.topic)} · naar <strong>{departmentLabel(cur.department)}</strong>{cur.cc.length > 0 && <> (kopie: {cur.cc.map(departmentLabel).join(', ')})</>}</span>
        <span className="ps-muted">{letter.status === 'handled' ? 'Afgehandeld' : REVIEW_STATUS_LABELS[cur.review_status]}</span>
      </div>
      {letter.status === 'received' && <Alert type="info"><Paragraph>Deze brief wordt nog geclassificeerd. Vernieuw de pagina over enkele seconden.</Paragraph></Alert>}
      {c && c.review_reasons.length > 0 && (
        <Alert type={c.threat_flag ? 'error' : 'warning'}>
          <Paragraph><strong>Waarom een medewerker meekijkt:</strong> {c.review_reasons.join(' · ')}</Paragraph>
        </Alert>
      )}
      {letter.purged_at && (
        <Alert type="info">
          De inhoud, bestanden en afzendergegevens van deze brief zijn gewist op {formatDateTime(letter.purged_at)} (bewaartermijn verlopen of op verzoek van de afzender).
          Categorie, afdeling en signalen zijn bewaard voor de geaggregeerde cijfers.
        </Alert>
      )}
      {letter.ocr_confidence !== null && <OcrNotice confidence={letter.ocr_confidence} low={letter.ocr_low_confidence} />}
      {letter.extraction_warnings.length > 0 && (
        <Alert type="warning">
          <Paragraph><strong>Let op bij het lezen van dit bestand:</strong></Paragraph>
          <UnorderedList>{letter.extraction_warnings.map((w) => <UnorderedListItem key={w}>{w}</UnorderedListItem>)}</UnorderedList>
        </Alert>
      )}
      <div className="ps-letter">
        <div className="ps-letter__main">
          <section aria-labelledby="tekst-kop">
            <Heading2 id="tekst-kop">Tekst</Heading2>
            {c && c.explanation.phrases.length > 0 && (
              <Paragraph className="ps-legend">
                Gemarkeerd: <mark className="ps-mark ps-mark--threat">dreiging</mark> <mark className="ps-mark ps-mark--anti">soevereine taal of weigering</mark>{' '}
                <mark className="ps-mark ps-mark--zorg">zorgsignaal</mark> <mark className="ps-mark ps-mark--other">overige kenmerken</mark>; <span className="ps-sentence">onderstreept</span>: zinnen die het zwaarst wogen.
              </Paragraph>
            )}
            <div className="ps-letter__body" tabIndex={0} aria-label="Tekst van de brief">
              <HighlightedText text={letter.body} offset={offset} evidence={c?.explanation ?? null} />
            </div>
          </section>
          {context && (
            <section aria-labelledby="geschiedenis-kop">
              <Heading2 id="geschiedenis-kop">Geschiedenis</Heading2>
              <ol className="ps-history">
                {context.reviews.filter((r) => r.action === 'note').map((r) => (
                  <li key={`n${r.id}`}><strong>Notitie</strong> van {r.user_name || r.user_email}, {formatDateTime(r.created_at)}: {r.note}</li>
                ))}
                {context.audit.map((a) => (
                  <li key={a.id}>{formatDateTime(a.at)} — {ACTION_LABELS[a.action] ?? a.action}{a.user_email ? ` door ${a.user_email}` : ' (systeem)'}</li>
                ))}
              </ol>
            </section>
          )}
        </div>
        <aside className="ps-letter__side" aria-label="Beoordeling en gegevens">
          <ReviewPanel letter={letter} onChanged={load} />
          {c && (
            <section aria-labelledby="model-kop" className="ps-panel">
              <Heading2 id="model-kop">Voorstel van het model</Heading2>
              <ScoreBars scores={c.scores} chosen={c.category} />
              <DataList>
                <DataListItem><DataListKey>Anti-institutioneel</DataListKey><DataListValue>{c.anti_institutioneel ? 'Ja' : 'Nee'} ({Math.round(c.anti_institutioneel_score * 100)}%)</DataListValue></DataListItem>
                <DataListItem><DataListKey>Zorgsignaal</DataListKey><DataListValue>{c.zorgsignaal ? 'Ja' : 'Nee'} ({Math.round(c.zorgsignaal_score * 100)}%)</DataListValue></DataListItem>
                <DataListItem><DataListKey>Onderwerp</DataListKey><DataListValue>{topicLabel(c.topic)}</DataListValue></DataListItem>
                <DataListItem><DataListKey>Modelversie</DataListKey><DataListValue><code>{c.model_version}</code></DataListValue></DataListItem>
              </DataList>
              {c.explanation.terms.length > 0 && (
                <>
                  <Heading3>Woorden die meewogen</Heading3>
                  <Paragraph className="ps-terms">{[...new Set(c.explanation.terms.map((t) => t.term))].slice(0, 10).join(' · ')}</Paragraph>
                </>
              )}
            </section>
          )}
          {letter.routing && (
            <section aria-labelledby="routering-kop" className="ps-panel">
              <Heading2 id="routering-kop">Routering</Heading2>
              <Paragraph>
                Naar <strong>{departmentLabel(letter.routing.department)}</strong>
                {letter.routing.cc.length > 0 && <>, kopie naar {letter.routing.cc.map(departmentLabel).join(', ')}</>}.
              </Paragraph>
              <Paragraph className="ps-muted">
                {letter.routing.rule_key === 'handmatig' ? 'Handmatig gekozen door een medewerker' : <>Regel <code>{letter.routing.rule_key}</code></>}
                {letter.routing.rule_version !== null && <> (regelset versie {letter.routing.rule_version})</>}, {letter.routing.source === 'model' ? 'op basis van het modelvoorstel' : letter.routing.source === 'review' ? 'na beoordeling' : 'bij herroutering'}.
              </Paragraph>
            </section>
          )}
          {context?.campaign && (
            <section aria-labelledby="campagne-kop" className="ps-panel">
              <Heading2 id="campagne-kop">Campagne</Heading2>
              <Paragraph>
                Onderdeel van een campagne van <strong>{context.campaign.size} brieven</strong> met vrijwel dezelfde tekst, sinds {dateOnly.format(new Date(context.campaign.first_seen))}
                {' '}(laatste {dateOnly.format(new Date(context.campaign.last_seen))}).
              </Paragraph>
            </section>
          )}
          <section aria-labelledby="gegevens-kop" className="ps-panel">
            <Heading2 id="gegevens-kop">Gegevens</Heading2>
            <DataList>
              <DataListItem><DataListKey>Ontvangen</DataListKey><DataListValue>{formatDateTime(letter.received_at)}</DataListValue></DataListItem>
              <DataListItem><DataListKey>Kanaal</DataListKey><DataListValue>{CHANNEL_LABELS[letter.channel] ?? letter.channel}</DataListValue></DataListItem>
              <DataListItem><DataListKey>Status</DataListKey><DataListValue>{STATUS_LABELS[letter.status] ?? letter.status}</DataListValue></DataListItem>
              <DataListItem><DataListKey>Afzender</DataListKey><DataListValue>{[s.name, s.email, s.address, [s.postcode, s.city].filter(Boolean).join(' ')].filter(Boolean).join(', ') || 'Onbekend'}</DataListValue></DataListItem>
            </DataList>
            <Heading3>Bestanden</Heading3>
            <UnorderedList>
              {letter.files.map((f) => (
                <UnorderedListItem key={f.id}>
                  <a href={`/api/letters/${letter.id}/files/${f.id}`} download>{f.filename}</a> ({f.role === 'original' ? 'origineel' : 'bijlage'}, {formatBytes(f.size_bytes)})
                </UnorderedListItem>
              ))}
            </UnorderedList>
          </section>
        </aside>
      </div>
    </>
  );
}

/** A scanned letter's text came from OCR: say how reliable it is, loudly when it is low. */
function OcrNotice({ confidence, low }: { confidence: number; low: boolean }) {
  const pct = `${Math.round(confidence)}%`;
  return low ? (
    <Alert type="warning">
      <Paragraph>
        <strong>Tekst gelezen met OCR, lage betrouwbaarheid ({pct}).</strong> De herkende tekst kan fouten bevatten en de classificatie kan daardoor
        afwijken. Lees het origineel (bestanden hieronder) voordat u de labels bevestigt.
      </Paragraph>
    </Alert>
  ) : (
    <Paragraph className="ps-ocr-note">Tekst gelezen met OCR uit een scan (betrouwbaarheid {pct}). Bij twijfel: bekijk het origineel.</Paragraph>
  );
}
