// lunr-languages ships no per-file types for its CommonJS plug-ins; each one is a function of lunr.
declare module 'lunr-languages/lunr.stemmer.support.js' {
  const plugin: (lunr: unknown) => void;
  export default plugin;
}
declare module 'lunr-languages/lunr.de.js' {
  const plugin: (lunr: unknown) => void;
  export default plugin;
}
