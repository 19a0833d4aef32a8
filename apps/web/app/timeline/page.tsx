import type { Metadata } from 'next';
import { facets, formatFactuality, records, sourceLabel, timeline, type Factuality, type TimelineFacets } from '@kztj/core';
import { pageMetadata } from '../../lib/metadata';
import { DateText } from '../_components/date-text';
import { FactualityBadge } from '../_components/factuality-badge';
import { LinkValue } from '../_components/link-value';
import { spanHref } from '../../lib/links';
import { recordPath } from '../../lib/paths';
import { FACET_NAMES } from './_components/facet-names';
import { TimelineFilter } from './_components/timeline-filter';

const DESCRIPTION = 'Every dated event the articles mention, from the oldest to the newest, with how precisely its date is known and whether it happened, is planned, expected or will not happen.';

export const metadata: Metadata = pageMetadata({ title: 'Timeline', description: DESCRIPTION, path: '/timeline' });

const LIST_ID = 'timeline-events';

/** Facet labels for people: factuality in the core's words, sources by year. */
function labelled(all: TimelineFacets): TimelineFacets {
  return {
    ...all,
    factuality: all.factuality.map((f) => ({ ...f, label: formatFactuality(f.value as Factuality) })),
    source: all.source.map((f) => ({ ...f, label: sourceLabel(f.value) })),
  };
}

export default function Page() {
  const events = timeline();
  // The home page counts every event; say where the ones without a date are.
  const all = records('events').length;
  const undated = all - events.length;
  return (
    <>
      <h1>Timeline</h1>
      <p className="lede">{DESCRIPTION}</p>
      {undated > 0 ? (
        <p data-undated>
          {events.length} of the {all} events are dated and shown here; {undated} the articles give no date for {undated === 1 ? 'is' : 'are'} listed under <a href="/events">Events</a>.
        </p>
      ) : null}
      <div className="timeline-layout">
        <TimelineFilter facets={labelled(facets(events))} listId={LIST_ID} total={events.length} />
        <section aria-labelledby="events-heading">
          <h2 id="events-heading" className="visually-hidden">Events, oldest first</h2>
          <ol className="timeline" id={LIST_ID}>
            {events.map((event) => {
              // The event's own facet values, from the same core function that counts them.
              const own = facets([event]);
              const data = Object.fromEntries(FACET_NAMES.map((name) => [`data-${name}`, own[name].map((v) => v.value).join(' ')]));
              const first = event.evidence[0];
              return (
                <li key={event.id} {...data}>
                  <p>
                    {event.date ? <DateText date={event.date} /> : null} <FactualityBadge value={event.factuality} /> <span className="tag">{event.type}</span>
                  </p>
                  <h3><a href={recordPath('events', event.id)}>{event.title}</a></h3>
                  <p>{event.summary}</p>
                  <div className="muted">
                    {event.place ? <>In <LinkValue link={event.place} />. </> : null}
                    {first ? <a href={spanHref(first)}>See in source ({sourceLabel(first.source)})</a> : null}
                  </div>
                </li>
              );
            })}
          </ol>
        </section>
      </div>
    </>
  );
}
