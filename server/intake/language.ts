/** Dutch or English, by counting frequent function words. Good enough for routing letters. */
const NL = new Set('de het een en van ik je u dat die niet is op te met voor zijn er maar ook als bij of naar wij mijn uw heb heeft geen deze wordt worden om nog dan al wel hier zou kan over door'.split(' '));
const EN = new Set('the a an and of i you that is not on to with for are be but also as at or my your have has no this will would can about by from we it they them which there been'.split(' '));

export function detectLanguage(text: string): 'nl' | 'en' | null {
  let nl = 0;
  let en = 0;
  const words = text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').match(/[a-z]+/g) ?? [];
  for (const w of words.slice(0, 5000)) {
    if (NL.has(w)) nl++;
    if (EN.has(w)) en++;
  }
  if (nl + en < 3) return null;
  return en > nl * 1.2 ? 'en' : 'nl';
}
