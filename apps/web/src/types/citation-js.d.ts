// citation-js core, plugin-bibtex and plugin-csl ship their own declarations since 0.9;
// plugin-ris (no 0.9 release yet) does not, so its output format is declared here.
import type {} from '@citation-js/core'

declare module '@citation-js/core' {
  namespace plugins {
    namespace output {
      interface Formats {
        /** RIS as tag → value(s) records with `format: 'object'`, before citation-js joins them into text. */
        ris:
          ((options: { format: 'object' }) => Record<string, unknown>[]) | ((options?: { format?: 'text' }) => string)
      }
    }
  }
}

// The plugin registers itself with the core on import.
declare module '@citation-js/plugin-ris'
