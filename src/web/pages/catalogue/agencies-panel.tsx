import type { CatalogueProcedure } from '../../lib/types.ts';

const foldAbove = 8;

/** The implementing agencies (and the division that handles the dossiers in each). */
export function AgenciesPanel({ agencies }: { agencies: CatalogueProcedure['agencies'] }) {
  const list = (
    <ul className="plain-list agency-list">
      {agencies.map((a) => (
        <li key={a.code}>
          <span className="code">{a.code}</span> {a.name}
          {a.handlingName && <span className="muted small"> — xử lý: {a.handlingName}</span>}
        </li>
      ))}
    </ul>
  );
  return (
    <section className="panel" aria-labelledby="agencies-heading">
      <h2 id="agencies-heading">Cơ quan thực hiện ({agencies.length})</h2>
      {agencies.length === 0 && <p className="muted">Chưa gắn cơ quan thực hiện.</p>}
      {agencies.length > 0 && agencies.length <= foldAbove && list}
      {agencies.length > foldAbove && (
        <details>
          <summary>Xem {agencies.length} cơ quan thực hiện</summary>
          {list}
        </details>
      )}
    </section>
  );
}
