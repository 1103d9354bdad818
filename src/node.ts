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
