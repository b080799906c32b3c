/** Table types of migration 0010_payments_results_ratings.sql: fee payments, gateway callbacks, ratings. */
// biome-ignore lint/suspicious/noEmptyInterface: filled by the tables of this area
export interface PaymentTables {}
