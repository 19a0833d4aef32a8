import { Fragment } from 'react';
import type { Link } from '@kztj/core';
import { Reasoning } from './reasoning';
import { RecordLink } from './record-link';

/** A link to another record, with "inferred" and its reasoning when the text does not state it. */
export function LinkValue({ link, children }: { link: Link; children?: React.ReactNode }) {
  return (
    <>
      <RecordLink id={link.id} />
      {children}
      <Reasoning basis={link.basis} reasoning={link.reasoning} />
    </>
  );
}

/**
 * Several links as a comma-separated run, or `empty` when there are none. No wrapping element:
 * the reasoning is a <details>, which may not sit inside a <span> or <p>.
 */
export function LinkValues({ links, empty = '—' }: { links: readonly Link[]; empty?: string }) {
  if (links.length === 0) return <>{empty}</>;
  return (
    <>
      {links.map((link, i) => (
        <Fragment key={link.id}>
          {i > 0 ? ', ' : null}
          <LinkValue link={link} />
        </Fragment>
      ))}
    </>
  );
}
