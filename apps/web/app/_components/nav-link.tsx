'use client';
// The one client piece of the navigation: it marks the current section for assistive technology
// (aria-current) and for the eye. Prerendering fills it in too, so it works without JavaScript.
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';

export function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const pathname = usePathname() ?? '';
  const current = pathname === href || pathname.startsWith(`${href}/`);
  return (
    <a href={href} aria-current={current ? 'page' : undefined}>
      {children}
    </a>
  );
}
