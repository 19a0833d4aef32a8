import { createContext, useContext } from 'react';
import type { AnnotationKind } from '@kztj/core';

/**
 * Whether to colour the browser. Node's getColorDepth already follows NO_COLOR, FORCE_COLOR
 * (which wins over NO_COLOR), NODE_DISABLE_COLORS and TERM=dumb, so defer to it.
 */
export function colorsEnabled(stream: { isTTY?: boolean; getColorDepth?: (env?: object) => number }, env: NodeJS.ProcessEnv): boolean {
  if (typeof stream.getColorDepth !== 'function') return false;
  return stream.getColorDepth(env) > 1;
}

/**
 * Whether the terminal gets any styling at all (bold, underline, inverse). NO_COLOR leaves it
 * on; FORCE_COLOR=0 (or false) and TERM=dumb turn it off, as they do for Ink's chalk, and then
 * what the browser highlights needs a mark made of characters.
 */
export function stylesEnabled(env: NodeJS.ProcessEnv): boolean {
  const force = env.FORCE_COLOR;
  if (force === '0' || force === 'false') return false;
  if (force !== undefined) return true;
  return env.TERM !== 'dumb';
}

/** Highlight colours of annotated spans in the source view, by what the span is evidence for. */
export const KIND_COLORS: Readonly<Record<AnnotationKind, string>> = {
  person: 'cyan',
  country: 'green',
  place: 'yellow',
  organisation: 'magenta',
  award: 'blueBright',
  monument: 'blueBright',
  programme: 'blueBright',
  group: 'cyanBright',
  other: 'gray',
  event: 'redBright',
  agreement: 'greenBright',
  figure: 'yellowBright',
  quote: 'magentaBright',
  claim: 'blue',
  date: 'red',
};

export interface Theme {
  colors: boolean;
  /** False when the terminal shows no bold, underline or inverse (see stylesEnabled). */
  styles?: boolean;
}

export const ThemeContext = createContext<Theme>({ colors: false });

/** Whether styling shows on this terminal (see stylesEnabled). */
export const useStyles = (): boolean => useContext(ThemeContext).styles ?? true;

/** A colour name when colours are on, else undefined (Ink then adds no colour codes). */
export function useColor(): (name: string) => string | undefined {
  const { colors } = useContext(ThemeContext);
  return (name) => (colors ? name : undefined);
}
