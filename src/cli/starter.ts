/**
 * The starter lesson written by `growsafe new lesson`: commented, and valid
 * as written, so that a designer starts from green and edits.
 */

/** The YAML text of a starter lesson with this id. */
export function starterLesson(id: string, schemaPath = "https://unpkg.com/growsafe/schemas/lesson.schema.json"): string {
  return `# yaml-language-server: $schema=${schemaPath}
# A growsafe lesson. Every text is a map from language to text; the lesson
# must be complete in each language listed under \`locales\`.
# Check it with: npx growsafe validate ${id}.yaml

id: ${id}                     # stable id: lowercase words joined by hyphens
title: { en: "My first lesson" }
summary: { en: "One or two sentences on what pupils learn and how." }
ages: { min: 8, max: 10 }      # whole years, inclusive
durationMinutes: 30            # must equal the sum of activity minutes below
locales: [en]                  # add fr (and the French texts) when the lesson is complete in French
topics: [media-balance]        # topic ids: run growsafe topics (a lesson may not start below a topic's minimum age)

objectives:                    # 2 to 5, each knowledge, attitudes or skills, written so you can observe it
  - domain: knowledge
    text: { en: "Pupils can name two feelings that screens can give them." }
  - domain: skills
    text: { en: "Pupils can plan one way to stop when they choose to." }

vocabulary:
  - term: { en: "screen time" }
    definition: { en: "The time we spend looking at phones, tablets, computers or TVs." }

materials:
  - name: { en: "Feelings cards" }
    content: { en: "Write out every card, story and worksheet here, in full." }

activities:                    # minutes add up to durationMinutes
  - title: { en: "Warm-up" }
    minutes: 10
    grouping: [whole-class]    # whole-class, small-groups, pairs, individual
    steps:
      - { en: "Say: \\"Today we talk about how screens make us feel.\\"" }
    pupils: { en: "Pupils share one thing they like doing on a screen." }
  - title: { en: "Plan a stop" }
    minutes: 20
    grouping: [pairs, whole-class]
    steps:
      - { en: "Give each pair a feelings card and ask them to plan a way to stop." }
    pupils: { en: "Pairs write one plan and read it to the class." }

assessment:
  method: { en: "Listen to each pair's plan." }
  successCriteria:
    - { en: "Each pupil names two feelings and one way to stop." }

misconceptions:
  - belief: { en: "Screens are always bad." }
    answer: { en: "Screens can be fun and useful; what matters is how we feel and when we choose to stop." }

teacherNotes: { en: "Keep the tone light: no child is judged for their family's screen habits." }

safeguarding:
  sensitivity: low             # low, medium or high; medium and high need full guidance and helplines

alignments:                    # framework id + code from curriculum/frameworks
  - { framework: digcomp-2-2, code: "4.3" }

family:
  letter: { en: "Dear families, today we talked about screens and feelings. Ask your child about their plan to stop." }
`;
}
