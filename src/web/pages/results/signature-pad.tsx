import { type PointerEvent, useEffect, useRef } from 'react';

/**
 * The collector signs on the counter's tablet or with the mouse (Decree 118/2025 Art. 22: the
 * return is signed for). Pointer events cover pen, touch and mouse; the drawing leaves as a PNG
 * data URL. The paper register stays the alternative for anyone who cannot use it.
 */
export function SignaturePad({ onChange }: { onChange: (png: string | null) => void }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const drawn = useRef(false);

  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    context.lineWidth = 2.5;
    context.lineCap = 'round';
    context.strokeStyle = '#111';
  }, []);

  function point(event: PointerEvent<HTMLCanvasElement>) {
    const box = event.currentTarget.getBoundingClientRect();
    const scaleX = event.currentTarget.width / box.width;
    const scaleY = event.currentTarget.height / box.height;
    return { x: (event.clientX - box.left) * scaleX, y: (event.clientY - box.top) * scaleY };
  }

  function start(event: PointerEvent<HTMLCanvasElement>) {
    const context = event.currentTarget.getContext('2d');
    if (!context) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    drawing.current = true;
    const p = point(event);
    context.beginPath();
    context.moveTo(p.x, p.y);
  }

  function move(event: PointerEvent<HTMLCanvasElement>) {
    if (!drawing.current) return;
    const context = event.currentTarget.getContext('2d');
    if (!context) return;
    const p = point(event);
    context.lineTo(p.x, p.y);
    context.stroke();
    drawn.current = true;
  }

  function end(event: PointerEvent<HTMLCanvasElement>) {
    if (!drawing.current) return;
    drawing.current = false;
    if (drawn.current) onChange(event.currentTarget.toDataURL('image/png'));
  }

  function clear() {
    const c = canvas.current;
    c?.getContext('2d')?.clearRect(0, 0, c.width, c.height);
    drawn.current = false;
    onChange(null);
  }

  return (
    <div className="field field-wide signature-field">
      <span className="field-label" id="signature-label">
        Chữ ký của người nhận
      </span>
      <canvas
        ref={canvas}
        className="signature-pad"
        width={600}
        height={180}
        role="img"
        aria-labelledby="signature-label"
        onPointerDown={start}
        onPointerMove={move}
        onPointerUp={end}
        onPointerLeave={end}
      />
      <button type="button" onClick={clear}>
        Ký lại
      </button>
    </div>
  );
}
