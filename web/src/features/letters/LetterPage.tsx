import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Alert, DataList, DataListItem, DataListKey, DataListValue, Heading1, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { api, ApiError, type LetterDetail } from '../../api/client.ts';
import { CHANNEL_LABELS, formatBytes, formatDateTime, STATUS_LABELS } from '../../app/format.ts';
import { usePageTitle } from '../../app/usePageTitle.ts';

export function LetterPage() {
  const { id } = useParams();
  const [letter, setLetter] = useState<LetterDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  usePageTitle(letter ? `Brief: ${letter.subject || 'zonder onderwerp'}` : 'Brief');

  useEffect(() => {
    let cancelled = false;
    api<LetterDetail>(`/api/letters/${id}`)
      .then((d) => !cancelled && setLetter(d))
      .catch((err) => !cancelled && setError(err instanceof ApiError ? err.message : 'Laden is mislukt.'));
    return () => {
      cancelled = true;
    };
  }, [id]);

  if (error) return (<><Heading1>Brief</Heading1><Alert type="error" role="alert"><Paragraph>{error}</Paragraph></Alert></>);
  if (!letter) return <Paragraph role="status">Bezig met laden…</Paragraph>;
  const s = letter.sender;
  return (
    <>
      <Paragraph><Link to="/brieven">← Terug naar alle brieven</Link></Paragraph>
      <Heading1>{letter.subject || '(geen onderwerp)'}</Heading1>
      {letter.extraction_warnings.length > 0 && (
        <Alert type="warning">
          <Paragraph><strong>Let op bij het lezen van dit bestand:</strong></Paragraph>
          <UnorderedList>{letter.extraction_warnings.map((w) => <UnorderedListItem key={w}>{w}</UnorderedListItem>)}</UnorderedList>
        </Alert>
      )}
      <div className="ps-letter">
        <section aria-labelledby="tekst-kop" className="ps-letter__text">
          <Heading2 id="tekst-kop">Tekst</Heading2>
          <div className="ps-letter__body" tabIndex={0} aria-label="Tekst van de brief">{letter.body}</div>
        </section>
        <aside aria-labelledby="gegevens-kop" className="ps-letter__meta">
          <Heading2 id="gegevens-kop">Gegevens</Heading2>
          <DataList>
            <DataListItem><DataListKey>Ontvangen</DataListKey><DataListValue>{formatDateTime(letter.received_at)}</DataListValue></DataListItem>
            <DataListItem><DataListKey>Kanaal</DataListKey><DataListValue>{CHANNEL_LABELS[letter.channel] ?? letter.channel}</DataListValue></DataListItem>
            <DataListItem><DataListKey>Status</DataListKey><DataListValue>{STATUS_LABELS[letter.status] ?? letter.status}</DataListValue></DataListItem>
            <DataListItem><DataListKey>Taal</DataListKey><DataListValue>{letter.language === 'en' ? 'Engels' : letter.language === 'nl' ? 'Nederlands' : 'Onbekend'}</DataListValue></DataListItem>
            <DataListItem><DataListKey>Afzender</DataListKey><DataListValue>{[s.name, s.email, s.address, [s.postcode, s.city].filter(Boolean).join(' ')].filter(Boolean).join(', ') || 'Onbekend'}</DataListValue></DataListItem>
          </DataList>
          <Heading2>Bestanden</Heading2>
          <UnorderedList>
            {letter.files.map((f) => (
              <UnorderedListItem key={f.id}>
                <a href={`/api/letters/${letter.id}/files/${f.id}`} download>{f.filename}</a> ({f.role === 'original' ? 'origineel' : 'bijlage'}, {formatBytes(f.size_bytes)})
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </aside>
      </div>
    </>
  );
}
