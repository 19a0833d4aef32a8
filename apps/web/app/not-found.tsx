import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } };

/** The real 404: served with status 404 for unknown routes and unknown record ids. */
export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>There is no page at this address. The record may have been renamed, or the link mistyped.</p>
      <ul>
        <li><a href="/search">Search every record</a></li>
        <li><a href="/timeline">See the timeline</a></li>
        <li><a href="/">Go to the home page</a></li>
      </ul>
    </>
  );
}
