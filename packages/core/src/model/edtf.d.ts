// The `edtf` package ships no types; only the differential test in date.test.ts imports it.
declare module "edtf" {
  interface Edtf {
    readonly type: string;
    /** First millisecond covered, or null for an unknown start. */
    readonly min: number | null;
    /** Last millisecond covered, or null for an unknown end. */
    readonly max: number | null;
  }
  export default function edtf(input: string): Edtf;
}
