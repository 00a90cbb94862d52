import { Link } from 'react-router';
import { Heading1, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useSession } from '../../app/session.tsx';
import { usePageTitle } from '../../app/usePageTitle.ts';

export function HomePage() {
  usePageTitle('Start');
  const { user } = useSession();
  if (!user) return null;
  const name = user.displayName || user.email;
  return (
    <>
      <Heading1>Welkom, {name}</Heading1>
      {user.role !== 'policy' ? (
        <>
          <Paragraph>
            Postsignaal leest binnenkomende post, stelt een categorie en signalen voor en zet brieven klaar voor de juiste afdeling.
            Het model adviseert; u beslist.
          </Paragraph>
          <Heading2>Direct aan de slag</Heading2>
          <UnorderedList>
            <UnorderedListItem><Link to="/brief-toevoegen">Een brief toevoegen</Link> (e-mail, PDF, tekstbestand of tekst uit een webformulier)</UnorderedListItem>
            <UnorderedListItem><Link to="/brieven">Alle ontvangen brieven bekijken</Link></UnorderedListItem>
          </UnorderedList>
        </>
      ) : (
        <>
          <Paragraph>
            Als beleidsmedewerker ziet u alleen geaggregeerde cijfers: aantallen per week, categorie, afdeling en signaal.
            Brieven, afzenders en persoonsgegevens zijn voor uw rol niet zichtbaar; aantallen onder de 5 worden getoond als &lt;5.
          </Paragraph>
          <Paragraph><Link to="/trends">Naar het trendoverzicht</Link>: volumes, signalen, afdelingen, pieken, campagnes en gebieden, met tabellen en CSV.</Paragraph>
        </>
      )}
    </>
  );
}
