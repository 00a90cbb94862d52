import type { ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { Paragraph } from '@utrecht/component-library-react';
import type { Role } from '../api/client.ts';
import { SessionProvider, useSession } from './session.tsx';
import { Layout } from './Layout.tsx';
import { SignInPage } from '../features/signin/SignInPage.tsx';
import { ChangePasswordPage } from '../features/password/ChangePasswordPage.tsx';
import { HomePage } from '../features/home/HomePage.tsx';
import { UploadPage } from '../features/upload/UploadPage.tsx';
import { LetterListPage } from '../features/letters/LetterListPage.tsx';
import { LetterPage } from '../features/letters/LetterPage.tsx';
import { QueuePage } from '../features/queue/QueuePage.tsx';
import { AdminPage } from '../features/admin/AdminPage.tsx';
import { NotFoundPage } from '../features/home/NotFoundPage.tsx';
import { RulesPage } from '../features/rules/RulesPage.tsx';
import { DashboardPage } from '../features/dashboard/DashboardPage.tsx';

function RequireRole({ roles, children }: { roles?: Role[]; children: ReactNode }) {
  const { user, loading } = useSession();
  const location = useLocation();
  if (loading) return <Paragraph role="status">Bezig met laden…</Paragraph>;
  if (!user) return <Navigate to="/inloggen" replace state={{ from: location.pathname }} />;
  if (user.mustChangePassword && location.pathname !== '/wachtwoord') return <Navigate to="/wachtwoord" replace />;
  if (roles && !roles.includes(user.role)) return <NotFoundPage forbidden />;
  return <>{children}</>;
}

const READERS: Role[] = ['intake', 'admin'];

export function App() {
  return (
    <SessionProvider>
      <Routes>
        <Route path="/inloggen" element={<SignInPage />} />
        <Route element={<Layout />}>
          <Route path="/" element={<RequireRole><HomePage /></RequireRole>} />
          <Route path="/wachtwoord" element={<RequireRole><ChangePasswordPage /></RequireRole>} />
          <Route path="/brief-toevoegen" element={<RequireRole roles={READERS}><UploadPage /></RequireRole>} />
          <Route path="/beheer" element={<RequireRole roles={['admin']}><AdminPage /></RequireRole>} />
          <Route path="/wachtrij" element={<RequireRole roles={READERS}><QueuePage /></RequireRole>} />
          <Route path="/brieven" element={<RequireRole roles={READERS}><LetterListPage /></RequireRole>} />
          <Route path="/brieven/:id" element={<RequireRole roles={READERS}><LetterPage /></RequireRole>} />
          <Route path="/trends" element={<RequireRole roles={['policy', 'admin']}><DashboardPage /></RequireRole>} />
          <Route path="/regels" element={<RequireRole roles={READERS}><RulesPage /></RequireRole>} />
          <Route path="*" element={<RequireRole><NotFoundPage /></RequireRole>} />
        </Route>
      </Routes>
    </SessionProvider>
  );
}
