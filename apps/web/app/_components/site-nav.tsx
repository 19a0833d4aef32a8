import { NavLink } from './nav-link';

/** The main navigation; the links are a tiny client leaf only to mark the current section. */
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
            <NavLink href={href}>{label}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
