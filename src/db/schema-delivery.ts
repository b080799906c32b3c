/** Table types of migration 0011_delivery.sql: delivery attempts of the notification outbox. */
// biome-ignore lint/suspicious/noEmptyInterface: filled by the tables of this area
export interface DeliveryTables {}
