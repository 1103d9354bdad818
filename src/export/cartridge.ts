/**
 * An IMS Common Cartridge 1.1 package: one web-content page per lesson and
 * locale, organised by language, with a manifest that lists every file.
 *
 * Version detection: Canvas wants `<schema>IMS Common Cartridge</schema>` and
 * `<schemaversion>1.1.0</schemaversion>`; Moodle looks for the CC 1.1
 * namespace in the first bytes of the manifest. Both are here.
 */
import type { Registry } from "../rules/registry.js";
import type { Lesson } from "../schema/lesson.js";
import { lessonPageHtml } from "./lesson-html.js";
import { escapeXml } from "./text.js";

/** Options of {@link cartridgeFiles}. */
export interface CartridgeOptions {
  /** Title of the course the cartridge creates. */
  readonly title?: string;
}

const LANGUAGE_NAMES: Record<string, string> = { en: "English", fr: "Français", nl: "Nederlands", de: "Deutsch" };
const xmlId = (s: string): string => s.replace(/[^A-Za-z0-9_.-]/g, "_");

/**
 * The files of the cartridge (path → content), manifest first.
 *
 * @example
 * ```ts
 * cartridgeFiles(lessons, bundledRegistry).get("imsmanifest.xml");
 * ```
 */
export function cartridgeFiles(lessons: readonly Lesson[], registry: Registry, options: CartridgeOptions = {}): Map<string, string> {
  const title = options.title ?? "growsafe lessons";
  const locales = [...new Set(lessons.flatMap((l) => l.locales))].sort();
  const files = new Map<string, string>();
  const items: string[] = [];
  const resources: string[] = [];
  for (const locale of locales) {
    const inLocale = lessons.filter((l) => l.locales.includes(locale));
    const children = inLocale.map((l) => {
      const href = `lessons/${locale}/${l.id}.html`;
      const rid = xmlId(`R_${locale}_${l.id}`);
      files.set(href, lessonPageHtml(l, locale, registry, { lessonHref: (id) => `${id}.html` }));
      resources.push(`    <resource identifier="${rid}" type="webcontent" intendeduse="lessonplan" href="${escapeXml(href)}">\n      <file href="${escapeXml(href)}"/>\n    </resource>`);
      const name = l.title[locale] ?? l.id;
      return `        <item identifier="${xmlId(`I_${locale}_${l.id}`)}" identifierref="${rid}"><title>${escapeXml(`${name} (${l.ages.min}–${l.ages.max})`)}</title></item>`;
    });
    items.push(`      <item identifier="${xmlId(`I_${locale}`)}">\n        <title>${escapeXml(LANGUAGE_NAMES[locale] ?? locale)}</title>\n${children.join("\n")}\n      </item>`);
  }
  const manifest = `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="M_growsafe" xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1" xmlns:lomimscc="http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1 http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_imscp_v1p2_v1p0.xsd http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest http://www.imsglobal.org/profile/cc/ccv1p1/LOM/ccv1p1_lommanifest_v1p0.xsd">
  <metadata>
    <schema>IMS Common Cartridge</schema>
    <schemaversion>1.1.0</schemaversion>
    <lomimscc:lom>
      <lomimscc:general>
        <lomimscc:title><lomimscc:string language="en">${escapeXml(title)}</lomimscc:string></lomimscc:title>
      </lomimscc:general>
    </lomimscc:lom>
  </metadata>
  <organizations>
    <organization identifier="O_1" structure="rooted-hierarchy">
      <item identifier="I_root">
${items.join("\n")}
      </item>
    </organization>
  </organizations>
  <resources>
${resources.join("\n")}
  </resources>
</manifest>
`;
  return new Map([["imsmanifest.xml", manifest], ...files]);
}
