/** Headings and labels of exported sheets and the catalog site, per locale (English is the fallback). */
const labels = {
  en: {
    ages: "Ages", years: "years", minutes: "min", duration: "Duration", topics: "Topics", sensitivity: "Sensitivity",
    summary: "Summary", objectives: "Learning objectives", vocabulary: "Key vocabulary", materials: "Materials",
    activities: "Activities", teacher: "Teacher does and says", pupils: "Pupils do", grouping: "Grouping",
    differentiation: "Differentiation", support: "Support", stretch: "Stretch", assessment: "Assessment", method: "Method",
    criteria: "Success criteria", misconceptions: "Common misconceptions", belief: "What someone might think", answer: "The answer to give",
    teacherNotes: "Teacher notes", safeguarding: "Safeguarding", supervision: "Supervision", watchFor: "Watch for",
    disclosure: "If a pupil tells you something", report: "Whom to tell", helplines: "Help services", family: "Family link",
    alignments: "Framework alignments", prerequisites: "Teach first", licence: "Licence: CC BY 4.0 — growsafe contributors",
    checkHelplines: "Numbers and opening hours change: check each service's official website before printing.",
    low: "low", medium: "medium", high: "high", partial: "partial fit",
    "whole-class": "whole class", "small-groups": "small groups", pairs: "pairs", individual: "individual",
    knowledge: "knowledge", attitudes: "attitudes", skills: "skills",
    catalogTitle: "growsafe lesson catalog", filters: "Filters", age: "Age", grade: "Grade", system: "School system", any: "Any",
    strand: "Strand", topic: "Topic", framework: "Framework code", search: "Search", results: "lessons", noResults: "No lessons match these filters.",
    coverage: "Coverage", coverageTitle: "Framework coverage by age group", language: "Language", print: "Print", back: "All lessons",
    covered: "lessons", gap: "no lesson yet", notTaught: "not taught at this age", colon: ":",
  },
  fr: {
    ages: "Âges", years: "ans", minutes: "min", duration: "Durée", topics: "Thèmes", sensitivity: "Sensibilité",
    summary: "Résumé", objectives: "Objectifs d'apprentissage", vocabulary: "Vocabulaire clé", materials: "Matériel",
    activities: "Déroulement", teacher: "L'enseignant·e fait et dit", pupils: "Les élèves font", grouping: "Organisation",
    differentiation: "Différenciation", support: "Soutien", stretch: "Pour aller plus loin", assessment: "Évaluation", method: "Méthode",
    criteria: "Critères de réussite", misconceptions: "Idées reçues fréquentes", belief: "Ce que l'on peut penser", answer: "La réponse à donner",
    teacherNotes: "Notes pour l'enseignant·e", safeguarding: "Protection de l'enfance", supervision: "Encadrement", watchFor: "Signes à repérer",
    disclosure: "Si un élève vous confie quelque chose", report: "Qui prévenir", helplines: "Services d'aide", family: "Lien avec les familles",
    alignments: "Référentiels", prerequisites: "À voir avant", licence: "Licence : CC BY 4.0 — contributeurs growsafe",
    checkHelplines: "Les numéros et horaires changent : vérifiez-les sur le site officiel de chaque service avant d'imprimer.",
    low: "faible", medium: "moyenne", high: "élevée", partial: "correspondance partielle",
    "whole-class": "toute la classe", "small-groups": "petits groupes", pairs: "par deux", individual: "individuel",
    knowledge: "savoirs", attitudes: "attitudes", skills: "savoir-faire",
    catalogTitle: "Catalogue de leçons growsafe", filters: "Filtres", age: "Âge", grade: "Année scolaire", system: "Système scolaire", any: "Tous",
    strand: "Axe", topic: "Thème", framework: "Code de référentiel", search: "Rechercher", results: "leçons", noResults: "Aucune leçon ne correspond à ces filtres.",
    coverage: "Couverture", coverageTitle: "Couverture des référentiels par groupe d'âge", language: "Langue", print: "Imprimer", back: "Toutes les leçons",
    covered: "leçons", gap: "pas encore de leçon", notTaught: "pas enseigné à cet âge", colon: " :",
  },
} as const;

/** A label key. */
export type LabelKey = keyof (typeof labels)["en"];

/** The label in a locale, falling back to English. */
export function label(key: LabelKey, locale: string): string {
  return (labels as Record<string, Record<LabelKey, string>>)[locale]?.[key] ?? labels.en[key];
}
