/** The main navigation; a server component, so it costs no client JavaScript. */
const LINKS: ReadonlyArray<readonly [string, string]> = [
  ['/timeline', 'Timeline'],
  ['/entities', 'Entities'],
  ['/events', 'Events'],
  ['/agreements', 'Agreements'],
  ['/figures', 'Figures'],
  ['/quotes', 'Quotes'],
  ['/claims', 'Claims'],
  ['/sources', 'Sources'],
  ['/compare', 'Compare'],
  ['/map', 'Map'],
  ['/data', 'Data'],
];

export function SiteNav() {
  return (
    <nav className="site-nav" aria-label="Main">
      <ul>
        {LINKS.map(([href, label]) => (
          <li key={href}>
            <a href={href}>{label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
