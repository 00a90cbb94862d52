import { useRef, useState, type FormEvent, type ChangeEvent } from 'react';
import { Link } from 'react-router';
import {
  Alert, Button, Fieldset, FieldsetLegend, FormField, FormFieldDescription, FormLabel, Heading1, Heading2, Paragraph, Select, SelectOption, Textarea, Textbox,
} from '@utrecht/component-library-react';
import { api, ApiError } from '../../api/client.ts';
import { usePageTitle } from '../../app/usePageTitle.ts';

interface IngestResult {
  id: string;
  duplicate: boolean;
  status: string;
}

type Outcome = { kind: 'ok'; result: IngestResult; what: string } | { kind: 'error'; message: string } | null;

function OutcomeAlert({ outcome }: { outcome: Outcome }) {
  if (!outcome) return null;
  if (outcome.kind === 'error') {
    return (
      <Alert type="error" role="alert">
        <Paragraph><strong>Niet opgeslagen.</strong> {outcome.message}</Paragraph>
      </Alert>
    );
  }
  return (
    <Alert type={outcome.result.duplicate ? 'warning' : 'ok'} role="status">
      <Paragraph>
        {outcome.result.duplicate ? `${outcome.what} was al eerder ontvangen; er is geen nieuwe brief gemaakt.` : `${outcome.what} is opgeslagen en wordt geclassificeerd.`}{' '}
        <Link to={`/brieven/${outcome.result.id}`}>Brief bekijken</Link>
      </Paragraph>
    </Alert>
  );
}

export function UploadPage() {
  usePageTitle('Brief toevoegen');
  const fileInput = useRef<HTMLInputElement>(null);
  const [fileChannel, setFileChannel] = useState('');
  const [fileOutcome, setFileOutcome] = useState<Outcome>(null);
  const [fileBusy, setFileBusy] = useState(false);

  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [senderName, setSenderName] = useState('');
  const [senderEmail, setSenderEmail] = useState('');
  const [senderPostcode, setSenderPostcode] = useState('');
  const [textOutcome, setTextOutcome] = useState<Outcome>(null);
  const [textBusy, setTextBusy] = useState(false);

  async function onUpload(e: FormEvent) {
    e.preventDefault();
    const file = fileInput.current?.files?.[0];
    if (!file) {
      setFileOutcome({ kind: 'error', message: 'Kies eerst een bestand.' });
      return;
    }
    const form = new FormData();
    if (fileChannel) form.append('channel', fileChannel);
    form.append('file', file, file.name);
    setFileBusy(true);
    setFileOutcome(null);
    try {
      const result = await api<IngestResult>('/api/letters', { form });
      setFileOutcome({ kind: 'ok', result, what: `Het bestand "${file.name}"` });
      if (fileInput.current) fileInput.current.value = '';
    } catch (err) {
      setFileOutcome({ kind: 'error', message: err instanceof ApiError ? err.message : 'Onbekende fout.' });
    } finally {
      setFileBusy(false);
    }
  }

  async function onText(e: FormEvent) {
    e.preventDefault();
    if (!body.trim()) {
      setTextOutcome({ kind: 'error', message: 'Vul de tekst van de brief in.' });
      return;
    }
    setTextBusy(true);
    setTextOutcome(null);
    try {
      const json: Record<string, string> = { body, channel: 'webform' };
      if (subject.trim()) json.subject = subject;
      if (senderName.trim()) json.sender_name = senderName;
      if (senderEmail.trim()) json.sender_email = senderEmail;
      if (senderPostcode.trim()) json.sender_postcode = senderPostcode;
      const result = await api<IngestResult>('/api/letters', { json });
      setTextOutcome({ kind: 'ok', result, what: 'De tekst' });
      if (!result.duplicate) {
        setSubject('');
        setBody('');
        setSenderName('');
        setSenderEmail('');
        setSenderPostcode('');
      }
    } catch (err) {
      setTextOutcome({ kind: 'error', message: err instanceof ApiError ? err.message : 'Onbekende fout.' });
    } finally {
      setTextBusy(false);
    }
  }

  return (
    <>
      <Heading1>Brief toevoegen</Heading1>
      <Paragraph>Voeg een ontvangen brief of e-mail toe. Hetzelfde bestand twee keer toevoegen maakt geen tweede brief.</Paragraph>

      <section aria-labelledby="upload-kop" className="ps-card">
        <Heading2 id="upload-kop">Bestand uploaden</Heading2>
        <OutcomeAlert outcome={fileOutcome} />
        <form onSubmit={onUpload} className="ps-form" noValidate>
          <FormField>
            <FormLabel htmlFor="file">Bestand</FormLabel>
            <FormFieldDescription id="file-hint">E-mail (.eml), PDF (ook gescand), platte tekst (.txt) of een scan of foto van een brief (PNG, JPEG, TIFF; de tekst wordt met OCR gelezen), hoogstens 20 MB.</FormFieldDescription>
            <input id="file" ref={fileInput} type="file" name="file" aria-describedby="file-hint" accept=".eml,.pdf,.txt,.png,.jpg,.jpeg,.tif,.tiff,message/rfc822,application/pdf,text/plain,image/png,image/jpeg,image/tiff" className="ps-file" />
          </FormField>
          <FormField>
            <FormLabel htmlFor="channel">Kanaal</FormLabel>
            <Select id="channel" value={fileChannel} onChange={(e: ChangeEvent<HTMLSelectElement>) => setFileChannel(e.target.value)}>
              <SelectOption value="">Automatisch bepalen</SelectOption>
              <SelectOption value="scan">Papieren post (scan)</SelectOption>
              <SelectOption value="pdf">PDF-bijlage of digitaal document</SelectOption>
              <SelectOption value="webform">Webformulier</SelectOption>
            </Select>
          </FormField>
          <Button type="submit" appearance="primary-action-button" busy={fileBusy} disabled={fileBusy}>
            Uploaden
          </Button>
        </form>
      </section>

      <section aria-labelledby="tekst-kop" className="ps-card">
        <Heading2 id="tekst-kop">Tekst invoeren</Heading2>
        <Paragraph>Voor een bericht uit het webformulier of een telefoonnotitie.</Paragraph>
        <OutcomeAlert outcome={textOutcome} />
        <form onSubmit={onText} className="ps-form" noValidate>
          <FormField>
            <FormLabel htmlFor="subject">Onderwerp</FormLabel>
            <Textbox id="subject" value={subject} onChange={(e: ChangeEvent<HTMLInputElement>) => setSubject(e.target.value)} />
          </FormField>
          <FormField>
            <FormLabel htmlFor="body">Tekst van de brief (verplicht)</FormLabel>
            <Textarea id="body" rows={8} value={body} onChange={(e: ChangeEvent<HTMLTextAreaElement>) => setBody(e.target.value)} required />
          </FormField>
          <Fieldset>
            <FieldsetLegend>Afzender (optioneel)</FieldsetLegend>
            <FormField>
              <FormLabel htmlFor="sender_name">Naam</FormLabel>
              <Textbox id="sender_name" autoComplete="off" value={senderName} onChange={(e: ChangeEvent<HTMLInputElement>) => setSenderName(e.target.value)} />
            </FormField>
            <FormField>
              <FormLabel htmlFor="sender_email">E-mailadres</FormLabel>
              <Textbox id="sender_email" type="email" autoComplete="off" value={senderEmail} onChange={(e: ChangeEvent<HTMLInputElement>) => setSenderEmail(e.target.value)} />
            </FormField>
            <FormField>
              <FormLabel htmlFor="sender_postcode">Postcode</FormLabel>
              <Textbox id="sender_postcode" autoComplete="off" value={senderPostcode} onChange={(e: ChangeEvent<HTMLInputElement>) => setSenderPostcode(e.target.value)} className="ps-input-short" />
            </FormField>
          </Fieldset>
          <Button type="submit" appearance="primary-action-button" busy={textBusy} disabled={textBusy}>
            Opslaan
          </Button>
        </form>
      </section>
    </>
  );
}
