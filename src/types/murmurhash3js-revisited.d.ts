// The package ships no type declarations; these cover what content-key.ts uses.
declare module 'murmurhash3js-revisited' {
  /** MurmurHash3 of a byte array, as the reference C++ implementation computes it. */
  interface MurmurHash3 {
    x86: {
      /** 32 hex digits. */
      hash128(bytes: Uint8Array | number[], seed?: number): string;
    };
  }
  const murmurHash3: MurmurHash3;
  export default murmurHash3;
}
