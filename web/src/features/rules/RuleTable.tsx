import { Fragment } from 'react';
import { Button, ButtonGroup, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { describeConditions, describeTarget, KIND_LABELS } from './labels.ts';
import { RuleEditor } from './RuleEditor.tsx';
import type { DraftRule } from './types.ts';

export type RuleAction = 'bewerken' | 'omhoog' | 'omlaag' | 'verwijderen';
export const actionId = (uid: string, action: RuleAction) => `regel-${uid}-${action}`;

interface Props {
  rules: DraftRule[];
  /** Absent: read-only (intake). */
  edit?: {
    editing: string | null;
    onEdit(uid: string | null): void;
    onMove(uid: string, by: -1 | 1): void;
    onDelete(uid: string): void;
    onChange(rule: DraftRule): void;
  };
}

/** The ordered rules: what each looks at and where it sends a letter; for admins with actions and an inline editor. */
export function RuleTable({ rules, edit }: Props) {
  const columns = edit ? 6 : 5;
  return (
    <div className="ps-rules-scroll" role="region" aria-labelledby="regels-bijschrift" tabIndex={0}>
      <Table className="ps-table ps-rules-table">
        <TableCaption id="regels-bijschrift">Regels, in de volgorde waarin ze worden toegepast</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Nr.</TableHeaderCell>
            <TableHeaderCell scope="col">Regel</TableHeaderCell>
            <TableHeaderCell scope="col">Soort</TableHeaderCell>
            <TableHeaderCell scope="col">Voorwaarden</TableHeaderCell>
            <TableHeaderCell scope="col">Naar</TableHeaderCell>
            {edit && <TableHeaderCell scope="col">Acties</TableHeaderCell>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rules.map((r, i) => {
            const n = i + 1;
            const open = edit?.editing === r.uid;
            const which = <span className="ps-rules-sr"> regel {n} ({r.key || 'zonder sleutel'})</span>;
            return (
              <Fragment key={r.uid}>
                <TableRow className={open ? 'ps-rules-row--open' : undefined}>
                  <TableCell>{n}</TableCell>
                  <TableCell>
                    <code className="ps-rules-key">{r.key || '(geen sleutel)'}</code>
                    {r.description && <span className="ps-rules-description">{r.description}</span>}
                  </TableCell>
                  <TableCell>{KIND_LABELS[r.kind]}</TableCell>
                  <TableCell>{describeConditions(r.when)}</TableCell>
                  <TableCell>{describeTarget(r.target)}</TableCell>
                  {edit && (
                    <TableCell>
                      <ButtonGroup className="ps-rules-actions">
                        <Button id={actionId(r.uid, 'bewerken')} appearance="subtle-button" aria-expanded={open} aria-controls={open ? `regel-${r.uid}-editor` : undefined}
                          onClick={() => edit.onEdit(open ? null : r.uid)}>
                          Bewerken{which}
                        </Button>
                        <Button id={actionId(r.uid, 'omhoog')} appearance="subtle-button" disabled={i === 0} onClick={() => edit.onMove(r.uid, -1)}>Omhoog{which}</Button>
                        <Button id={actionId(r.uid, 'omlaag')} appearance="subtle-button" disabled={i === rules.length - 1} onClick={() => edit.onMove(r.uid, 1)}>Omlaag{which}</Button>
                        <Button id={actionId(r.uid, 'verwijderen')} appearance="subtle-button" hint="danger" onClick={() => edit.onDelete(r.uid)}>Verwijderen{which}</Button>
                      </ButtonGroup>
                    </TableCell>
                  )}
                </TableRow>
                {edit && open && (
                  <TableRow className="ps-rules-row--editor">
                    <TableCell colSpan={columns}>
                      <RuleEditor rule={r} position={n} onChange={edit.onChange} onDone={() => edit.onEdit(null)} />
                    </TableCell>
                  </TableRow>
                )}
              </Fragment>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
