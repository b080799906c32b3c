/**
 * The online payment gateway behind an adapter (Decree 118/2025 Art. 24): the local simulated
 * gateway for tests and the demo, a real provider later. Completed in issue #5 item 6.
 */
export interface PaymentGateway {
  readonly name: string;
}
