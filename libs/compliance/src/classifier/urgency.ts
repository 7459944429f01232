/**
 * Does a patient's text need a person now? Urgent: a symptom after a treatment (swelling, pain,
 * bleeding, an allergic reaction, infection, fever, blisters, trouble breathing, vision changes…).
 * Negative: an unhappy patient in strong words ("very disappointed", a threat to post a bad review).
 * Explainable rules over normalised text, English and common Spanish phrasings; a symptom that is
 * negated ("no pain at all") or resolved ("the swelling went down") does not count, nor does a
 * question about what to expect ("will there be swelling?"). Pure, no I/O (importable anywhere).
 * Reasons name the kind of symptom, never quote the patient.
 */
import { normalizeText, wordRegex } from './text-normalize.util.js';

export interface UrgencyDetection {
  /** Staff should read this now: a symptom or a reaction. */
  urgent: boolean;
  /** A strongly unhappy patient (disappointed, threatening a bad review). */
  negative: boolean;
  /** PHI-free explanation ("Mentions swelling"), stored with the message. */
  reasons: string[];
  /** Machine-readable rule ids ("urgent:swelling", "negative:review-threat"). */
  matched: string[];
}

interface SymptomRule {
  id: string;
  label: string;
  /** Over normalised text (lower case, no accents or punctuation). */
  pattern: RegExp;
}

const symptom = (id: string, label: string, alternatives: string): SymptomRule => ({ id, label, pattern: new RegExp(wordRegex(`\\b(${alternatives})\\b`).source, 'gu') });

const SYMPTOMS: readonly SymptomRule[] = [
  symptom('breathing', 'trouble breathing', 'cant breathe|cant breath|can not breathe|cannot breathe|hard to breathe|trouble breathing|difficulty breathing|short of breath|shortness of breath|throat (is )?(closing|swelling|tight)|no puedo respirar|me cuesta respirar|dificultad para respirar'),
  symptom('allergic', 'an allergic reaction', 'allergic reaction|allergic|anaphyla\\w*|hives|reaccion alergica|alergia|ronchas'),
  symptom('vision', 'a change in vision', 'vision (is )?(changes?|changed|blurry|blurred|loss|problems?)|blurry vision|blurred vision|blurry|cant see|can not see|cannot see|lost (my )?vision|seeing double|double vision|vision borrosa|no veo|veo borroso'),
  symptom('skin-color', 'skin changing colour', '(skin|lip|lips|area|spot|nose|it) (is |looks |turning |turned |going )?(white|pale|blue|gray|grey|purple|dusky|mottled|blotchy)|turning (white|blue|gray|grey|dusky)'),
  symptom('infection', 'a possible infection', 'infect\\w*|pus|oozing|abscess|infeccion|infectad[oa]|pus'),
  symptom('fever', 'a fever', 'fever\\w*|feverish|chills|temperature of|fiebre|calentura'),
  symptom('blister', 'blisters', 'blister\\w*|ampolla\\w*'),
  symptom('bleeding', 'bleeding', 'bleed\\w*|bloody|blood (everywhere|wont stop|keeps)|sangr\\w*'),
  symptom('swelling', 'swelling', 'swell\\w*|swollen|puffy|hinchaz\\w*|hinchad[oa]s?|inflamad[oa]s?|inflamacion'),
  symptom('pain', 'pain', 'pain\\w*|hurts?|hurting|ache\\w*|aching|throbbing|burning|dolor\\w*|duele\\w*|ardor|arde'),
  symptom('faint', 'fainting or dizziness', 'faint\\w*|passed out|pass out|dizzy|dizziness|mareo|mareada|me desmaye'),
  symptom('numb-droop', 'drooping or numbness', 'droop\\w*|cant move|numb (still|for days)|paralyz\\w*'),
];

/** Words in the few tokens before a symptom that negate it: "no pain", "not bleeding", "sin dolor". */
const NEGATORS = new Set(['no', 'not', 'without', 'zero', 'never', 'none', 'dont', 'doesnt', 'didnt', 'isnt', 'arent', 'wasnt', 'havent', 'hasnt', 'hardly', 'barely', 'sin', 'nada', 'ningun', 'ninguna', 'tampoco', 'nor', 'minimal', 'avoid', 'prevent', 'reduce', 'minimize', 'less']);
/** After a symptom: it is going away ("went down", "is gone", "much better", "ya bajo"). */
const RESOLVED = wordRegex('^(\\w+ ){0,3}(went|gone|going|go|goes|has gone|all) (down|away)\\b|^(\\w+ ){0,3}(is |are |has |have |was |its )?(gone|better|improved|improving|subsided|subsiding|resolved|fine|stopped|less|healed|healing|normal now|down now|bajo|bajando|mejor|se fue|paso|desaparecio)\\b');
/** A resolution that is itself negated: "is not going down", "isn't better". */
const NOT_RESOLVED = wordRegex('^(\\w+ ){0,3}(not|isnt|arent|hasnt|havent|wont|doesnt|didnt|no|never) (\\w+ )?(going |gone |getting |got |go |went )?(down|away|better|improv\\w*|stop\\w*|mejor|baja\\w*)\\b');
/** Worse than usual: makes a bare symptom urgent even inside a question ("is it normal that it hurts this much?"). */
const INTENSITY = wordRegex('\\b(severe|severely|really bad|so bad|very bad|a lot|so much|worse|worsening|getting worse|unbearable|excruciating|extreme|extremely|huge|spreading|wont stop|will not stop|doesnt stop|keeps|still|emergency|er|urgent|urgente|help|ayuda|mucho|muy|peor)\\b');
/** A question about what to expect, not a report: "will there be swelling?", "how long does bruising last?", "does it hurt?". */
const HYPOTHETICAL = wordRegex(
  '\\b(is (it|botox|filler|the \\w+|this|that) (painful|going to hurt)|will (there|i|it|this|that) (be|have|hurt|swell|bleed)|how long (does|do|will|should)|does (it|botox|filler|the \\w+|that|this) (hurt|swell|bleed)|is there (any |much |a lot of )?(pain|swelling|bleeding|downtime|bruising)|should i expect|what if|in case|how (much|bad) (does|will|is)|before (my|the) (appointment|treatment|visit)|is (it|some) (normal|common) to (have|get|be)|duele mucho el|va a doler)\\b',
);

/** How many tokens before a symptom a negator may sit ("I don't have any pain"). */
const NEGATION_WINDOW = 4;

function negatedAt(tokens: readonly string[], index: number): boolean {
  // Backwards from the symptom: "no fever but the pain is bad" — a negator before a clause break does not reach.
  for (let i = index - 1; i >= Math.max(0, index - NEGATION_WINDOW); i--) {
    const t = tokens[i]!;
    if (t === 'but' || t === 'pero' || t === 'and' || t === 'y') return false;
    if (NEGATORS.has(t)) return true;
  }
  return false;
}

function resolvedAfter(rest: string): boolean {
  return RESOLVED.test(rest) && !NOT_RESOLVED.test(rest);
}

/** Token index at a character offset of the normalised text. */
const tokenIndexAt = (normalized: string, offset: number): number => (offset === 0 ? 0 : normalized.slice(0, offset).trimEnd().split(' ').length);

const STRONG_SYMPTOMS = new Set(['breathing', 'allergic', 'vision', 'skin-color', 'infection', 'fever', 'blister', 'faint']);

const NEGATIVE_RULES: ReadonlyArray<{ id: string; reason: string; pattern: RegExp }> = [
  {
    id: 'negative:disappointed',
    reason: 'Says they are very disappointed or upset',
    pattern: wordRegex('\\b(very|so|really|extremely|super|incredibly|beyond|deeply|totally) (disappointed|upset|unhappy|angry|frustrated|dissatisfied)\\b|\\b(disgusted|furious|outraged|appalled)\\b|\\bmuy (decepcionad[oa]|molest[oa]|enojad[oa]|insatisfech[oa])\\b'),
  },
  {
    id: 'negative:review-threat',
    reason: 'Threatens to post a bad review or complain publicly',
    pattern: wordRegex(
      '\\b(leave|leaving|write|writing|post|posting|give|giving|put|putting)( \\w+){0,3} (bad|negative|terrible|horrible|awful|poor|honest|1 star|one star|1star|zero star|0 star)( \\w+)? reviews?\\b|\\b(1 star|one star|zero star)\\b|\\b(report|reporting) (you|this|them|the clinic)\\b|\\b(bbb|better business bureau|lawyer|attorney|sue you|suing)\\b|\\b(yelp|google|facebook|instagram|tiktok) (is going to|will|gonna) (hear|know)\\b|\\bmala (resena|calificacion|opinion)\\b',
    ),
  },
  { id: 'negative:never-again', reason: 'Says they will never come back', pattern: wordRegex('\\b(never (coming|going) back|never come back|never again|not coming back|nunca (vuelvo|regreso|mas))\\b') },
];
const POSITIVE_REVIEW = wordRegex('\\b(great|good|amazing|glowing|awesome|5 star|five star|positive|excellent|wonderful|buena|excelente) reviews?\\b');

export function detectUrgency(text: string): UrgencyDetection {
  const t = normalizeText(text.slice(0, 2000));
  const tokens = t.split(' ');
  const reasons: string[] = [];
  const matched: string[] = [];
  const hypothetical = HYPOTHETICAL.test(t);
  const intense = INTENSITY.test(t);
  for (const rule of SYMPTOMS) {
    rule.pattern.lastIndex = 0;
    for (const m of t.matchAll(rule.pattern)) {
      const at = m.index ?? 0;
      if (negatedAt(tokens, tokenIndexAt(t, at))) continue;
      if (resolvedAfter(t.slice(at + m[0].length).trim())) continue;
      // Asking what to expect is not a report, unless it also says it is bad now or it is an emergency sign.
      if (hypothetical && !intense && !STRONG_SYMPTOMS.has(rule.id)) continue;
      matched.push(`urgent:${rule.id}`);
      reasons.push(`Urgent: mentions ${rule.label}`);
      break;
    }
  }
  for (const rule of NEGATIVE_RULES) {
    if (!rule.pattern.test(t)) continue;
    if (rule.id === 'negative:review-threat' && POSITIVE_REVIEW.test(t)) continue;
    matched.push(rule.id);
    reasons.push(rule.reason);
  }
  return { urgent: matched.some((m) => m.startsWith('urgent:')), negative: matched.some((m) => m.startsWith('negative:')), reasons, matched };
}
