/**
 * The registry of every diagnostic code: its default severity and its
 * message and hint templates per locale. Wording lives here and only here.
 *
 * Templates use `{name}` placeholders filled from the diagnostic's args.
 * A locale may leave a code out; English is then used.
 */
import type { Severity } from "./types.js";

/** Message and hint templates for one code in one locale. */
export interface MessageTemplate {
  readonly message: string;
  readonly hint?: string;
}

/** What the project knows about one diagnostic code. */
export interface RuleMeta {
  readonly code: string;
  readonly severity: Severity;
  /** One line saying what the rule checks, for docs and `--help`. */
  readonly description: string;
  readonly en: MessageTemplate;
  readonly fr: MessageTemplate;
}

const rule = (code: string, severity: Severity, description: string, en: MessageTemplate, fr: MessageTemplate): RuleMeta => ({
  code, severity, description, en, fr,
});

/**
 * Every rule, in the order of the pipeline's layers.
 *
 * @example
 * ```ts
 * for (const rule of ruleList) console.log(rule.code, rule.severity, rule.description);
 * ```
 */
export const ruleList: readonly RuleMeta[] = [
  // ---- file layer ----
  rule("file/empty", "error", "The file holds no YAML document.",
    { message: "The file is empty.", hint: "Start from `growsafe new lesson <file>`." },
    { message: "Le fichier est vide.", hint: "Partez de `growsafe new lesson <fichier>`." }),
  rule("file/too-large", "error", "The file is over the size limit.",
    { message: "The file is {size} bytes, over the limit of {limit} bytes.", hint: "Split it, or raise maxFileSize in the config." },
    { message: "Le fichier fait {size} octets, au-delà de la limite de {limit} octets.", hint: "Découpez-le, ou augmentez maxFileSize dans la configuration." }),
  rule("file/not-text", "error", "The file is binary or not valid UTF-8.",
    { message: "The file is not UTF-8 text (byte {byte} at offset {at}).", hint: "Save it as UTF-8 from your editor." },
    { message: "Le fichier n'est pas du texte UTF-8 (octet {byte} à la position {at}).", hint: "Enregistrez-le en UTF-8 depuis votre éditeur." }),
  rule("file/unreadable", "error", "The file could not be read.",
    { message: "The file could not be read: {reason}." },
    { message: "Le fichier n'a pas pu être lu : {reason}." }),
  rule("file/multiple-documents", "error", "A lesson file holds exactly one YAML document.",
    { message: "The file holds {count} YAML documents; a lesson file holds one.", hint: "Remove the `---` separator and move the other document to its own file." },
    { message: "Le fichier contient {count} documents YAML ; un fichier de leçon n'en contient qu'un.", hint: "Supprimez le séparateur `---` et placez l'autre document dans son propre fichier." }),
  rule("file/alias-limit", "error", "Aliases that expand too much are refused (alias bombs).",
    { message: "The document uses aliases that expand too much ({detail}).", hint: "Write the values out instead of using `*alias` references." },
    { message: "Le document utilise des alias qui se développent trop ({detail}).", hint: "Écrivez les valeurs plutôt que d'utiliser des références `*alias`." }),
  rule("file/too-deep", "error", "Nesting deeper than the limit is refused.",
    { message: "The document is nested more than {limit} levels deep.", hint: "A lesson never needs this much nesting; check the indentation." },
    { message: "Le document est imbriqué sur plus de {limit} niveaux.", hint: "Une leçon n'en a jamais besoin ; vérifiez l'indentation." }),
  rule("file/not-a-mapping", "error", "The top level of a lesson is a mapping of keys.",
    { message: "The top level is {found}; a lesson is a mapping of keys such as `id:` and `title:`.", hint: "Remove the leading `-` or add the lesson's keys." },
    { message: "Le niveau supérieur est {found} ; une leçon est un ensemble de clés comme `id:` et `title:`.", hint: "Retirez le `-` initial ou ajoutez les clés de la leçon." }),

  // ---- yaml syntax (codes of the yaml package pass through) ----
  rule("yaml/syntax", "error", "YAML syntax error reported by the parser.",
    { message: "YAML syntax error ({yamlCode}): {detail}.", hint: "Check indentation, colons and quotes on this line." },
    { message: "Erreur de syntaxe YAML ({yamlCode}) : {detail}.", hint: "Vérifiez l'indentation, les deux-points et les guillemets sur cette ligne." }),
  rule("yaml/duplicate-key", "error", "A key appears twice in the same mapping.",
    { message: "The key `{key}` appears more than once here.", hint: "Keep one `{key}:` and merge the values." },
    { message: "La clé `{key}` apparaît plusieurs fois ici.", hint: "Gardez une seule clé `{key}:` et fusionnez les valeurs." }),
  rule("yaml/warning", "warning", "YAML warning reported by the parser.",
    { message: "YAML warning ({yamlCode}): {detail}." },
    { message: "Avertissement YAML ({yamlCode}) : {detail}." }),

  // ---- schema ----
  rule("schema/missing-key", "error", "A required field is missing.",
    { message: "Missing required field `{key}`.", hint: "Add `{key}:` to this mapping ({expected})." },
    { message: "Champ obligatoire manquant : `{key}`.", hint: "Ajoutez `{key}:` à cet ensemble ({expected})." }),
  rule("schema/unknown-key", "error", "A field that the schema does not know.",
    { message: "Unknown field `{key}`.", hint: "Did you mean `{suggested}`?" },
    { message: "Champ inconnu : `{key}`.", hint: "Vouliez-vous dire `{suggested}` ?" }),
  rule("schema/invalid-type", "error", "A value of the wrong type.",
    { message: "Expected {expected}, found {found}." },
    { message: "Attendu : {expected}, trouvé : {found}." }),
  rule("schema/invalid-value", "error", "A value outside the allowed set.",
    { message: "`{value}` is not allowed here; expected one of {allowed}.", hint: "Did you mean `{suggested}`?" },
    { message: "`{value}` n'est pas permis ici ; valeurs possibles : {allowed}.", hint: "Vouliez-vous dire `{suggested}` ?" }),
  rule("schema/invalid", "error", "A value that breaks a schema constraint (length, range, format).",
    { message: "{detail}" },
    { message: "{detail}" }),

  // ---- lesson rules ----
  rule("lesson/duration-mismatch", "error", "Activity minutes add up to the lesson's duration.",
    { message: "Activity minutes add up to {sum}, but durationMinutes is {duration}.", hint: "Set durationMinutes to {sum}, or change the activities' minutes." },
    { message: "Les minutes des activités font {sum}, mais durationMinutes vaut {duration}.", hint: "Mettez durationMinutes à {sum}, ou modifiez les minutes des activités." }),
  rule("lesson/locale-missing", "error", "Every text is complete in every locale the lesson declares.",
    { message: "Missing the `{locale}` text; the lesson declares locales [{locales}].", hint: "Add `{locale}:` here, or remove `{locale}` from locales." },
    { message: "Texte `{locale}` manquant ; la leçon déclare les langues [{locales}].", hint: "Ajoutez `{locale}:` ici, ou retirez `{locale}` de locales." }),
  rule("lesson/locale-undeclared", "warning", "A text in a locale the lesson does not declare.",
    { message: "Text in `{locale}`, which is not in locales [{locales}].", hint: "Add `{locale}` to locales once the lesson is complete in it." },
    { message: "Texte en `{locale}`, langue absente de locales [{locales}].", hint: "Ajoutez `{locale}` à locales quand la leçon est complète dans cette langue." }),
  rule("lesson/unknown-topic", "error", "Topics exist in the topic registry.",
    { message: "Unknown topic `{topic}`.", hint: "Did you mean `{suggested}`?" },
    { message: "Thème inconnu : `{topic}`.", hint: "Vouliez-vous dire `{suggested}` ?" }),
  rule("lesson/below-topic-min-age", "error", "A lesson does not start below the minimum age of its topics.",
    { message: "ages.min is {min}, below the minimum age {topicMin} of topic `{topic}`.", hint: "Raise ages.min to {topicMin}, or remove the topic." },
    { message: "ages.min vaut {min}, sous l'âge minimum {topicMin} du thème `{topic}`.", hint: "Montez ages.min à {topicMin}, ou retirez ce thème." }),
  rule("lesson/unknown-framework", "error", "Alignments name a framework of the registry.",
    { message: "Unknown framework `{framework}`.", hint: "Did you mean `{suggested}`?" },
    { message: "Référentiel inconnu : `{framework}`.", hint: "Vouliez-vous dire `{suggested}` ?" }),
  rule("lesson/unknown-framework-code", "error", "Alignment codes exist in their framework.",
    { message: "`{code}` is not a code of {framework}.", hint: "Did you mean `{suggested}`?" },
    { message: "`{code}` n'est pas un code de {framework}.", hint: "Vouliez-vous dire `{suggested}` ?" }),
  rule("lesson/alignment-age-mismatch", "warning", "An alignment's framework item is taught at ages the lesson covers.",
    { message: "{framework} {code} is for ages {groups}; the lesson is for {min}–{max}.", hint: "Check that the lesson really teaches this item at this age." },
    { message: "{framework} {code} concerne les âges {groups} ; la leçon vise {min}–{max} ans.", hint: "Vérifiez que la leçon enseigne vraiment cet élément à cet âge." }),
  rule("lesson/unknown-helpline", "error", "Helplines exist in the helpline registry.",
    { message: "Unknown helpline `{helpline}`.", hint: "Did you mean `{suggested}`?" },
    { message: "Ligne d'aide inconnue : `{helpline}`.", hint: "Vouliez-vous dire `{suggested}` ?" }),
  rule("lesson/safeguarding-incomplete", "error", "Sensitive lessons carry full safeguarding guidance.",
    { message: "A lesson of sensitivity `{sensitivity}` needs safeguarding.{field}.", hint: "Add `{field}:` (signs to notice, disclosure steps, whom to tell)." },
    { message: "Une leçon de sensibilité `{sensitivity}` demande safeguarding.{field}.", hint: "Ajoutez `{field}:` (signes à repérer, réponse à une révélation, qui prévenir)." }),
  rule("lesson/safeguarding-no-helpline", "error", "Sensitive lessons give at least one helpline.",
    { message: "A lesson of sensitivity `{sensitivity}` needs at least one helpline.", hint: "Add helpline ids from curriculum/helplines, e.g. be-child-focus." },
    { message: "Une leçon de sensibilité `{sensitivity}` demande au moins une ligne d'aide.", hint: "Ajoutez des identifiants de curriculum/helplines, par ex. be-child-focus." }),
  rule("lesson/duplicate-id", "error", "Lesson ids are unique.",
    { message: "The id `{id}` is also used by {other}.", hint: "Give each lesson its own id." },
    { message: "L'identifiant `{id}` est aussi utilisé par {other}.", hint: "Donnez à chaque leçon son propre identifiant." }),
  rule("lesson/unknown-prerequisite", "error", "Prerequisites name existing lessons.",
    { message: "Prerequisite `{id}` is not a known lesson.", hint: "Did you mean `{suggested}`?" },
    { message: "Le prérequis `{id}` n'est pas une leçon connue.", hint: "Vouliez-vous dire `{suggested}` ?" }),
  rule("lesson/prerequisite-cycle", "error", "Prerequisites form no cycle.",
    { message: "Prerequisites form a cycle: {cycle}.", hint: "Remove one of these prerequisites." },
    { message: "Les prérequis forment un cycle : {cycle}.", hint: "Retirez l'un de ces prérequis." }),
  rule("lesson/prerequisite-older", "warning", "A prerequisite is not meant for older pupils than the lesson.",
    { message: "Prerequisite `{id}` starts at age {prereqMin}, older than this lesson ({min}).", hint: "Choose a prerequisite for younger or same-age pupils." },
    { message: "Le prérequis `{id}` commence à {prereqMin} ans, plus tard que cette leçon ({min} ans).", hint: "Choisissez un prérequis pour des élèves plus jeunes ou du même âge." }),
  rule("lesson/id-filename-mismatch", "warning", "A lesson file is named after its id.",
    { message: "The id `{id}` does not match the file name `{name}`.", hint: "Rename the file to {id}.yaml." },
    { message: "L'identifiant `{id}` ne correspond pas au nom de fichier `{name}`.", hint: "Renommez le fichier en {id}.yaml." }),
  rule("lesson/objective-count", "warning", "A lesson has between 2 and 5 objectives.",
    { message: "The lesson has {count} objectives; plans work best with 2 to 5.", hint: "Merge or split objectives so each can be assessed." },
    { message: "La leçon a {count} objectifs ; un plan fonctionne mieux avec 2 à 5.", hint: "Regroupez ou séparez les objectifs pour que chacun soit évaluable." }),

  // ---- registries ----
  rule("registry/duplicate-id", "error", "Registry ids are unique.",
    { message: "The id `{id}` appears more than once in the {registry} registry." },
    { message: "L'identifiant `{id}` apparaît plusieurs fois dans le registre {registry}." }),
  rule("registry/unknown-reference", "error", "Registry entries refer to existing entries.",
    { message: "`{ref}` is not a known {kind}.", hint: "Did you mean `{suggested}`?" },
    { message: "`{ref}` n'est pas un {kind} connu.", hint: "Vouliez-vous dire `{suggested}` ?" }),
  rule("growsafe/rule-crashed", "error", "A rule failed; reported so that the others still run.",
    { message: "The check {rule} failed unexpectedly: {detail}." },
    { message: "La vérification {rule} a échoué de façon inattendue : {detail}." }),
];

/**
 * Rules by code.
 *
 * @example
 * ```ts
 * rulesByCode.get("lesson/duration-mismatch")?.severity; // "error"
 * ```
 */
export const rulesByCode: ReadonlyMap<string, RuleMeta> = new Map(ruleList.map((r) => [r.code, r]));
