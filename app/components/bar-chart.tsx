/** A small server-rendered SVG bar chart; the same numbers are always given in a table next to it. */
export function BarChart({
  id,
  title,
  bars,
  format,
}: {
  id: string;
  title: string;
  bars: { label: string; value: number | null }[];
  format: (value: number) => string;
}) {
  const width = 320;
  const height = 150;
  const top = 18;
  const bottom = 22;
  const max = Math.max(1, ...bars.map((bar) => bar.value ?? 0));
  const slot = width / Math.max(1, bars.length);
  return (
    <figure className="panel">
      <figcaption id={`${id}-title`}>
        <strong>{title}</strong>
      </figcaption>
      <svg className="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title`}>
        <line x1="0" y1={height - bottom} x2={width} y2={height - bottom} stroke="#b9b4a8" />
        {bars.map((bar, index) => {
          const barHeight = bar.value === null ? 0 : ((height - top - bottom) * bar.value) / max;
          const x = index * slot + slot * 0.2;
          const y = height - bottom - barHeight;
          return (
            <g key={bar.label}>
              <rect x={x} y={y} width={slot * 0.6} height={barHeight} fill="#1f5c63" rx="2" />
              <text x={x + slot * 0.3} y={y - 4} textAnchor="middle">
                {bar.value === null ? "–" : format(bar.value)}
              </text>
              <text x={x + slot * 0.3} y={height - 6} textAnchor="middle">
                {bar.label}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
