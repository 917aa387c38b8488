/** The `stopword` package ships no types; these are the two lists the ask index takes. */
declare module 'stopword' {
  export const eng: string[];
  export const zho: string[];
}
