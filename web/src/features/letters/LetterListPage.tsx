import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Alert, Button, ButtonGroup, Heading1, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { api, ApiError, type LetterSummary } from '../../api/client.ts';
import { CHANNEL_LABELS, formatDateTime, STATUS_LABELS } from '../../app/format.ts';
import { usePageTitle } from '../../app/usePageTitle.ts';

const PAGE_SIZE = 25;

export function LetterListPage() {
  usePageTitle('Brieven');
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('pagina') ?? '1') || 1);
  const [data, setData] = useState<{ items: LetterSummary[]; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    setError(null);
    api<{ items: LetterSummary[]; total: number }>(`/api/letters?page=${page}&pageSize=${PAGE_SIZE}`)
      .then((d) => !cancelled && setData(d))
      .catch((err) => !cancelled && setError(err instanceof ApiError ? err.message : 'Laden is mislukt.'));
    return () => {
      cancelled = true;
    };
  }, [page]);

  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;
  return (
    <>
      <Heading1>Brieven</Heading1>
      {error && <Alert type="error" role="alert"><Paragraph>{error}</Paragraph></Alert>}
      {!data && !error && <Paragraph role="status">Bezig met laden…</Paragraph>}
      {data && data.items.length === 0 && <Paragraph>Er zijn nog geen brieven. <Link to="/brief-toevoegen">Voeg een brief toe.</Link></Paragraph>}
      {data && data.items.length > 0 && (
        <>
          <Table className="ps-table">
            <TableCaption>{data.total.toLocaleString('nl-NL')} brieven, nieuwste eerst — pagina {page} van {pages}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Ontvangen</TableHeaderCell>
                <TableHeaderCell scope="col">Onderwerp</TableHeaderCell>
                <TableHeaderCell scope="col">Afzender</TableHeaderCell>
                <TableHeaderCell scope="col">Kanaal</TableHeaderCell>
                <TableHeaderCell scope="col">Status</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.items.map((l) => (
                <TableRow key={l.id}>
                  <TableCell>{formatDateTime(l.received_at)}</TableCell>
                  <TableCell><Link to={`/brieven/${l.id}`}>{l.subject || '(geen onderwerp)'}</Link></TableCell>
                  <TableCell>{l.sender_name ?? '—'}</TableCell>
                  <TableCell>{CHANNEL_LABELS[l.channel] ?? l.channel}</TableCell>
                  <TableCell>{STATUS_LABELS[l.status] ?? l.status}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <nav aria-label="Paginering">
            <ButtonGroup>
              <Button appearance="secondary-action-button" disabled={page <= 1} onClick={() => setParams({ pagina: String(page - 1) })}>Vorige pagina</Button>
              <Button appearance="secondary-action-button" disabled={page >= pages} onClick={() => setParams({ pagina: String(page + 1) })}>Volgende pagina</Button>
            </ButtonGroup>
          </nav>
        </>
      )}
    </>
  );
}
