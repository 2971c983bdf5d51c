import type { Translate } from '../glossary/hoverCard';
import type { Signal } from './claims';
import type { LintDiagnostic } from './lint';

/** Why a sentence is a claim, in words (the `t` calls make them translatable). */
export function signalLabel(signal: Signal, t: Translate): string {
  switch (signal) {
    case 'number': return t('number');
    case 'percentage': return t('percentage');
    case 'date': return t('date');
    case 'quotation': return t('quotation');
    case 'reported-speech': return t('reported speech');
    case 'event': return t('event or act');
    case 'superlative': return t('superlative or comparison');
    case 'causal': return t('cause and effect');
    case 'generalisation': return t('generalisation');
    case 'named-actor': return t('named actor');
    case 'past': return t('past fact');
    case 'evaluation': return t('evaluation');
    case 'quantity': return t('quantity');
  }
}

/** A diagnostic's message in the user's language; an uncited claim lists its signals. */
export function describeDiagnostic(d: LintDiagnostic, t: Translate): string {
  if (d.code === 'uncited-claim' && d.signals) return t(d.message.template, d.signals.map((s) => signalLabel(s, t)).join(', '));
  return t(d.message.template, ...d.message.args);
}
