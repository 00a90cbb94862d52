import { Button, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { formatDateTime } from '../../app/format.ts';
import type { VersionSummary } from './types.ts';

/** Every saved version, newest first; an older one can be loaded into the editor to save it again. */
export function VersionList(props: { versions: VersionSummary[]; onLoad(version: number): void; busyVersion: number | null }) {
  return (
    <Table className="ps-table">
      <TableCaption>Opgeslagen versies, nieuwste eerst. Een oude versie terugzetten: laad haar in de editor en sla op.</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Versie</TableHeaderCell>
          <TableHeaderCell scope="col">Opgeslagen</TableHeaderCell>
          <TableHeaderCell scope="col">Door</TableHeaderCell>
          <TableHeaderCell scope="col">Toelichting</TableHeaderCell>
          <TableHeaderCell scope="col"><span className="ps-rules-sr">Actie</span></TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.versions.map((v) => (
          <TableRow key={v.version}>
            <TableCell>{v.version}{v.active && ' (actief)'}</TableCell>
            <TableCell>{formatDateTime(v.created_at)}</TableCell>
            <TableCell>{v.created_by_email ?? 'systeem'}</TableCell>
            <TableCell>{v.note || '—'}</TableCell>
            <TableCell>
              {!v.active && (
                <Button appearance="subtle-button" busy={props.busyVersion === v.version} disabled={props.busyVersion !== null} onClick={() => props.onLoad(v.version)}>
                  In editor laden<span className="ps-rules-sr">: versie {v.version}</span>
                </Button>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
