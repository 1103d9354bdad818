/**
 * growsafe/node: reading lesson files and folders from disk and validating
 * them. Everything in the main entry is re-exported here too.
 *
 * @packageDocumentation
 */
export * from "./index.js";
export { validateFiles, type ValidateFilesOptions, type FilesResult } from "./node/validate-files.js";
export { validateCurriculum, readAll, type CurriculumResult } from "./node/curriculum.js";
export { collectYamlFiles, readSourceFile, PathError, type ReadResult } from "./node/files.js";
export { exportLessons, buildSite, type LessonSource, type WriteResult } from "./node/export.js";
export { writeFilesAtomically } from "./node/write-files.js";
export { exportFiles, exportFormatNames, type ExportFormat, type ExportFiles, type ExportOptions } from "./export/formats.js";
export { lessonPageHtml, lessonArticleHtml, type LessonHtmlOptions } from "./export/lesson-html.js";
export { lessonMarkdown } from "./export/lesson-markdown.js";
export { lessonLrmi, type JsonLd, type LrmiOptions } from "./export/lrmi.js";
export { casePackage, uuidV5, type CaseOptions } from "./export/case.js";
export { cartridgeFiles, type CartridgeOptions } from "./export/cartridge.js";
export { siteFiles, type SiteOptions } from "./site/site.js";
