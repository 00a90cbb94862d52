import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { api } from '../api/client.ts';

interface OpenAlert {
  id: number;
  letter_id: string;
  subject: string;
  received_at: string;
}

/** Every signed-in intake user sees new possible threats at once (polled), until they mark them seen. */
export function AlertBanner() {
  const [alerts, setAlerts] = useState<OpenAlert[]>([]);
  useEffect(() => {
    let stop = false;
    const poll = async () => {
      try {
        const r = await api<{ alerts: OpenAlert[] }>('/api/review/alerts');
        if (!stop) setAlerts(r.alerts);
      } catch {
        /* next poll */
      }
    };
    void poll();
    const t = setInterval(poll, 15_000);
    return () => {
      stop = true;
      clearInterval(t);
    };
  }, []);
  if (alerts.length === 0) return null;
  return (
    <div className="ps-alerts" role="region" aria-label="Meldingen">
      {alerts.slice(0, 3).map((a) => (
        <Alert key={a.id} type="error" role="alert" className="ps-alerts__item">
          <Paragraph>
            <strong>Mogelijke bedreiging ontvangen:</strong> <Link to={`/brieven/${a.letter_id}`}>{a.subject || 'brief zonder onderwerp'}</Link>{' '}
            <Button appearance="subtle-button" onClick={async () => {
              await api(`/api/review/alerts/${a.id}/ack`, { method: 'POST' });
              setAlerts((x) => x.filter((y) => y.id !== a.id));
            }}>Gezien</Button>
          </Paragraph>
        </Alert>
      ))}
      {alerts.length > 3 && <Paragraph>En nog {alerts.length - 3} meldingen; zie de <Link to="/wachtrij">wachtrij</Link>.</Paragraph>}
    </div>
  );
}
