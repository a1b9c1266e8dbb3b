// citation-js ships no type declarations: only the parts the reader calls are typed here.
declare module '@citation-js/core' {
  export interface CiteInputOptions {
    /** Skip type detection: without it, a string input may be taken for a DOI or URL and fetched. */
    forceType?: string
    generateGraph?: boolean
  }

  export interface CiteOutputOptions {
    format?: 'text' | 'html' | 'object' | 'real'
    template?: string
    lang?: string
    [option: string]: unknown
  }

  export class Cite {
    constructor(data: unknown, options?: CiteInputOptions)
    data: Record<string, unknown>[]
    /** RIS as tag → value(s) records, before citation-js joins them into text. */
    format(format: 'ris', options: CiteOutputOptions & { format: 'object' }): Record<string, unknown>[]
    format(format: string, options?: CiteOutputOptions): string
  }

  export const plugins: {
    output: { list(): string[] }
    config: { get(name: string): unknown }
  }

  export const version: string
}

// The plugins register themselves with the core on import.
declare module '@citation-js/plugin-bibtex'
declare module '@citation-js/plugin-csl'
declare module '@citation-js/plugin-ris'
