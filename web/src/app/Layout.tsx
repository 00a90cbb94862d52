import { NavLink, Outlet, useNavigate } from 'react-router';
import { Button, PageContent, PageFooter, PageHeader, Paragraph, SkipLink } from '@utrecht/component-library-react';
import type { Role } from '../api/client.ts';
import { ROLE_LABELS } from './format.ts';
import { useSession } from './session.tsx';
import { AlertBanner } from './AlertBanner.tsx';

interface NavItem {
  to: string;
  label: string;
  roles: Role[];
}

/** Navigation per role: policy officers never get a link to letters. */
export const NAV_ITEMS: NavItem[] = [
  { to: '/', label: 'Start', roles: ['intake', 'policy', 'admin'] },
  { to: '/wachtrij', label: 'Wachtrij', roles: ['intake', 'admin'] },
  { to: '/brieven', label: 'Alle brieven', roles: ['intake', 'admin'] },
  { to: '/brief-toevoegen', label: 'Brief toevoegen', roles: ['intake', 'admin'] },
  { to: '/regels', label: 'Routeringsregels', roles: ['intake', 'admin'] },
  { to: '/trends', label: 'Trends', roles: ['policy', 'admin'] },
  { to: '/beheer', label: 'Beheer', roles: ['admin'] },
];

export function Layout() {
  const { user, signOut } = useSession();
  const navigate = useNavigate();
  const items = user && !user.mustChangePassword ? NAV_ITEMS.filter((i) => i.roles.includes(user.role)) : [];
  return (
    <div className="ps-page">
      <SkipLink href="#inhoud">Naar de inhoud</SkipLink>
      <PageHeader className="ps-header">
        <div className="ps-header__inner">
          <a className="ps-logo" href="/" aria-label="Postsignaal, naar de startpagina">
            <span aria-hidden="true" className="ps-logo__mark">✉</span> Postsignaal
          </a>
          {user && (
            <div className="ps-header__user">
              <span>
                {user.displayName || user.email} <span className="ps-role">({ROLE_LABELS[user.role]})</span>
              </span>
              <Button
                appearance="secondary-action-button"
                className="ps-header__logout"
                onClick={async () => {
                  await signOut();
                  navigate('/inloggen');
                }}
              >
                Uitloggen
              </Button>
            </div>
          )}
        </div>
        {items.length > 0 && (
          <nav className="ps-nav" aria-label="Hoofdnavigatie">
            <ul className="ps-nav__list">
              {items.map((i) => (
                <li key={i.to}>
                  <NavLink to={i.to} end={i.to === '/'} className={({ isActive }) => `ps-nav__link${isActive ? ' ps-nav__link--active' : ''}`}>
                    {i.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </PageHeader>
      <main id="inhoud" className="ps-main" tabIndex={-1}>
        <PageContent>
          {user && !user.mustChangePassword && user.role !== 'policy' && <AlertBanner />}
          <Outlet />
        </PageContent>
      </main>
      <PageFooter className="ps-footer">
        <Paragraph className="ps-footer__text">
          Postsignaal — het model adviseert, een medewerker beslist. Alle inzage en wijzigingen worden vastgelegd.
        </Paragraph>
      </PageFooter>
    </div>
  );
}
