/** The Algoritmeregister-style description of the classifier and its model card, on the admin page. */
import { useEffect, useState } from 'react';
import { DataList, DataListItem, DataListKey, DataListValue, Heading2, Heading3, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { api } from '../../api/client.ts';
import type { AlgorithmRegister as Register } from '../../../../server/admin/algorithm.ts';

const pct = (v: number) => `${(v * 100).toLocaleString('nl-NL', { maximumFractionDigits: 1 })}%`;

export function AlgorithmRegister() {
  const [reg, setReg] = useState<Register | null>(null);
  useEffect(() => {
    api<Register>('/api/admin/algorithm').then(setReg, () => setReg(null));
  }, []);
  if (!reg) return null;
  return (
    <section className="ps-card" aria-labelledby="algoritme-kop">
      <Heading2 id="algoritme-kop">Algoritmeregister</Heading2>
      <DataList>
        <DataListItem><DataListKey>Naam</DataListKey><DataListValue>{reg.name}</DataListValue></DataListItem>
        <DataListItem><DataListKey>Meegeleverde versie</DataListKey><DataListValue>{reg.version}</DataListValue></DataListItem>
        <DataListItem><DataListKey>Actieve versie</DataListKey><DataListValue>{reg.activeVersion}</DataListValue></DataListItem>
      </DataList>
      {reg.sections.map((s) => (
        <div key={s.title}>
          <Heading3>{s.title}</Heading3>
          <Paragraph>{s.text}</Paragraph>
        </div>
      ))}
      {reg.metrics.length > 0 && (
        <Table className="ps-table">
          <TableCaption>Cijfers op {reg.heldOutLetters} achtergehouden brieven (niet gebruikt bij het trainen)</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Maat</TableHeaderCell>
              <TableHeaderCell scope="col">Gemeten</TableHeaderCell>
              <TableHeaderCell scope="col">Doel</TableHeaderCell>
              <TableHeaderCell scope="col">Gehaald</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {reg.metrics.map((m) => (
              <TableRow key={m.label}>
                <TableHeaderCell scope="row">{m.label}</TableHeaderCell>
                <TableCell>{pct(m.value)}</TableCell>
                <TableCell>{m.target === null ? '—' : `${m.higherIsBetter ? '≥' : '≤'} ${pct(m.target)}`}</TableCell>
                <TableCell>{m.target === null ? '—' : (m.higherIsBetter ? m.value >= m.target : m.value <= m.target) ? 'ja' : 'nee'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <details className="ps-chart__table">
        <summary>Volledige modelkaart (Engels)</summary>
        <pre className="ps-modelcard">{reg.modelCard}</pre>
      </details>
    </section>
  );
}
