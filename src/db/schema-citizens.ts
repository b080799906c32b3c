/** Table types of migration 0009_citizens.sql: citizen accounts, one-time codes, citizen sessions, drafts. */
// biome-ignore lint/suspicious/noEmptyInterface: filled by the tables of this area
export interface CitizenTables {}
