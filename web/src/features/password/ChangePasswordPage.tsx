import { useState, type FormEvent, type ChangeEvent } from 'react';
import { useNavigate } from 'react-router';
import { Alert, Button, FormField, FormFieldDescription, FormLabel, Heading1, Paragraph, Textbox } from '@utrecht/component-library-react';
import { api, ApiError } from '../../api/client.ts';
import { useSession } from '../../app/session.tsx';
import { usePageTitle } from '../../app/usePageTitle.ts';

export function ChangePasswordPage() {
  usePageTitle('Wachtwoord wijzigen');
  const { user, refresh } = useSession();
  const navigate = useNavigate();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    if (next !== repeat) {
      setError('De twee nieuwe wachtwoorden zijn niet gelijk.');
      return;
    }
    setBusy(true);
    try {
      await api('/api/auth/password', { json: { currentPassword: current, newPassword: next } });
      await refresh();
      navigate('/', { replace: true });
    } catch (err) {
      setError(err instanceof ApiError ? err.message : 'Wijzigen is mislukt.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Heading1>Wachtwoord wijzigen</Heading1>
      {user?.mustChangePassword && <Paragraph>U bent ingelogd met een eenmalig wachtwoord. Kies nu een eigen wachtwoord.</Paragraph>}
      {error && (
        <Alert type="error" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
      <form onSubmit={onSubmit} className="ps-form" noValidate>
        <FormField>
          <FormLabel htmlFor="current">Huidig wachtwoord</FormLabel>
          <Textbox id="current" type="password" autoComplete="current-password" value={current} onChange={(e: ChangeEvent<HTMLInputElement>) => setCurrent(e.target.value)} />
        </FormField>
        <FormField>
          <FormLabel htmlFor="next">Nieuw wachtwoord</FormLabel>
          <FormFieldDescription id="next-hint">Minstens 12 tekens. Een zin van een paar woorden werkt goed.</FormFieldDescription>
          <Textbox id="next" type="password" autoComplete="new-password" aria-describedby="next-hint" value={next} onChange={(e: ChangeEvent<HTMLInputElement>) => setNext(e.target.value)} />
        </FormField>
        <FormField>
          <FormLabel htmlFor="repeat">Herhaal nieuw wachtwoord</FormLabel>
          <Textbox id="repeat" type="password" autoComplete="new-password" value={repeat} onChange={(e: ChangeEvent<HTMLInputElement>) => setRepeat(e.target.value)} />
        </FormField>
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          Wachtwoord opslaan
        </Button>
      </form>
    </>
  );
}
