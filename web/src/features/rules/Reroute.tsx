import { api } from '../../api/client.ts';
import { useEffect, useRef, useState } from 'react';
import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { errorMessage} from './types.ts';

interface Outcome {
  checked: number;
  changed: number;
  ruleVersion: number;
}

/** Re-routes every open letter with the active rules, after an explicit confirmation. */
export function Reroute(props: { activeVersion: number; unsaved: boolean }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const confirmText = useRef<HTMLParagraphElement>(null);
  const startButton = useRef<HTMLButtonElement>(null);

  const wasConfirming = useRef(false);
  useEffect(() => {
    // Focus follows the step: to the question when it opens, back to the button when it closes.
    if (confirming) confirmText.current?.focus();
    else if (wasConfirming.current) startButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  async function run() {
    setBusy(true);
    setError(null);
    try {
      setOutcome(await api<Outcome>('/api/routing/reroute', { method: 'POST', json: {} }));
    } catch (err) {
      setError(errorMessage(err, 'Opnieuw routeren is mislukt.'));
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  }

  return (
    <>
      <Paragraph>
        Nieuwe regels gelden voor brieven die vanaf nu binnenkomen. Wilt u ook de open brieven volgens de actieve regels (versie {props.activeVersion}) laten lopen,
        routeer ze dan opnieuw. Elke brief die daardoor naar een andere afdeling gaat of andere kopieën krijgt, krijgt een nieuwe routering; de oude blijft bewaard.
      </Paragraph>
      {!confirming && (
        <Button ref={startButton} appearance="secondary-action-button" onClick={() => { setOutcome(null); setConfirming(true); }}>
          Open brieven opnieuw routeren
        </Button>
      )}
      {confirming && (
        <Alert type="warning">
          <Paragraph ref={confirmText} tabIndex={-1}>
            <strong>Weet u het zeker?</strong> Alle open brieven worden opnieuw gerouteerd met versie {props.activeVersion} van de regels.
            {props.unsaved && ' Wijzigingen in de editor die u nog niet hebt opgeslagen, tellen niet mee.'}
          </Paragraph>
          <ButtonGroup>
            <Button appearance="primary-action-button" busy={busy} disabled={busy} onClick={run}>Ja, nu opnieuw routeren</Button>
            <Button appearance="secondary-action-button" disabled={busy} onClick={() => setConfirming(false)}>Annuleren</Button>
          </ButtonGroup>
        </Alert>
      )}
      <div aria-live="polite">
        {outcome && (
          <Alert type="ok">
            <Paragraph>
              Klaar: {outcome.checked} open {outcome.checked === 1 ? 'brief' : 'brieven'} bekeken met versie {outcome.ruleVersion};{' '}
              {outcome.changed} {outcome.changed === 1 ? 'brief gaat' : 'brieven gaan'} nu naar een andere afdeling of {outcome.changed === 1 ? 'krijgt' : 'krijgen'} andere kopieën.
            </Paragraph>
          </Alert>
        )}
      </div>
      {error && <Alert type="error" role="alert"><Paragraph>{error}</Paragraph></Alert>}
    </>
  );
}
