// Card and message text as a person reads it: Markdown's backslash escapes resolved
// ("12\. Oktober" reads "12. Oktober"). Only for tests that look at activity JSON; what the
// renderers really show is tested in Chromium (test/browser/cardRendering.test.ts).
export function readEscapes(markdown: string): string {
  return markdown.replace(/\\([\\`*_[\]#>+\-.)])/g, '$1');
}
