import { useState, type FormEvent, type ChangeEvent } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { Alert, Button, FormField, FormLabel, Heading1, Paragraph, Textbox } from '@utrecht/component-library-react';
import { ApiError } from '../../api/client.ts';
import { useSession } from '../../app/session.tsx';
import { usePageTitle } from '../../app/usePageTitle.ts';

export function SignInPage() {
  usePageTitle('Inloggen');
  const { user, signIn } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (user) return <Navigate to={user.mustChangePassword ? '/wachtwoord' : '/'} replace />;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    if (!email.trim() || !password) {
      setError('Vul uw e-mailadres en wachtwoord in.');
      return;
    }
    setBusy(true);
    try {
      const u = await signIn(email, password);
      const from = (location.state as { from?: string } | null)?.from;
      navigate(u.mustChangePassword ? '/wachtwoord' : from && from !== '/inloggen' ? from : '/', { replace: true });
    } catch (err) {
      setError(err instanceof ApiError ? err.message : 'Inloggen is mislukt.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="ps-signin">
      <main id="inhoud" className="ps-signin__card">
        <p className="ps-logo ps-logo--dark"><span aria-hidden="true" className="ps-logo__mark">✉</span> Postsignaal</p>
        <Heading1>Inloggen</Heading1>
        <Paragraph>Log in met het account dat u van de beheerder heeft gekregen.</Paragraph>
        {error && (
          <Alert type="error" role="alert">
            <Paragraph>{error}</Paragraph>
          </Alert>
        )}
        <form onSubmit={onSubmit} noValidate>
          <FormField>
            <FormLabel htmlFor="email">E-mailadres</FormLabel>
            <Textbox id="email" name="email" type="email" autoComplete="username" value={email} onChange={(e: ChangeEvent<HTMLInputElement>) => setEmail(e.target.value)} invalid={!!error && !email.trim()} />
          </FormField>
          <FormField>
            <FormLabel htmlFor="password">Wachtwoord</FormLabel>
            <Textbox id="password" name="password" type="password" autoComplete="current-password" value={password} onChange={(e: ChangeEvent<HTMLInputElement>) => setPassword(e.target.value)} />
          </FormField>
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            Inloggen
          </Button>
        </form>
      </main>
    </div>
  );
}
