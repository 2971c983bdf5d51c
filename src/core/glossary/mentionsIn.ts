import { findCitations, findLinks } from '../draft/citations';
import { paragraphAround } from '../text/paragraph';
import type { Mention, NameMatcher } from './nameMatcher';

const URL = /\b(?:https?|ftp|file):\/\/[^\s<>()]+|\bwww\.[^\s<>()]+/gi;
const INLINE_CODE = /(`+)[^`]*?\1/g;

/**
 * The glossary names of a file's text. In Markdown, names inside what is not prose are left
 * out: citation keys ("@otan-stoltenberg-2019" names a source, not NATO), link targets, web
 * addresses and inline code.
 */
export function mentionsIn(matcher: NameMatcher, text: string, markdown: boolean, from = 0, to = text.length): Mention[] {
  const found = matcher.find(text, from, to).filter((m) => m.end <= to);
  if (found.length === 0 || !markdown) return found;
  const spans = notProse(text, from, to);
  if (spans.length === 0) return found;
  // Both lists are in order: one walk through the spans.
  const out: Mention[] = [];
  let s = 0;
  for (const m of found) {
    while (s < spans.length && spans[s].end <= m.start) s++;
    if (s < spans.length && spans[s].start < m.end) continue;
    out.push(m);
  }
  return out;
}

/** Spans of a Markdown text (from `from` to `to`) that are no prose, in order and merged. */
function notProse(whole: string, from: number, to: number): { start: number; end: number }[] {
  const text = from === 0 && to === whole.length ? whole : whole.slice(from, to);
  const spans: { start: number; end: number }[] = [];
  if (text.includes('@')) for (const c of findCitations(text)) spans.push({ start: from + c.start, end: from + c.end });
  if (text.includes('](')) {
    for (const link of findLinks(text, 0, text.length)) {
      const target = text.indexOf('](', link.start);
      if (target >= 0 && target < link.end) spans.push({ start: from + target, end: from + link.end });
    }
  }
  if (/:\/\/|www\./i.test(text)) for (const m of text.matchAll(URL)) spans.push({ start: from + m.index, end: from + m.index + m[0].length });
  if (text.includes('`')) for (const m of text.matchAll(INLINE_CODE)) spans.push({ start: from + m.index, end: from + m.index + m[0].length });
  spans.sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/**
 * The glossary names of the paragraph around `offset` (a name never runs across a blank line):
 * what a hover or a definition needs, without reading a long draft whole after every edit.
 */
export function mentionsAround(matcher: NameMatcher, text: string, markdown: boolean, offset: number): Mention[] {
  const { from, to } = paragraphAround(text, offset);
  return mentionsIn(matcher, text, markdown, from, to);
}
