/**
 * A coverage heatmap as SVG: framework items down, age groups across, each
 * cell shaded by the number of lessons. Text is escaped; no script.
 */
import type { CoverageReport } from "../query/paths.js";
import { escapeXml } from "../export/text.js";

const shade = (n: number): string => (n === 0 ? "#f3d6d6" : n === 1 ? "#d4ead9" : n === 2 ? "#9fd3ad" : "#4fa86a");

/** The SVG of one framework's coverage report. */
export function coverageSvg(report: CoverageReport, labels: { title: string; gap: string; notTaught: string; lessons: string }): string {
  const cellW = 70;
  const cellH = 22;
  const labelW = 360;
  const top = 48;
  const width = labelW + report.ageGroups.length * cellW + 10;
  const height = top + report.items.length * cellH + 10;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" role="img" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12">`);
  out.push(`<title>${escapeXml(labels.title)}</title>`);
  report.ageGroups.forEach((g, j) => out.push(`<text x="${labelW + j * cellW + cellW / 2}" y="${top - 10}" text-anchor="middle" font-weight="bold">${escapeXml(g)}</text>`));
  report.items.forEach((row, i) => {
    const y = top + i * cellH;
    const name = row.name.length > 52 ? `${row.name.slice(0, 51)}…` : row.name;
    out.push(`<text x="4" y="${y + 15}"${row.parent ? "" : ` font-weight="bold"`}>${escapeXml(`${row.code} ${name}`)}</text>`);
    report.ageGroups.forEach((g, j) => {
      const cell = row.cells.find((c) => c.ageGroup === g);
      const x = labelW + j * cellW;
      if (!cell) {
        out.push(`<rect x="${x + 1}" y="${y + 1}" width="${cellW - 2}" height="${cellH - 2}" fill="#fafafa" stroke="#e5e5e5"><title>${escapeXml(`${row.code} · ${g}: ${labels.notTaught}`)}</title></rect>`);
        return;
      }
      const n = cell.lessons.length;
      const tip = n === 0 ? labels.gap : `${n} ${labels.lessons}: ${cell.lessons.join(", ")}`;
      out.push(`<rect class="cell" data-count="${n}" x="${x + 1}" y="${y + 1}" width="${cellW - 2}" height="${cellH - 2}" fill="${shade(n)}" stroke="#ffffff"><title>${escapeXml(`${row.code} · ${g}: ${tip}`)}</title></rect>`);
      out.push(`<text x="${x + cellW / 2}" y="${y + 15}" text-anchor="middle">${n === 0 ? "·" : n}</text>`);
    });
  });
  out.push(`</svg>`);
  return out.join("\n");
}
