// The shape of one catalogue entry, shared by the area files and messages.ts (no imports: the
// area files then import nothing back from the catalogue).

export interface Entry {
  en: string;
  ko: string;
  hintEn?: string;
  hintKo?: string;
}
