/** Dutch formatting and labels for the UI. */
export const CHANNEL_LABELS: Record<string, string> = { email: 'E-mail', webform: 'Webformulier', pdf: 'PDF', scan: 'Scan (papier)' };
export const STATUS_LABELS: Record<string, string> = { received: 'Ontvangen', open: 'In behandeling', handled: 'Afgehandeld', failed: 'Classificatie mislukt' };
export const ROLE_LABELS: Record<string, string> = { intake: 'Intake', policy: 'Beleid', admin: 'Beheer' };

const dateTime = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} kB`;
  return `${(n / 1024 / 1024).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB`;
}
