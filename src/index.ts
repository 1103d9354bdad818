/**
 * growsafe: typed, validated lesson plans for media literacy, relationships
 * and sexuality education, and online safety, ages 3 to 18.
 *
 * This entry is browser-safe: no YAML parsing at run time, no file system.
 * File loading lives in `growsafe/node`.
 *
 * @packageDocumentation
 */

// The bundled catalog and registries.
export { lessons, bundledRegistry } from "./catalog/bundled.js";
export { compareLessons } from "./catalog/order.js";

// Queries.
export { findLessons, getLesson, listTopics, listSchoolSystems, resolveGrade, gradesForAge, learningPath, coverage } from "./query/bundled-api.js";
export { ALL_AGES, type PathQuery, type CoverageReport, type CoverageRow, type CoverageCell } from "./query/paths.js";
export { createCurriculum, CurriculumError, type CreateCurriculumOptions } from "./query/create.js";
export { QueryError, pickText, type Curriculum, type QueryEngine, type LessonQuery, type LessonSummary, type TopicInfo } from "./query/curriculum.js";
export { toQueryEntry, type QueryEntry } from "./query/entry.js";
export { parseGradeRef, type GradeRef, type ResolvedGrade } from "./query/grades.js";

// Validation.
export { validateText, validateSources, type ValidateTextOptions } from "./catalog/validate-text.js";
export { validateLessons, defaultMaxFileSize, type SourceFile, type ValidateOptions, type ValidationResult } from "./validate/validate.js";
export { validateRegistries, type RegistrySources, type RegistryResult } from "./validate/registries.js";
export { parseSource, defaultParseLimits, type ParseLimits, type ParsedSource, type SpanProblem } from "./parse/parse-source.js";
export { locatePath, type Span } from "./parse/locate.js";
export { indexRegistry, type Registry, type RegistryData } from "./rules/registry.js";
export { ruleList, rulesByCode, type RuleMeta, type MessageTemplate } from "./diagnostics/rules.js";
export { renderMessage, messageLocales, type MessageLocale } from "./diagnostics/messages.js";
export type { Diagnostic, DiagnosticArgs, PathSegment, Severity, SeveritySetting } from "./diagnostics/types.js";

// Reporters.
export { formatPretty, formatJson, formatGithub, codeFrame, noColor, type ReportInput, type Palette } from "./report/reporters.js";

// Schemas and types.
export {
  lessonSchema, objectiveSchema, objectiveDomainSchema, activitySchema, groupingSchema, materialSchema, vocabularySchema,
  assessmentSchema, misconceptionSchema, differentiationSchema, sensitivitySchema, safeguardingSchema, alignmentSchema, familySchema,
  type Lesson, type LessonInput, type Objective, type Activity, type Alignment, type Safeguarding, type Sensitivity,
} from "./schema/lesson.js";
export {
  localizedTextSchema, localizedListSchema, localeSchema, slugSchema, ageRangeSchema, ageSchema, countrySchema,
  type LocalizedText, type Locale, type Slug, type AgeRange,
} from "./schema/shared.js";
export {
  strandIdSchema, strandSchema, topicSchema, topicRegistrySchema, minAgeReasonSchema, frameworkSchema, frameworkItemSchema,
  frameworkAgeGroupSchema, helplineSchema, helplineRegistrySchema, helplineKindSchema, audienceSchema, gradeSchema, schoolSystemSchema,
  type StrandId, type Strand, type Topic, type TopicRegistry, type Framework, type FrameworkItem, type Helpline,
  type HelplineRegistry, type Grade, type SchoolSystem,
} from "./schema/registries.js";
