import { recordFields, type FieldItem, type RecordField, type RecordRef } from '@kztj/core';
import { Fragment } from 'react';
import { recordHref } from '../../lib/links';
import { Reasoning } from './reasoning';

/** One value as the core words it: a link when it names a record, "inferred" and why when it is not stated. */
function FieldItemView({ item }: { item: FieldItem }) {
  const href = item.id ? recordHref(item.id) : undefined;
  return (
    <>
      {href ? <a href={href}>{item.text}</a> : item.text}
      {item.inferred !== undefined ? <Reasoning basis="inferred" reasoning={item.inferred || undefined} /> : null}
    </>
  );
}

/** Reports and disagreements read one article per line; other fields as a run of values. */
const LISTED = (field: RecordField) => field.key === 'reports' || field.key.startsWith('disagreement.') || field.key === 'participants';

function FieldValueView({ field }: { field: RecordField }) {
  if (LISTED(field)) {
    return (
      <ul className={field.key.startsWith('disagreement.') ? 'plain-list side-by-side' : 'plain-list'}>
        {field.items.map((item, i) => (
          <li key={`${item.id ?? ''}-${i}`}><FieldItemView item={item} /></li>
        ))}
      </ul>
    );
  }
  return (
    <>
      {field.items.map((item, i) => (
        <Fragment key={`${item.id ?? ''}-${i}`}>
          {i > 0 ? (field.key === 'aliases' ? '; ' : ', ') : null}
          <FieldItemView item={item} />
        </Fragment>
      ))}
    </>
  );
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
          <dt className={field.key.startsWith('disagreement.') ? 'disagreement' : undefined}>{field.label}</dt>
          <dd data-field={field.key}><FieldValueView field={field} /></dd>
        </Fragment>
      ))}
    </dl>
  );
}
