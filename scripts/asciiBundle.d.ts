// Types of scripts/asciiBundle.js (plain JavaScript: it runs in scripts/build.js) for the tests that import it.
export declare function asciiRegExps(code: string): { code: string; shifts: Array<{ at: number; added: number }> };
export declare function shiftMap<M extends { mappings: string }>(map: M, code: string, shifts: Array<{ at: number; added: number }>): M;
