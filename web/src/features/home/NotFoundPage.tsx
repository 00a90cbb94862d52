import { Link } from 'react-router';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { usePageTitle } from '../../app/usePageTitle.ts';

export function NotFoundPage({ forbidden = false }: { forbidden?: boolean }) {
  usePageTitle(forbidden ? 'Geen toegang' : 'Pagina niet gevonden');
  return (
    <>
      <Heading1>{forbidden ? 'Geen toegang' : 'Pagina niet gevonden'}</Heading1>
      <Paragraph>
        {forbidden
          ? 'Uw rol geeft geen toegang tot deze pagina. Denkt u dat dit niet klopt, neem dan contact op met de beheerder.'
          : 'Deze pagina bestaat niet (meer).'}
      </Paragraph>
      <Paragraph>
        <Link to="/">Naar de startpagina</Link>
      </Paragraph>
    </>
  );
}
