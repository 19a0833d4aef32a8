import { formatLink, formatReportRow, recordFields, type FieldValue, type LinkValue, type RecordRef } from '@kztj/core';
import { Fragment } from 'react';
import { recordHref } from '../../lib/links';
import { FactualityMark } from './factuality-mark';
import { Reasoning } from './reasoning';

/** A link as the core words it, to the record it names; "inferred" and why when it is not stated. */
function LinkView({ link }: { link: LinkValue }) {
  const href = link.collection ? recordHref(link.id) : undefined;
  const text = formatLink({ ...link, basis: 'stated' });
  return (
    <>
      {href ? <a href={href}>{text}</a> : text}
      <Reasoning basis={link.basis} reasoning={link.reasoning} />
    </>
  );
}

function Links({ links }: { links: readonly LinkValue[] }) {
  return (
    <>
      {links.map((link, i) => (
        <Fragment key={`${link.id}-${i}`}>
          {i > 0 ? ', ' : null}
          <LinkView link={link} />
        </Fragment>
      ))}
    </>
  );
}

/**
 * One field value, by the kind the core gives it. The site switches on the kind of value (a link,
 * a date, a report row), never on the collection: what a field says comes from the core.
 */
export function FieldValueView({ value }: { value: FieldValue }) {
  switch (value.kind) {
    case 'text':
      return (
        <>
          {value.text}
          <Reasoning basis={value.basis ?? 'stated'} reasoning={value.reasoning} />
        </>
      );
    case 'date':
      return (
        <>
          {value.text.replace(/, inferred$/, '')}
          <Reasoning basis={value.basis} reasoning={value.reasoning} />
        </>
      );
    case 'factuality':
      return (
        <>
          <FactualityMark value={value.factuality} label={value.text} />
          {value.cue ? ` (“${value.cue}”)` : null}
        </>
      );
    case 'amount':
      return <>{value.text}</>;
    case 'links':
      return <Links links={value.links} />;
    case 'participants':
      return (
        <ul className="plain-list">
          {value.participants.map((link, i) => (
            <li key={`${link.id}-${i}`}><LinkView link={link} /></li>
          ))}
        </ul>
      );
    case 'roles':
      return (
        <ul className="plain-list">
          {value.roles.map((role, i) => (
            <li key={`${role.title}-${i}`}>
              {role.title}
              <Reasoning basis={role.basis} reasoning={role.reasoning} />
              {role.of ? <> (of <LinkView link={role.of} />)</> : null}, as of {role.asOf}, <a href={recordHref(role.source)}>{role.sourceLabel}</a>
            </li>
          ))}
        </ul>
      );
    case 'reports':
      return (
        <ul className="plain-list">
          {value.reports.map((row) => (
            <li key={row.source}>
              <a href={recordHref(row.source)}>{row.sourceLabel}</a>
              {formatReportRow(row).slice(row.sourceLabel.length)}
            </li>
          ))}
        </ul>
      );
    case 'disagreements':
      return (
        <ul className="plain-list side-by-side">
          {value.disagreements.map((d) => (
            <li key={d.field}>
              {d.label}:{' '}
              {d.values.map((v, i) => (
                <Fragment key={v.source}>
                  {i > 0 ? '; ' : null}
                  <a href={recordHref(v.source)}>{v.sourceLabel}</a> says {v.value}
                </Fragment>
              ))}
            </li>
          ))}
        </ul>
      );
  }
}

/**
 * The record's fields exactly as the core's registry gives them (labels, wording, inferred
 * marks), so the site and the terminal cannot disagree. `omit` drops fields the page shows
 * in its own place (an event's summary as the lede).
 */
export function RecordFacts({ item, omit = [] }: { item: RecordRef; omit?: readonly string[] }) {
  const fields = recordFields(item).filter((f) => !omit.includes(f.key));
  return (
    <dl className="facts">
      {fields.map((field) => (
        <Fragment key={field.key}>
          <dt className={field.value.kind === 'disagreements' ? 'disagreement' : undefined}>{field.label}</dt>
          <dd data-field={field.key}><FieldValueView value={field.value} /></dd>
        </Fragment>
      ))}
    </dl>
  );
}
