import type { ChangeEvent } from 'react';
import { FormField, FormLabel, Paragraph, Select, SelectOption, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { department, DEPARTMENTS, DEPARTMENT_LABELS, TOPICS, TOPIC_LABELS } from './labels.ts';

function DepartmentSelect(props: { id: string; value: string; onChange(v: string): void }) {
  return (
    <Select id={props.id} value={props.value} onChange={(e: ChangeEvent<HTMLSelectElement>) => props.onChange(e.target.value)}>
      {!(DEPARTMENTS as readonly string[]).includes(props.value) && <SelectOption value={props.value}>{props.value || '(kies een afdeling)'}</SelectOption>}
      {DEPARTMENTS.map((d) => <SelectOption key={d} value={d}>{DEPARTMENT_LABELS[d]}</SelectOption>)}
    </Select>
  );
}

/** The department per topic (for rules that send to "the topic's department") and the fallback. */
export function TopicTable(props: {
  topicDepartments: Record<string, string>;
  fallbackDepartment: string;
  onChange?: (topicDepartments: Record<string, string>, fallbackDepartment: string) => void;
}) {
  const { topicDepartments, fallbackDepartment, onChange } = props;
  return (
    <>
      <Table className="ps-table ps-rules-topics">
        <TableCaption>Afdeling per onderwerp, voor regels die naar de afdeling van het onderwerp sturen</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Onderwerp</TableHeaderCell>
            <TableHeaderCell scope="col">Afdeling</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {TOPICS.map((t) => (
            <TableRow key={t}>
              <TableHeaderCell scope="row">
                {onChange ? <FormLabel htmlFor={`onderwerp-${t}`}>{TOPIC_LABELS[t]}</FormLabel> : TOPIC_LABELS[t]}
              </TableHeaderCell>
              <TableCell>
                {onChange
                  ? <DepartmentSelect id={`onderwerp-${t}`} value={topicDepartments[t] ?? ''} onChange={(v) => onChange({ ...topicDepartments, [t]: v }, fallbackDepartment)} />
                  : department(topicDepartments[t] ?? '—')}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {onChange ? (
        <FormField className="ps-rules-field">
          <FormLabel htmlFor="terugval">Afdeling als geen regel van de soort Afdeling past</FormLabel>
          <DepartmentSelect id="terugval" value={fallbackDepartment} onChange={(v) => onChange(topicDepartments, v)} />
        </FormField>
      ) : (
        <Paragraph>Past geen enkele regel van de soort Afdeling, dan gaat de brief naar {department(fallbackDepartment)}.</Paragraph>
      )}
    </>
  );
}
