import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { formatDate, getSource, mentions, sourceLabel, type RecordRef } from '@kztj/core';
import { recordJsonLd } from '../../../lib/json-ld';
import { spanHref } from '../../../lib/links';
import { recordPath } from '../../../lib/paths';
import { findRecord, recordMetadata, recordParams } from '../../../lib/record-route';
import { JsonLd } from '../../_components/json-ld';
import { LinkValue } from '../../_components/link-value';
import { Reasoning } from '../../_components/reasoning';
import { RelatedList } from '../../_components/related-list';

type Props = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return recordParams('entities');
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return recordMetadata('entities', (await params).id);
}

export default async function Page({ params }: Props) {
  const ref = findRecord('entities', (await params).id);
  if (!ref) notFound();
  const e = ref.record;
  // Roles in the order of the articles that state them: "roles over time".
  const roles = [...e.roles].sort((a, b) => (getSource(a.source)?.date.earliest ?? '').localeCompare(getSource(b.source)?.date.earliest ?? ''));
  const contexts = mentions(e.id);
  return (
    <article>
      <p className="kicker"><a href="/entities">Entities</a> / {e.type}</p>
      <h1>{e.name}</h1>
      <p className="lede">{e.description}</p>
      <dl className="facts">
        <dt>Type</dt>
        <dd>{e.type}</dd>
        <dt>Called in the articles</dt>
        <dd>{e.aliases.map((a, i) => <span key={a}>{i > 0 ? ', ' : ''}“{a}”</span>)}</dd>
        {e.codes ? (
          <>
            <dt>ISO 3166-1</dt>
            <dd>alpha-2 <code>{e.codes.alpha2}</code>, alpha-3 <code>{e.codes.alpha3}</code>, numeric <code>{e.codes.numeric}</code></dd>
          </>
        ) : null}
        {e.wikidata ? (
          <>
            <dt>Wikidata</dt>
            <dd><a href={`https://www.wikidata.org/wiki/${e.wikidata}`} rel="external">{e.wikidata}</a></dd>
          </>
        ) : null}
        {e.partOf ? (
          <>
            <dt>Part of</dt>
            <dd><LinkValue link={e.partOf} /></dd>
          </>
        ) : null}
      </dl>

      {roles.length > 0 ? (
        <section aria-labelledby="roles-heading">
          <h2 id="roles-heading">Roles over time</h2>
          <div className="table-wrap">
            <table className="stack">
              <thead>
                <tr><th scope="col">As of</th><th scope="col">Role</th><th scope="col">Stated in</th></tr>
              </thead>
              <tbody>
                {roles.map((role) => {
                  const source = getSource(role.source);
                  const span = role.evidence[0];
                  return (
                    <tr key={`${role.title}-${role.source}`}>
                      <td>{source ? formatDate(source.date) : role.asOf}</td>
                      <td data-label="Role">
                        {role.title}
                        <Reasoning basis={role.basis} reasoning={role.reasoning} />
                        {role.of ? <> (<LinkValue link={role.of} />)</> : null}
                      </td>
                      <td data-label="Stated in">
                        <a href={recordPath('sources', role.source)}>{sourceLabel(role.source)}</a>
                        {span ? <> — <a href={spanHref(span)}>see in source</a></> : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}

      <section aria-labelledby="mentions-heading">
        <h2 id="mentions-heading">Mentions ({contexts.length})</h2>
        {[...new Set(contexts.map((c) => c.span.source))].map((sourceId) => (
          <section key={sourceId} aria-label={`Mentions in ${sourceLabel(sourceId)}`}>
            <h3>In <a href={recordPath('sources', sourceId)}>{sourceLabel(sourceId)}</a></h3>
            <ol className="plain-list">
              {contexts.filter((c) => c.span.source === sourceId).map((c) => (
                <li key={`${c.span.source}-${c.span.start}`}>
                  <p style={{ margin: '0 0 0.2rem' }}>
                    {c.before}
                    <mark>{c.match}</mark>
                    {c.after}
                  </p>
                  <a href={spanHref(c.span)} aria-label={`See in source: “${c.match}”, ${sourceLabel(c.span.source)}, characters ${c.span.start} to ${c.span.end}`}>
                    See in source
                  </a>
                </li>
              ))}
            </ol>
          </section>
        ))}
      </section>

      <RelatedList id={e.id} heading="Related records and co-mentioned entities" />
      <JsonLd data={recordJsonLd(ref as RecordRef)} />
    </article>
  );
}
