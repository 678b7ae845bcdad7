/**
 * A file the tool generates or refreshes (a calendar, a programme whose managed link
 * blocks were rewritten): its path relative to the repository root, with forward
 * slashes, and its complete new content.
 */
export interface GeneratedFile {
  path: string;
  content: string | Uint8Array;
}
