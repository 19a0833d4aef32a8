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
  }
  export default function edtf(value: string): ExtDateTime;
}
