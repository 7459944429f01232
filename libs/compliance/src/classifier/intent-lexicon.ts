/**
 * Hand-written cue words per intent, in the languages patients use. They become extra features of
 * the Naive Bayes model (which learns how much each cue is worth), so the model generalises to
 * texts whose exact words never appeared in the corpus: "what's the fee for…" → price cue.
 */
import { wordRegex } from './text-normalize.util.js';

const CUES: Record<string, string> = {
  price:
    'how much|cost\\w*|price\\w*|pricing|prices|fee|fees|charge for|per unit|\\$ ?\\d+|\\d+ dollars|specials?|deals?|discount\\w*|promo\\w*|packages?|payment plans?|financing|cherry|carecredit|hsa|fsa|tax|cuanto|cuesta|cuestan|precio\\w*|costo|quanto|custa|preco|gia bao nhieu|bao nhieu|sale|membership price|free',
  location:
    'park\\w*|lot|garage|address|addy|directions?|entrance|suite|floor|building|elevator|door|lobby|where are you|where is|wheres|located|location|near|next to|across from|cross street|maps?|gps|lost|find you|find the|estacion\\w*|direccion|donde|entrada|endereco|dia chi|o dau|onde|validat\\w*',
  hours:
    'hours?|open\\w*|close|closes|closed|closing|horario|abren|abiertos?|cierran|mo cua|gio|que horas|weekends?|sunday|saturday|holiday\\w*|thanksgiving|christmas|walk ins?|late on|early|domingo|sabado',
  guest:
    'bring|brings|bringing|come with me|come along|come in the room|with me|husband|wife|boyfriend|girlfriend|partner|friend|bestie|sister|brother|mom|mother|dad|daughter|son|kids?|baby|child\\w*|someone|sitter|translate|service dog|llevar|acompan\\w*|esposo|esposa|hija|hijo|levar|filha|dan ban|di cung|conmigo|allowed',
  after:
    'after|since|bruis\\w*|swell\\w*|swollen|red|redness|peel\\w*|itch\\w*|numb\\w*|bump|lump|sore\\w*|results?|normal|uneven|wash|shower|workout|work out|exercise|sun|makeup after|massage|ice|icing|lay down|alcohol after|despues|moreton\\w*|hinchaz\\w*|depois|inchaco|sau khi|sung|tylenol|advil|ointment|cream|serum|stings?|burn\\w*|weeks? (ago|after)|tonight',
  before:
    'before|prior|prep\\w*|ahead|arrive|clean face|no makeup|wear to|shave|shaving|numbing|eat before|fast\\w*|forms?|paperwork|stop taking|retinol|tretinoin|accutane|antibiotics|blood thinners|fish oil|aspirin|breastfeed\\w*|pregnan\\w*|cold sore|sunburn|spray tan|antes|sin maquillaje|rasurar|jejum|truoc khi|wedding|too close',
  book:
    'book\\w*|schedul\\w*|appointment for|openings?|availab\\w*|any time|slot|get in|come in|first (visit|appointment)|consult\\w*|next (available|opening)|touch ?up|follow ?up|try|want to do|want to get|sign up for|agendar|cita para|hacer una cita|citas disponibles|quisiera|marcar|horario para|dat lich|fit me in',
  complaint:
    'unacceptable|rude|unhappy|not happy|disappoint\\w*|upset|angry|emojiangry|terrible|awful|worst|horrible|refund|overcharg\\w*|charged twice|double charged|no one answers|nobody|never called|voicemails?|manager|complain\\w*|bad review|review|messed up|waited|waiting|dirty|unprofessional|molest\\w*|mal servicio|cobraron|no estoy contenta|mal atendid\\w*|khong hai long|ridiculous|scam',
  late: 'late|behind|traffic|omw|on my way|eta|be there in|minutes away|min away|parking now|almost there|tarde|camino|tre|atrasad\\w*|delayed|uber|train|bus',
  thanks: 'thank\\w*|thx|ty|appreciate\\w*|gracias|obrigad\\w*|cam on|salamat|merci|спасибо|emojilove|love|amazing|awesome|best',
  other: 'gift cards?|receipt|invoice|copy|records?|loyalty|hiring|job|insurance|letter|review|products?|sunscreen|skincare|new (phone|number|email)|email|photos?|left my|lost my',
};

const MATCHERS: Array<[string, RegExp]> = Object.entries(CUES).map(([cue, alternatives]) => [cue, new RegExp(wordRegex(`\\b(${alternatives})\\b`).source, 'gu')]);

/** Cue names found in normalised text, once per occurrence. */
export function lexicalCues(normalized: string): string[] {
  const out: string[] = [];
  for (const [cue, re] of MATCHERS) {
    re.lastIndex = 0;
    const hits = normalized.match(re);
    if (hits) for (let i = 0; i < Math.min(hits.length, 2); i++) out.push(cue);
  }
  return out;
}
