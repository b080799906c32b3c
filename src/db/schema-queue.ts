/** Table types of migration 0008_queue.sql: services, counters, tickets, bookings, queue events. */
// biome-ignore lint/suspicious/noEmptyInterface: filled by the tables of this area
export interface QueueTables {}
