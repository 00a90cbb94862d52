import type { ReactElement } from 'react';
import type { Evidence } from '../../api/client.ts';

const GROUP_CLASS: Record<string, string> = {
  dreiging: 'ps-mark--threat',
  soeverein: 'ps-mark--anti',
  weigering: 'ps-mark--anti',
  zorg: 'ps-mark--zorg',
};

interface Span {
  start: number;
  end: number;
  kind: 'phrase' | 'sentence';
  group?: string;
  title: string;
}

/**
 * The letter text with the evidence marked: phrase-list hits as <mark> (with their group in the
 * title and as hidden text for screen readers) and the sentences that weighed most underlined.
 * Offsets are into the text the classifier explained; `offset` is where `text` starts in it.
 */
export function HighlightedText({ text, offset, evidence }: { text: string; offset: number; evidence: Evidence | null }) {
  if (!evidence) return <>{text}</>;
  const spans: Span[] = [
    ...evidence.sentences.map((s) => ({ start: s.start - offset, end: s.end - offset, kind: 'sentence' as const, title: `Woog mee voor: ${s.label}` })),
    ...evidence.phrases.map((p) => ({ start: p.start - offset, end: p.end - offset, kind: 'phrase' as const, group: p.group, title: p.label })),
  ].filter((s) => s.end > 0 && s.start < text.length);
  const cuts = new Set<number>([0, text.length]);
  for (const s of spans) {
    cuts.add(Math.max(0, s.start));
    cuts.add(Math.min(text.length, s.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: ReactElement[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i]!, points[i + 1]!];
    const piece = text.slice(a, b);
    const phrase = spans.find((s) => s.kind === 'phrase' && s.start <= a && s.end >= b);
    const sentence = spans.find((s) => s.kind === 'sentence' && s.start <= a && s.end >= b);
    let node: ReactElement | string = piece;
    if (phrase) {
      node = (
        <mark className={`ps-mark ${GROUP_CLASS[phrase.group ?? ''] ?? 'ps-mark--other'}`} title={phrase.title}>
          {piece}
          <span className="ps-visually-hidden"> ({phrase.title})</span>
        </mark>
      );
    }
    out.push(sentence ? <span key={a} className="ps-sentence" title={sentence.title}>{node}</span> : <span key={a}>{node}</span>);
  }
  return <>{out}</>;
}
