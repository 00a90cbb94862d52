import { useId, type ReactNode } from 'react';
import { Heading2, Paragraph } from '@utrecht/component-library-react';

/**
 * One dashboard view: heading, a chart (an image for sighted users, described in words), the same
 * numbers as a table for screen readers and keyboard users, and a CSV download of those numbers.
 */
export function ChartCard(props: { title: string; description: ReactNode; summary: string; chart: ReactNode; table: ReactNode; csvHref: string; csvName: string; wide?: boolean }) {
  const id = useId();
  return (
    <section className={`ps-card ps-chart${props.wide ? ' ps-chart--wide' : ''}`} aria-labelledby={`${id}-h`}>
      <Heading2 id={`${id}-h`}>{props.title}</Heading2>
      <Paragraph className="ps-muted">{props.description}</Paragraph>
      <figure className="ps-chart__figure" role="img" aria-label={props.summary}>
        {props.chart}
      </figure>
      <details className="ps-chart__table">
        <summary>Toon de cijfers als tabel</summary>
        {props.table}
      </details>
      <Paragraph>
        <a href={props.csvHref} download={props.csvName}>Download de cijfers als CSV</a>
      </Paragraph>
    </section>
  );
}
