// The edtf package ships no type declarations; this covers the part the build uses.
declare module 'edtf' {
  interface Bitmask {
    value: number;
  }
  interface ExtDateTime {
    type: 'Date' | 'Year' | 'Season' | 'Interval' | 'Set' | 'List' | 'Century' | 'Decade';
    min: number;
    max: number;
    precision?: number;
    uncertain?: Bitmask;
    approximate?: Bitmask;
    /** Interval ends (null for an unknown one), or set and list members (a range is a pair). */
    values?: unknown[];
    /** Sets and lists: open at the start ("[..x]") or the end ("[x..]"). */
    earlier?: boolean;
    later?: boolean;
  }
  export default function edtf(value: string): ExtDateTime;
}
