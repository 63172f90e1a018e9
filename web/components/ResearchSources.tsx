'use client';
/** What a research summary cites: the shop's documents by title, the web findings as links to open. */
import type { Strings } from '../lib/i18n';

export function ResearchSources(props: {
  t: Strings;
  documents: readonly { title: string }[];
  web: readonly { title: string; url: string }[];
  className?: string;
}) {
  const { t } = props;
  // Two passages of one document are one source to the shopper.
  const titles = [...new Set(props.documents.map((d) => d.title))];
  const web = [...new Map(props.web.map((w) => [w.url, w])).values()];
  const cited = [
    ...titles.map((title) => ({ key: `doc:${title}`, node: <span>{title}</span> })),
    ...web.map((w) => ({
      key: `web:${w.url}`,
      node: (
        <a href={w.url} target="_blank" rel="noreferrer noopener">
          {w.title}
        </a>
      ),
    })),
  ];
  if (cited.length === 0) return null;
  return (
    <p className={props.className ?? 'muted'} data-testid="research-sources">
      {t.researchSources}:{' '}
      {cited.map(({ key, node }, i) => (
        <span key={key}>
          {i > 0 ? ' · ' : null}
          {node}
        </span>
      ))}
    </p>
  );
}
